package vn.socongvu.settings.ui;

import java.util.function.Supplier;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import vn.socongvu.account.ui.AccountsView;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.i18n.Messages;

/** Cài đặt: the issuing body and signers, the holiday table, report deadlines. */
public final class SettingsView extends TabPane {
    /** @param samplePlan the sample document the identity tab previews (made when asked) */
    public SettingsView(SettingsModels models, Supplier<OfficialDocument> samplePlan) {
        setId("settings-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab identity = new Tab(Messages.get("settings.tab.identity"),
                new IdentityView(models.identity(),
                        () -> DocumentPreview.show(getScene().getWindow(), samplePlan.get(), "mau-ke-hoach.docx")));
        identity.setId("tab-identity");
        Tab holidays = new Tab(Messages.get("settings.tab.holidays"),
                new HolidaysView(models.holidays()));
        holidays.setId("tab-holidays");
        Tab deadlines = new Tab(Messages.get("settings.tab.deadlines"),
                new DeadlinesView(models.deadlines()));
        deadlines.setId("tab-deadlines");
        Tab backup = new Tab(Messages.get("settings.tab.backup"), backupPane(models.backup()));
        backup.setId("tab-backup");
        Tab accounts = new Tab(Messages.get("settings.tab.accounts"), new AccountsView(models.accounts()));
        accounts.setId("tab-accounts");
        getTabs().addAll(identity, holidays, deadlines, backup, accounts);
    }

    /** The backup tab scrolls: its hints keep their whole text on a small screen. */
    private static ScrollPane backupPane(BackupViewModel backup) {
        ScrollPane sp = new ScrollPane(new BackupView(backup));
        sp.setFitToWidth(true);
        return sp;
    }
}
