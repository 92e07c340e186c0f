package vn.socongvu.settings.ui;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

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
    private final SettingsService settings;
    final StringProperty windowStartDay = new SimpleStringProperty("");
    final StringProperty windowEndDay = new SimpleStringProperty("");
    final StringProperty unitDueDay = new SimpleStringProperty("");
    final StringProperty communeDueDay = new SimpleStringProperty("");
    final StringProperty annualUnitDue = new SimpleStringProperty("");
    final StringProperty annualCommuneDue = new SimpleStringProperty("");
    final StringProperty reminderDays = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors("windowStartDay", "windowEndDay", "unitDueDay",
            "communeDueDay", "annualUnitDue", "annualCommuneDue", "reminderDays");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public DeadlinesViewModel(SettingsService settings) {
        this.settings = settings;
    }

    private final Reopening reopening = new Reopening();

    /** A screen shows this model: the first reads the deadlines; later ones keep what was typed. */
    public void screenOpened() {
        reopening.open(this::load, () -> { });
    }

    public void load() {
        show(settings.deadlines());
        reminderDays.set(Integer.toString(settings.reminderDays()));
        errors.clear();
    }

    private void show(ReportDeadlines d) {
        windowStartDay.set(Integer.toString(d.windowStartDay()));
        windowEndDay.set(Integer.toString(d.windowEndDay()));
        unitDueDay.set(Integer.toString(d.unitDueDay()));
        communeDueDay.set(Integer.toString(d.communeDueDay()));
        annualUnitDue.set(ReportDeadlines.format(d.annualUnitDue()));
        annualCommuneDue.set(ReportDeadlines.format(d.annualCommuneDue()));
    }

    public void restoreDefaults() {
        show(ReportDeadlines.DEFAULTS);
        errors.clear();
        status.set(Messages.get("settings.deadline.defaultsShown"));
    }

    public boolean save() {
        List<FieldError> bad = new ArrayList<>();
        int ws = day("windowStartDay", windowStartDay.get(), bad);
        int we = day("windowEndDay", windowEndDay.get(), bad);
        int ud = day("unitDueDay", unitDueDay.get(), bad);
        int cd = day("communeDueDay", communeDueDay.get(), bad);
        MonthDay au = monthDay("annualUnitDue", annualUnitDue.get(), bad);
        MonthDay ac = monthDay("annualCommuneDue", annualCommuneDue.get(), bad);
        try {
            if (!bad.isEmpty()) {
                throw new ValidationException(bad);
            }
            Integer days;
            try {
                days = Integer.valueOf(reminderDays.get().strip());
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

    private static int day(String field, String text, List<FieldError> bad) {
        try {
            return Integer.parseInt(text.strip());
        } catch (RuntimeException e) {
            bad.add(new FieldError(field, "settings.error.dayOfMonth"));
            return 0;
        }
    }

    private static MonthDay monthDay(String field, String text, List<FieldError> bad) {
        MonthDay md = ReportDeadlines.parseMonthDay(text);
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
