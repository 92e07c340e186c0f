package vn.socongvu.settings.ui;

import java.time.LocalDate;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import vn.socongvu.app.Services;
import vn.socongvu.document.SampleDocuments;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.document.ui.DocumentPreviewModel;
import vn.socongvu.i18n.Messages;
import vn.socongvu.shell.DataReplacer;

/** Cài đặt: the issuing body and signers, the holiday table, report deadlines. */
public final class SettingsView extends TabPane {
    /** @param services for the sample document the identity tab previews */
    public SettingsView(SettingsModels models, Services services, DataReplacer replacer) {
        setId("settings-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab identity = new Tab(Messages.get("settings.tab.identity"),
                new IdentityView(models.identity(),
                        () -> DocumentPreview.show(getScene().getWindow(), new DocumentPreviewModel(
                                new SampleDocuments(services.settings(), services.directory(), LocalDate.now()).plan(), "mau-ke-hoach.docx"))));
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
    private static ScrollPane backupPane(BackupViewModel backup,
                                                             DataReplacer replacer) {
        ScrollPane sp = new ScrollPane(new BackupView(backup, replacer));
        sp.setFitToWidth(true);
        return sp;
    }
}
