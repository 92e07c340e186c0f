package vn.socongvu.settings.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.time.LocalDate;

import vn.socongvu.Services;
import vn.socongvu.document.SampleDocuments;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.document.ui.DocumentPreviewModel;
import vn.socongvu.i18n.Messages;

/** Cài đặt: the issuing body and signers, the holiday table, report deadlines. */
public final class SettingsView extends TabPane {
    public SettingsView(Services services, Runnable onIdentityChanged, vn.socongvu.ui.DataReplacer replacer) {
        setId("settings-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab identity = new Tab(Messages.get("settings.tab.identity"),
                new IdentityView(new IdentityViewModel(services.settings(), onIdentityChanged),
                        () -> DocumentPreview.show(getScene().getWindow(), new DocumentPreviewModel(
                                new SampleDocuments(services, LocalDate.now()).plan(), "mau-ke-hoach.docx"))));
        identity.setId("tab-identity");
        Tab holidays = new Tab(Messages.get("settings.tab.holidays"),
                new HolidaysView(new HolidaysViewModel(services.settings())));
        holidays.setId("tab-holidays");
        Tab deadlines = new Tab(Messages.get("settings.tab.deadlines"),
                new DeadlinesView(new DeadlinesViewModel(services.settings())));
        deadlines.setId("tab-deadlines");
        Tab backup = new Tab(Messages.get("settings.tab.backup"), backupPane(services, replacer));
        backup.setId("tab-backup");
        getTabs().addAll(identity, holidays, deadlines, backup);
    }

    /** The backup tab scrolls: its hints keep their whole text on a small screen. */
    private static javafx.scene.control.ScrollPane backupPane(vn.socongvu.Services services,
                                                             vn.socongvu.ui.DataReplacer replacer) {
        javafx.scene.control.ScrollPane sp = new javafx.scene.control.ScrollPane(
                new BackupView(new BackupViewModel(services), replacer));
        sp.setFitToWidth(true);
        return sp;
    }
}
