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
    /** @param services for the sample document the identity tab previews */
    public SettingsView(SettingsModels models, Services services, vn.socongvu.ui.DataReplacer replacer) {
        setId("settings-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab identity = new Tab(Messages.get("settings.tab.identity"),
                new IdentityView(models.identity(),
                        () -> DocumentPreview.show(getScene().getWindow(), new DocumentPreviewModel(
                                new SampleDocuments(services, LocalDate.now()).plan(), "mau-ke-hoach.docx"))));
        identity.setId("tab-identity");
        Tab holidays = new Tab(Messages.get("settings.tab.holidays"),
                new HolidaysView(models.holidays()));
        holidays.setId("tab-holidays");
        Tab deadlines = new Tab(Messages.get("settings.tab.deadlines"),
                new DeadlinesView(models.deadlines()));
        deadlines.setId("tab-deadlines");
        Tab backup = new Tab(Messages.get("settings.tab.backup"), backupPane(models.backup(), replacer));
        backup.setId("tab-backup");
        getTabs().addAll(identity, holidays, deadlines, backup);
    }

    /** The backup tab scrolls: its hints keep their whole text on a small screen. */
    private static javafx.scene.control.ScrollPane backupPane(BackupViewModel backup,
                                                             vn.socongvu.ui.DataReplacer replacer) {
        javafx.scene.control.ScrollPane sp = new javafx.scene.control.ScrollPane(new BackupView(backup, replacer));
        sp.setFitToWidth(true);
        return sp;
    }
}
