package vn.socongvu.shell;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.demo.DemoGenerator;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.ui.kit.FieldErrors;

/** First start on an empty database: set up the commune, or load the demo commune. */
public final class SetupViewModel {
    private final Services services;
    final StringProperty communeName = new SimpleStringProperty("");
    final StringProperty province = new SimpleStringProperty("");
    final StringProperty placeName = new SimpleStringProperty("");
    final StringProperty chairman = new SimpleStringProperty("");
    final StringProperty viceChairmen = new SimpleStringProperty("");
    final BooleanProperty addTypicalUnits = new SimpleBooleanProperty(true);
    private final FieldErrors errors = new FieldErrors("communeName", "province", "placeName", "chairman");

    public SetupViewModel(Services services) {
        this.services = services;
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

    /** @return whether the commune was set up (else the messages are at the fields) */
    public boolean setUp() {
        List<String> vices = Arrays.stream(viceChairmen.get().split("\\R")).filter(s -> !s.isBlank()).toList();
        try {
            services.settings().setUp(new CommuneSetup(communeName.get(), province.get(), placeName.get(),
                    chairman.get(), vices, addTypicalUnits.get()));
            errors.clear();
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            return false;
        }
    }

    /** Long: run off the FX thread. */
    public DemoGenerator.Result loadDemo(Progress progress) {
        return services.demo().generate(DemoSize.SMALL, 3, LocalDate.now().getYear(), 2026, progress);
    }
}
