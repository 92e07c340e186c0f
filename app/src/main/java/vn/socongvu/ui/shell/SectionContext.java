package vn.socongvu.ui.shell;

import vn.socongvu.app.Services;
import vn.socongvu.search.SearchKind;
import vn.socongvu.settings.ui.DataReplacer;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * What the window gives a section to make its model and build its screen: the open data's services (a section
 * hands each ViewModel the few it uses), the window's dialogs and background work, and the way to the other
 * sections.
 */
public interface SectionContext {
    /** The open data. */
    Services services();

    /** The window's dialogs (one for the whole window). */
    DialogService dialogs();

    /** The window's background work (one pool for the whole window). */
    TaskRunner runner();

    /** Puts a backup or a data file in place of the open data; null where the window cannot (tools, tests). */
    DataReplacer replacer();

    /** Shows a section, as a click in the navigation would. @return its model, e.g. to open a record in it */
    <M> M show(Section<M> section);

    /** Opening another data folder, starting new data, leaving the demo; null where the window cannot switch. */
    DataFoldersViewModel dataFolders();

    /**
     * Shows the section that keeps records of {@code kind}, with the record {@code id} selected and open (a
     * result of the header's search; a violation opens its inspection).
     */
    void open(SearchKind kind, long id);

    /** The commune's identity was saved: the header shows it again. */
    void identityChanged();
}
