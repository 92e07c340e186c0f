package vn.socongvu.storage;

import java.nio.file.Path;

import vn.socongvu.Main;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;

/**
 * Run by {@link CrashTest} as a separate process: commits one unit per transaction, for ever, printing
 * "OK n" only after each commit returned. The test kills it hard at a random moment.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        Main.quietLibraries();
        int start = Integer.parseInt(args[1]);
        try (Services s = Services.open(Path.of(args[0]))) {
            for (int n = start; ; n++) {
                s.directory().saveUnit(new Unit.Draft(null, "Đơn vị " + n, null, UnitKind.OTHER, null, null));
                System.out.println("OK " + n);
                System.out.flush();
            }
        }
    }
}
