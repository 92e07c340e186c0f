package vn.socongvu.settings.ui;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.ReportDeadlines;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.Reopening;

/** Cài đặt → Hạn báo cáo: the data window and the due dates of periodic reports. */
public final class DeadlinesViewModel {
    /** The form's fields, as the service names them, in the order shown. */
    static final List<String> FIELDS = List.of("windowStartDay", "windowEndDay", "unitDueDay", "communeDueDay",
            "annualUnitDue", "annualCommuneDue", "reminderDays");
    private final SettingsService settings;
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors(FIELDS.toArray(String[]::new));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Reopening reopening = new Reopening();

    public DeadlinesViewModel(SettingsService settings) {
        this.settings = settings;
        FIELDS.forEach(f -> texts.put(f, new SimpleStringProperty("")));
    }

    /** The text typed in one of the {@link #FIELDS}. */
    StringProperty text(String field) {
        return texts.get(field);
    }

    /** A screen shows this model: the first reads the deadlines; later ones keep what was typed. */
    public void screenOpened() {
        reopening.open(this::load, () -> { });
    }

    public void load() {
        show(settings.deadlines());
        text("reminderDays").set(Integer.toString(settings.reminderDays()));
        errors.clear();
    }

    private void show(ReportDeadlines d) {
        text("windowStartDay").set(Integer.toString(d.windowStartDay()));
        text("windowEndDay").set(Integer.toString(d.windowEndDay()));
        text("unitDueDay").set(Integer.toString(d.unitDueDay()));
        text("communeDueDay").set(Integer.toString(d.communeDueDay()));
        text("annualUnitDue").set(ReportDeadlines.format(d.annualUnitDue()));
        text("annualCommuneDue").set(ReportDeadlines.format(d.annualCommuneDue()));
    }

    public void restoreDefaults() {
        show(ReportDeadlines.DEFAULTS);
        errors.clear();
        status.set(Messages.get("settings.deadline.defaultsShown"));
    }

    public boolean save() {
        List<FieldError> bad = new ArrayList<>();
        int ws = day("windowStartDay", bad);
        int we = day("windowEndDay", bad);
        int ud = day("unitDueDay", bad);
        int cd = day("communeDueDay", bad);
        MonthDay au = monthDay("annualUnitDue", bad);
        MonthDay ac = monthDay("annualCommuneDue", bad);
        try {
            if (!bad.isEmpty()) {
                throw new ValidationException(bad);
            }
            Integer days;
            try {
                days = Integer.valueOf(text("reminderDays").get().strip());
            } catch (RuntimeException e) {
                days = null;
            }
            settings.saveDeadlines(new ReportDeadlines(ws, we, ud, cd, au, ac));
            settings.saveReminderDays(days);
            load();
            status.set(Messages.get("common.saved"));
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            status.set("");
            return false;
        }
    }

    private int day(String field, List<FieldError> bad) {
        try {
            return Integer.parseInt(text(field).get().strip());
        } catch (RuntimeException e) {
            bad.add(new FieldError(field, "settings.error.dayOfMonth"));
            return 0;
        }
    }

    private MonthDay monthDay(String field, List<FieldError> bad) {
        MonthDay md = ReportDeadlines.parseMonthDay(text(field).get());
        if (md == null) {
            bad.add(new FieldError(field, "settings.error.monthDay"));
        }
        return md;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public List<AuditEntry> history() {
        return settings.history(SettingsService.SETTING_ENTITY, null);
    }
}
