package vn.socongvu.settings.ui;

import vn.socongvu.account.ui.AccountsViewModel;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.ui.kit.DialogService;

/**
 * Cài đặt's models, one a tab: kept by the window while the screen is let go between visits, so that what
 * was typed and not saved is there on coming back.
 */
public record SettingsModels(IdentityViewModel identity, HolidaysViewModel holidays, DeadlinesViewModel deadlines,
                             BackupViewModel backup, AccountsViewModel accounts) {
    /**
     * @param backup the Sao lưu tab's model, built by the window
     * @param accounts the Tài khoản tab's model
     * @param onIdentityChanged runs after the commune's identity is saved (the window's header shows it)
     */
    public static SettingsModels of(SettingsService settings, DialogService dialogs, BackupViewModel backup,
                                    AccountsViewModel accounts, Runnable onIdentityChanged) {
        return new SettingsModels(new IdentityViewModel(settings, dialogs, onIdentityChanged),
                new HolidaysViewModel(settings, dialogs), new DeadlinesViewModel(settings), backup, accounts);
    }
}
