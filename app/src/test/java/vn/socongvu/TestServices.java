package vn.socongvu;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;

/** Opens real H2 files in a test's temporary folder. */
public final class TestServices {
    static {
        Main.quietLibraries();
    }

    private TestServices() {
    }

    public static Services empty(Path dir) {
        return Services.open(dir);
    }

    /** An empty folder whose "today" is fixed, for rules that depend on the date. */
    public static Services at(Path dir, java.time.LocalDate today) {
        return Services.open(dir, () -> today);
    }

    public static Services demo(Path dir) {
        Services s = Services.open(dir);
        s.demo().generate(DemoSize.SMALL, 3, LocalDate.now().getYear(), 2026, Progress.NONE);
        return s;
    }
}
