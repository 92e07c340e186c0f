package vn.socongvu.evaluation.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.evaluation.EvaluationSettings;
import vn.socongvu.i18n.Messages;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.Reopening;

/**
 * Đánh giá, xếp loại → Cài đặt đánh giá: the agency's choices where the decree leaves one (the cycle, the weight of
 * each kind of task, the leaders' shares, the ceiling on "xuất sắc", who is evaluated). Shares are typed as
 * percentages ("60"), weights as numbers ("1,5").
 */
public final class EvaluationSettingsViewModel {
    /** The text fields, as the service names them, in the order shown. */
    static final List<String> FIELDS;

    static {
        List<String> f = new ArrayList<>();
        for (TaskSource s : TaskSource.values()) {
            f.add(weightField(s));
        }
        f.addAll(List.of("leaderOwnShare", "leaderUnitShare", "leaderOrganisingShare", "excellentCeiling"));
        FIELDS = List.copyOf(f);
    }

    private final EvaluationService evaluation;
    private final Consumer<EvaluationSettings> onSaved;
    final ObjectProperty<EvaluationPeriod.Kind> cycle = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<StaffCategory, BooleanProperty> evaluated = new EnumMap<>(StaffCategory.class);
    private final FieldErrors errors;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Reopening reopening = new Reopening();

    /** @param onSaved called with the settings saved (the figures are read again) */
    public EvaluationSettingsViewModel(EvaluationService evaluation, Consumer<EvaluationSettings> onSaved) {
        this.evaluation = evaluation;
        this.onSaved = onSaved;
        List<String> all = new ArrayList<>(FIELDS);
        all.add("cycle");
        all.add("evaluated");
        all.add("leaderShares");
        errors = new FieldErrors(all.toArray(String[]::new));
        FIELDS.forEach(f -> texts.put(f, new SimpleStringProperty("")));
        for (StaffCategory c : StaffCategory.values()) {
            evaluated.put(c, new SimpleBooleanProperty(false));
        }
    }

    static String weightField(TaskSource s) {
        return "weight." + s.name();
    }

    /** A screen shows this model: the first reads the settings; later ones keep what was typed. */
    public void screenOpened() {
        reopening.open(this::load, () -> { });
    }

    public void load() {
        show(evaluation.settings());
        errors.clear();
        status.set("");
    }

    private void show(EvaluationSettings s) {
        cycle.set(s.cycle());
        for (TaskSource src : TaskSource.values()) {
            text(weightField(src)).set(VnFormat.number(s.weightOf(src), 2));
        }
        text("leaderOwnShare").set(VnFormat.number(s.leaderOwnShare() * 100, 1));
        text("leaderUnitShare").set(VnFormat.number(s.leaderUnitShare() * 100, 1));
        text("leaderOrganisingShare").set(VnFormat.number(s.leaderOrganisingShare() * 100, 1));
        text("excellentCeiling").set(VnFormat.number(s.excellentCeiling() * 100, 1));
        evaluated.forEach((c, p) -> p.set(s.evaluated().contains(c)));
    }

    /** The defaults shown in the form (not saved until "Lưu"). */
    public void restoreDefaults() {
        show(EvaluationSettings.defaults());
        errors.clear();
        status.set(Messages.get("evaluation.ui.settings.defaultsShown"));
    }

    /** Saves the form. @return false with the messages at the fields */
    public boolean save() {
        errors.clear();
        List<FieldError> bad = new ArrayList<>();
        Map<TaskSource, Double> weights = new EnumMap<>(TaskSource.class);
        for (TaskSource s : TaskSource.values()) {
            weights.put(s, number(weightField(s), bad, 1));
        }
        double own = number("leaderOwnShare", bad, 100);
        double unit = number("leaderUnitShare", bad, 100);
        double organising = number("leaderOrganisingShare", bad, 100);
        double ceiling = number("excellentCeiling", bad, 100);
        Set<StaffCategory> who = EnumSet.noneOf(StaffCategory.class);
        evaluated.forEach((c, p) -> {
            if (p.get()) {
                who.add(c);
            }
        });
        try {
            if (!bad.isEmpty()) {
                throw new ValidationException(bad);
            }
            EvaluationSettings s = new EvaluationSettings(cycle.get(), weights, own, unit, organising, ceiling, who);
            evaluation.saveSettings(s);
            load();
            status.set(Messages.get("common.saved"));
            onSaved.accept(evaluation.settings());
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            status.set("");
            return false;
        }
    }

    /** The number typed in {@code field} divided by {@code scale} (percentages by 100); 0 with an error if none. */
    private double number(String field, List<FieldError> bad, double scale) {
        String s = text(field).get() == null ? "" : text(field).get().strip().replace("%", "").strip().replace(',', '.');
        try {
            return Double.parseDouble(s) / scale;
        } catch (NumberFormatException e) {
            bad.add(new FieldError(field, "evaluation.ui.error.number"));
            return 0;
        }
    }

    /** The text typed in one of the {@link #FIELDS}. */
    StringProperty text(String field) {
        return texts.get(field);
    }

    /** Whether people of {@code c} are evaluated. */
    BooleanProperty evaluated(StaffCategory c) {
        return evaluated.get(c);
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
