package vn.socongvu.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoGenerator;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.i18n.Messages;

/** {@code socongvu demo}: fills an empty data folder with a demo commune. */
@Command(name = "demo", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class DemoCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--size", paramLabel = "CỠ", defaultValue = "SMALL", descriptionKey = "cli.demo.size",
            converter = DemoSizeConverter.class)
    DemoSize size;

    @Option(names = "--years", paramLabel = "SỐ_NĂM", defaultValue = "1", descriptionKey = "cli.demo.years")
    int years;

    @Option(names = "--seed", paramLabel = "SỐ", defaultValue = "2026", descriptionKey = "cli.demo.seed")
    long seed;

    @Override
    public Integer call() {
        try (Services s = openData()) {
            DemoGenerator.Result r = s.demo().generate(size, years, LocalDate.now().getYear(), seed,
                    Progress.NONE);
            out().println(Messages.get("cli.demo.done", place(s),
                    r.units(), r.staff(), r.holidayYears(), r.plans(), r.tasks(), r.meetings(), r.inspections(),
                    r.reports()));
        }
        return 0;
    }

    static final class DemoSizeConverter implements picocli.CommandLine.ITypeConverter<DemoSize> {
        @Override
        public DemoSize convert(String value) {
            return DemoSize.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }
}
