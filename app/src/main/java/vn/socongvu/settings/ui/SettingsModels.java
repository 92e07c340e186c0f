package vn.socongvu.settings.ui;

import vn.socongvu.app.Services;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Cài đặt's models, one a tab: kept by the window while the screen is let go between visits, so that what
 * was typed and not saved is there on coming back.
 */
public record SettingsModels(IdentityViewModel identity, HolidaysViewModel holidays, DeadlinesViewModel deadlines,
                             BackupViewModel backup) {
    /**
     * @param onIdentityChanged runs after the commune's identity is saved (the window's header shows it)
     * @param replacer          puts a backup or a data file in place of the open data; null where the window cannot
     */
    public static SettingsModels of(Services services, Runnable onIdentityChanged, DialogService dialogs,
                                    TaskRunner runner, DataReplacer replacer) {
        return new SettingsModels(new IdentityViewModel(services.settings(), onIdentityChanged),
                new HolidaysViewModel(services.settings()), new DeadlinesViewModel(services.settings()),
                new BackupViewModel(services.settings(), services.backups(), services.exchange(),
                        services.db().folder().dir(), dialogs, runner, replacer));
    }
}
