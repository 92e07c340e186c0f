package vn.socongvu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import vn.socongvu.Main;
import vn.socongvu.app.Services;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.planimport.PlanImporter;

/**
 * The plan-reading benchmark ({@code bench/planimport.sh}, row 9 of {@code bench/run.sh}): in one process, the data
 * open (not timed), a Word plan read into its proposal — file opened, paragraphs and Word numbering extracted,
 * the plan recognised and its units matched against the directory — first in the fresh JVM ({@code first-read-ms},
 * nothing warmed up), then again and again ({@code warm-read-ms}, the median of the repeats: the second plan of the
 * day), and the number of tasks read ({@code tasks}). Not a test: it is launched as a separate process.
 *   PlanReadProbe DATA_DIR PLAN.docx [REPEATS]
 */
public final class PlanReadProbe {
    private PlanReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Main.quietLibraries();
        Path data = Path.of(args[0]);
        boolean fresh = !Files.exists(data.resolve("socongvu.mv.db"));
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        try (Services services = Services.open(data)) {
            if (fresh) {
                TypicalUnits.drafts().forEach(services.directory()::saveUnit);
            }
            PlanImporter importer = services.planImporter();
            Path file = Path.of(args[1]);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            PlanImporter.Reading first = importer.read(file);
            long firstNs = System.nanoTime() - start;
            long firstCpu = threads.getCurrentThreadCpuTime() - cpu;
            long[] warm = new long[repeats];
            for (int i = 0; i < repeats; i++) {
                long t = System.nanoTime();
                importer.read(file);
                warm[i] = System.nanoTime() - t;
            }
            Arrays.sort(warm);
            System.out.println("tasks=" + first.proposal().leafTasks().size());
            System.out.println("first-read-ms=" + firstNs / 1_000_000);
            System.out.println("first-read-cpu-ms=" + firstCpu / 1_000_000);
            System.out.printf("warm-read-ms=%.1f%n", warm[repeats / 2] / 1e6);
        }
    }
}
