package vn.socongvu.shell;

import java.nio.file.Path;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.exchange.DataExchange;

/**
 * Replaces the open data by a backup or an imported data file: the owner of the open {@link Services} closes them, restores,
 * reopens, and shows the window again on the restored data. Runs off the FX thread.
 */
public interface DataReplacer {
    /** @return the services over the restored data */
    Services restore(Path backup, char[] password, Progress progress);

    /** Puts a checked data file's records in place of the open data. @return the services over them */
    Services importData(DataExchange.Prepared prepared, Progress progress);
}
