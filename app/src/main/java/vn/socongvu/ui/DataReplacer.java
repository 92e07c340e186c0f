package vn.socongvu.ui;

import java.nio.file.Path;

import vn.socongvu.Services;
import vn.socongvu.common.Progress;

/**
 * Replaces the open data by a backup: the owner of the open {@link Services} closes them, restores,
 * reopens, and shows the window again on the restored data. Runs off the FX thread.
 */
@FunctionalInterface
public interface DataReplacer {
    /** @return the services over the restored data */
    Services restore(Path backup, char[] password, Progress progress);
}
