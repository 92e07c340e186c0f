package vn.socongvu.storage;

import java.nio.file.Path;

import vn.socongvu.Main;
import vn.socongvu.common.Progress;
import vn.socongvu.exchange.DataExchange;

/**
 * Run by {@link DataFolderTest} as a separate process: imports a data file into a folder and dies
 * ({@code Runtime.halt}: no finally block, no clean-up, as a kill or a power cut) at one step of the swap.
 */
public final class SwapKillChild {
    private SwapKillChild() {
    }

    public static void main(String[] args) {
        Main.quietLibraries();
        Path dir = Path.of(args[0]);
        String step = args[2];
        DataFolder.swapStep = s -> {
            if (s.equals(step)) {
                System.out.println("KILLED AT " + s);
                System.out.flush();
                Runtime.getRuntime().halt(9);
            }
        };
        try (DataExchange.Prepared p = DataExchange.prepare(Path.of(args[1]), dir, Progress.NONE)) {
            p.applyTo(dir);
        }
        System.out.println("NOT KILLED");
    }
}
