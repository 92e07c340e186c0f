package vn.socongvu.ui.shell;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.common.ValidationException;
import vn.socongvu.demo.DemoGenerator;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * First start on an empty database: set up the commune, or load the demo commune; either way the window then
 * shows its data ({@code onReady}).
 */
public final class SetupViewModel {
    final StringProperty communeName = new SimpleStringProperty("");
    final StringProperty province = new SimpleStringProperty("");
    final StringProperty placeName = new SimpleStringProperty("");
    final StringProperty chairman = new SimpleStringProperty("");
    final StringProperty viceChairmen = new SimpleStringProperty("");
    final BooleanProperty addTypicalUnits = new SimpleBooleanProperty(true);
    private final SettingsService settings;
    private final DemoGenerator demo;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final Runnable onReady;
    private final FieldErrors errors = new FieldErrors("communeName", "province", "placeName", "chairman");

    /** @param onReady shows the window on the data once the commune is set up or the demo loaded (FX thread) */
    public SetupViewModel(SettingsService settings, DemoGenerator demo, DialogService dialogs, TaskRunner runner,
                          Runnable onReady) {
        this.settings = settings;
        this.demo = demo;
        this.dialogs = dialogs;
        this.runner = runner;
        this.onReady = onReady;
        // The place name usually is the commune's name: follow it until the clerk types another.
        communeName.addListener((o, old, now) -> {
            if (placeName.get() == null || placeName.get().isBlank() || placeName.get().equals(old)) {
                placeName.set(now);
            }
        });
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Sets up the commune and shows the window; @return whether it was set up (else the messages are at the fields) */
    public boolean setUp() {
        List<String> vices = Arrays.stream(viceChairmen.get().split("\\R")).filter(s -> !s.isBlank()).toList();
        try {
            settings.setUp(new CommuneSetup(communeName.get(), province.get(), placeName.get(),
                    chairman.get(), vices, addTypicalUnits.get()));
        } catch (ValidationException e) {
            errors.show(e);
            return false;
        }
        errors.clear();
        onReady.run();
        return true;
    }

    /** Loads the demo commune in the background (with its progress), then shows the window. */
    public void loadDemo() {
        runner.run("setup.demo.progress",
                p -> demo.generate(DemoSize.SMALL, 3, LocalDate.now().getYear(), 2026, p), r -> onReady.run(),
                dialogs::report);
    }
}
