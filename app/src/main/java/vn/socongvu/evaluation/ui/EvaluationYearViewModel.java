package vn.socongvu.evaluation.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.evaluation.EvaluationDocuments;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.evaluation.YearScore;
import vn.socongvu.evaluation.YearSheet;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.LatestRequest;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Đánh giá, xếp loại → Cả năm: the year's rating of each civil servant from the months or quarters (for the year-end
 * file), read off the FX thread; each part's total opens that month or quarter with the person chosen.
 */
public final class EvaluationYearViewModel {
    private final EvaluationService evaluation;
    private final EvaluationDocuments documents;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final LocalDate today;
    private final LatestRequest reading;
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObjectProperty<EvaluationViewModel.UnitChoice> unit =
            new SimpleObjectProperty<>(EvaluationViewModel.UnitChoice.WHOLE);
    final ObservableList<EvaluationViewModel.UnitChoice> units = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<YearSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ObservableList<YearScore> people = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private List<String> warningLines = List.of();
    private final Map<Long, String> unitLabels;

    /** @param documents the year's report and table */
    public EvaluationYearViewModel(EvaluationService evaluation, DirectoryService directory,
                                   EvaluationDocuments documents, DialogService dialogs, TaskRunner tasks) {
        this.evaluation = evaluation;
        this.documents = documents;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.today = evaluation.today();
        this.reading = tasks.latest("socongvu-evaluation-year");
        units.add(EvaluationViewModel.UnitChoice.WHOLE);
        directory.activeUnits().forEach(u -> units.add(new EvaluationViewModel.UnitChoice(u.id(), u.name())));
        unitLabels = EvaluationViewModel.unitLabels(directory);
        // The year whose evaluation is due: last year in its first quarter, else this one.
        year.set(today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear());
        year.addListener((o, a, b) -> load());
        unit.addListener((o, a, b) -> load());
    }

    /** The years offered: this one and five back. */
    List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        for (int y = today.getYear(); y >= Math.max(2020, today.getYear() - 5); y--) {
            out.add(y);
        }
        return out;
    }

    /** Reads the year off the FX thread; only the latest answer is shown. */
    public void load() {
        if (year.get() == null) {
            return;
        }
        int y = year.get();
        Long u = unit.get() == null ? null : unit.get().id();
        status.set(Messages.get("evaluation.ui.loading"));
        reading.run(() -> evaluation.year(y, u), this::apply, e -> {
            status.set(Messages.get("evaluation.ui.error.load"));
            dialogs.report(e);
        });
    }

    private void apply(YearSheet s) {
        people.setAll(s.people());
        sheet.set(s); // last: the screen builds its columns and rows on it
        warningLines = s.warnings().stream().map(EvaluationViewModel::warningText).toList();
        warnings.set(EvaluationViewModel.warningSummary(warningLines));
        status.set(s.people().isEmpty() ? Messages.get("evaluation.ui.nobody")
                : Messages.get("evaluation.ui.year.status", Integer.toString(s.year()),
                        Messages.get(s.cycle() == EvaluationPeriod.Kind.MONTH ? "evaluation.ui.year.fromMonths"
                                : "evaluation.ui.year.fromQuarters"), Integer.toString(s.people().size())));
    }

    /**
     * Asks for a folder and writes into it, behind a progress bar, the year's report (.docx) and table (.xlsx) for
     * the unit shown (or the whole UBND).
     */
    public void export() {
        dialogs.chooseFolder("evaluation.ui.export.choose").ifPresent(this::exportTo);
    }

    /** Writes the year's files into {@code dir}. */
    public void exportTo(Path dir) {
        if (year.get() == null) {
            return;
        }
        EvaluationPeriod p = EvaluationPeriod.year(year.get());
        Long u = unit.get() == null ? null : unit.get().id();
        tasks.run("evaluation.ui.exporting", progress -> documents.writeAll(evaluation, p, u, dir, progress),
                files -> EvaluationViewModel.saved(dialogs, files), dialogs::report);
    }

    /** Shows every ceiling warning of the year, one a line. */
    public void showWarnings() {
        EvaluationViewModel.showWarnings(dialogs, warningLines);
    }

    /** The unit of a row as the table shows it: its short name if it has one. */
    String unitLabel(YearScore s) {
        return unitLabels.getOrDefault(s.unitId(), s.unitName());
    }

    /** The months or quarters the year is made of, as its columns. */
    public List<EvaluationPeriod> parts() {
        YearSheet s = sheet.get();
        return s == null ? List.of() : EvaluationPeriod.year(s.year()).parts(s.cycle());
    }

    /** "Quý I", "Tháng 7": a part's column title. */
    static String partTitle(EvaluationPeriod p) {
        return EvaluationViewModel.indexLabel(p.kind(), p.index());
    }

    /** A part's total as shown: "85,5", or "—" when the part has nothing to count. */
    static String partText(YearScore s, EvaluationPeriod p) {
        return s.parts().stream().filter(t -> t.period().equals(p)).findFirst()
                .map(t -> t.counted() ? EvaluationViewModel.number(t.total()) : "—").orElse("—");
    }

    /** The year's rating as shown, "(*)" when forced. */
    static String ratingText(YearScore s) {
        return s.forcedBy().isEmpty() ? s.rating().shortLabel()
                : Messages.get("evaluation.ui.rating.forced", s.rating().shortLabel());
    }

    public ReadOnlyObjectProperty<YearSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ObservableList<YearScore> people() {
        return people;
    }

    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return reading.busyProperty();
    }
}
