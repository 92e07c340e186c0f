package vn.socongvu.settings.ui;

import java.nio.file.Path;

import vn.socongvu.common.Progress;
import vn.socongvu.exchange.DataExchange;

/**
 * Puts a backup or an imported data file in place of the window's open data. The window, which owns the open
 * data, implements it (closes the data, restores, reopens, and shows itself again on the new data); Cài đặt →
 * Sao lưu only asks. Both run off the FX thread.
 */
public interface DataReplacer {
    /** Checks the whole backup, then replaces the data by it; a wrong password or a bad file changes nothing. */
    void restore(Path backup, char[] password, Progress progress);

    /** Puts a checked data file's records in place of the open data. */
    void importData(DataExchange.Prepared prepared, Progress progress);
}
