package vn.socongvu.settings.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.Holiday;
import vn.socongvu.settings.HolidayKind;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.FieldErrors;

/** Cài đặt → Ngày nghỉ lễ: the holiday table of one year, editable. */
public final class HolidaysViewModel {
    private final SettingsService settings;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final IntegerProperty year = new SimpleIntegerProperty(LocalDate.now().getYear());
    private final ObservableList<Holiday> holidays = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final ObjectProperty<Holiday> editing = new SimpleObjectProperty<>();
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<HolidayKind> kind = new SimpleObjectProperty<>(HolidayKind.OFF);
    private final FieldErrors errors = new FieldErrors("date", "name", "kind");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public HolidaysViewModel(SettingsService settings) {
        this.settings = settings;
        year.addListener((o, a, b) -> reloadYear());
    }

    public void load() {
        years.setAll(settings.holidayYears());
        int next = LocalDate.now().getYear() + 1;
        if (!years.contains(next)) {
            years.add(next);
        }
        reloadYear();
    }

    private void reloadYear() {
        holidays.setAll(settings.holidays(year.get()));
        WorkCalendar cal = settings.calendar();
        int y = year.get();
        int workingDays = cal.workingDaysBetween(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        long off = holidays.stream().filter(h -> h.kind() == HolidayKind.OFF && !WorkCalendar.isWeekend(h.date())).count();
        summary.set(Messages.get("holiday.summary", y, off, workingDays));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<Holiday> holidays() {
        return holidays;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<Holiday> editingProperty() {
        return editing;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void edit(Holiday h) {
        boolean same = h != null && editing.get() != null && editing.get().id() == h.id();
        editing.set(h);
        errors.clear();
        if (!same) {
            status.set("");
        }
        date.set(h == null ? "" : VnFormat.date(h.date()));
        name.set(h == null ? "" : h.name());
        kind.set(h == null ? HolidayKind.OFF : h.kind());
    }

    /**
     * Saves the form. A day off typed on a weekend is saved, and the status proposes its make-up day.
     * @return the saved entry, or null when refused
     */
    public Holiday save() {
        Holiday cur = editing.get();
        LocalDate d = VnFormat.parseDate(date.get());
        if (d == null && date.get() != null && !date.get().isBlank()) {
            errors.clear();
            errors.show(ValidationException.of("date", "validation.date"));
            return null;
        }
        try {
            Holiday saved = settings.saveHoliday(new Holiday.Draft(cur == null ? null : cur.id(), d, name.get(), kind.get()));
            if (saved.date().getYear() != year.get()) {
                if (!years.contains(saved.date().getYear())) {
                    years.add(saved.date().getYear());
                    years.sort(null);
                }
                year.set(saved.date().getYear());
            }
            reloadYear();
            edit(saved);
            if (saved.kind() == HolidayKind.OFF && WorkCalendar.isWeekend(saved.date())) {
                LocalDate makeUp = settings.calendar().makeUpDayFor(saved.date());
                status.set(Messages.get("holiday.makeUpHint", VnFormat.weekday(makeUp), VnFormat.date(makeUp)));
            } else {
                status.set(Messages.get("common.saved"));
            }
            return saved;
        } catch (ValidationException e) {
            errors.show(e);
            status.set("");
            return null;
        }
    }

    public boolean delete() {
        Holiday h = editing.get();
        if (h == null) {
            return false;
        }
        settings.deleteHoliday(h.id());
        reloadYear();
        edit(null);
        status.set(Messages.get("common.deleted"));
        return true;
    }

    public List<AuditEntry> history() {
        Holiday h = editing.get();
        return h == null ? List.of() : settings.history(SettingsService.HOLIDAY_ENTITY, h.id());
    }
}
