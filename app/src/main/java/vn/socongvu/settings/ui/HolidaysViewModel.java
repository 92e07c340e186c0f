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
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.Reopening;

/** Cài đặt → Ngày nghỉ lễ: the holiday table of one year, editable. */
public final class HolidaysViewModel {
    private final SettingsService settings;
    private final DialogService dialogs;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final IntegerProperty year = new SimpleIntegerProperty(LocalDate.now().getYear());
    private final ObservableList<Holiday> holidays = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper makeUpHint = new ReadOnlyStringWrapper("");

    private final FormState<Holiday> form = new FormState<>(Holiday::id, "date", "name", "kind");
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<HolidayKind> kind = new SimpleObjectProperty<>(HolidayKind.OFF);

    private final Reopening reopening = new Reopening();

    public HolidaysViewModel(SettingsService settings, DialogService dialogs) {
        this.settings = settings;
        this.dialogs = dialogs;
        year.addListener((o, a, b) -> reloadYear());
    }

    /** A screen shows this model: each reads the list, keeping the form; the first starts a new record. */
    public void screenOpened() {
        reopening.openForm(this::load, () -> edit(null));
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
        return form.editingProperty();
    }

    public FieldErrors errors() {
        return form.errors();
    }

    public ReadOnlyStringProperty statusProperty() {
        return form.statusProperty();
    }

    public void edit(Holiday h) {
        form.begin(h);
        makeUpHint.set("");
        date.set(h == null ? "" : VnFormat.date(h.date()));
        name.set(h == null ? "" : h.name());
        kind.set(h == null ? HolidayKind.OFF : h.kind());
    }

    /**
     * Saves the form. A day off typed on a weekend is saved, and the status proposes its make-up day.
     * @return the saved entry, or null when refused
     */
    public Holiday save() {
        LocalDate d = VnFormat.parseDate(date.get());
        if (d == null && date.get() != null && !date.get().isBlank()) {
            form.refuse(ValidationException.of("date", "validation.date"));
            return null;
        }
        Holiday saved = form.submit(() -> settings.saveHoliday(new Holiday.Draft(form.editingId(), d, name.get(),
                kind.get())), this::showYearOf, h -> "common.saved");
        if (saved != null && saved.kind() == HolidayKind.OFF && WorkCalendar.isWeekend(saved.date())) {
            LocalDate makeUp = settings.calendar().makeUpDayFor(saved.date());
            makeUpHint.set(Messages.get("holiday.makeUpHint", VnFormat.weekday(makeUp), VnFormat.date(makeUp)));
        } else {
            makeUpHint.set("");
        }
        return saved;
    }

    private void showYearOf(Holiday saved) {
        int y = saved.date().getYear();
        if (!years.contains(y)) {
            years.add(y);
            years.sort(null);
        }
        year.set(y);
        reloadYear();
        edit(saved);
    }

    /** After a day off is saved on a weekend: the working day it would be made up on. */
    public ReadOnlyStringProperty makeUpHintProperty() {
        return makeUpHint.getReadOnlyProperty();
    }

    /** Deletes the holiday in the form, once the clerk agreed. @return true when deleted */
    public boolean delete() {
        Holiday h = form.editingProperty().get();
        if (h == null || !dialogs.confirm("common.delete",
                Messages.get("holiday.confirmDelete", VnFormat.date(h.date()), h.name()))) {
            return false;
        }
        return form.submit(() -> {
            settings.deleteHoliday(h.id());
            return h;
        }, gone -> {
            reloadYear();
            edit(null);
        }, gone -> "common.deleted") != null;
    }

    public List<AuditEntry> history() {
        Holiday h = form.editingProperty().get();
        return h == null ? List.of() : settings.history(SettingsService.HOLIDAY_ENTITY, h.id());
    }
}
