package vn.socongvu.planimport.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.planimport.Confidence;
import vn.socongvu.planimport.Proposed;
import vn.socongvu.planimport.ProposedTask;
import vn.socongvu.planimport.Schedule;
import vn.socongvu.planimport.UnitRef;
import vn.socongvu.task.Recurrence;

/**
 * One task (or heading) of the proposal as the clerk reviews it: every part editable, each with how sure the
 * reader was. An edit by the clerk makes that part sure (it is the clerk's own) and clears its message.
 */
public final class ReviewItem {
    final StringProperty label = new SimpleStringProperty("");
    final StringProperty text = new SimpleStringProperty("");
    final String unitHeading;
    /** What the task must achieve, as the plan's "Yêu cầu: …" field states it (empty when it does not). */
    final StringProperty expectedResult = new SimpleStringProperty("");
    final int source;
    final ObjectProperty<Confidence> confidence = new SimpleObjectProperty<>();
    final ObjectProperty<UnitRef> lead = new SimpleObjectProperty<>();
    final ObjectProperty<Confidence> leadConfidence = new SimpleObjectProperty<>();
    final int leadSource;
    final ObservableList<UnitRef> cooperating = FXCollections.observableArrayList();
    final ObjectProperty<Recurrence> recurrence = new SimpleObjectProperty<>(Recurrence.NONE);
    final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    final ObjectProperty<Confidence> scheduleConfidence = new SimpleObjectProperty<>();
    final String phrase;
    final int scheduleSource;
    final ObservableList<ReviewItem> children = FXCollections.observableArrayList();
    final StringProperty textError = new SimpleStringProperty("");
    final StringProperty leadError = new SimpleStringProperty("");
    final StringProperty scheduleError = new SimpleStringProperty("");

    /**
     * @param unit the review's own instance of a unit (so that the lists of choices hold the very same objects)
     */
    ReviewItem(ProposedTask t, UnaryOperator<UnitRef> unit) {
        label.set(t.label() == null ? "" : t.label());
        text.set(t.text());
        unitHeading = t.unitHeading();
        expectedResult.set(t.expectedResult());
        source = t.source();
        confidence.set(t.confidence());
        if (t.lead().found()) {
            lead.set(unit.apply(t.lead().value()));
            leadConfidence.set(lower(t.lead().confidence(), t.lead().value().match()));
        } else {
            leadConfidence.set(Confidence.LOW);
        }
        leadSource = t.lead().source();
        t.cooperating().stream().map(unit).filter(u -> !cooperating.contains(u)).forEach(cooperating::add);
        Schedule s = t.schedule().value();
        if (s != null) {
            recurrence.set(s.recurrence());
            deadline.set(s.deadline());
        }
        scheduleConfidence.set(t.schedule().found() ? t.schedule().confidence() : Confidence.LOW);
        phrase = s == null ? "" : s.phrase();
        scheduleSource = t.schedule().source();
        for (ProposedTask c : t.children()) {
            children.add(new ReviewItem(c, unit));
        }
        label.addListener((o, a, b) -> edited());
        text.addListener((o, a, b) -> edited());
        lead.addListener((o, a, b) -> {
            leadConfidence.set(Confidence.HIGH);
            leadError.set("");
        });
        recurrence.addListener((o, a, r) -> {
            if (r != Recurrence.NONE) {
                deadline.set(null);
            }
            scheduleEdited();
        });
        deadline.addListener((o, a, b) -> scheduleEdited());
    }

    private void edited() {
        confidence.set(Confidence.HIGH);
        textError.set("");
    }

    private void scheduleEdited() {
        scheduleConfidence.set(Confidence.HIGH);
        scheduleError.set("");
    }

    static Confidence lower(Confidence a, Confidence b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public boolean isGroup() {
        return !children.isEmpty();
    }

    /** A task whose reading the clerk should check: a guess or a likely reading not yet accepted. */
    public boolean needsReview() {
        return confidence.get() != Confidence.HIGH || !isGroup()
                && (leadConfidence.get() != Confidence.HIGH || scheduleConfidence.get() != Confidence.HIGH);
    }

    /** The clerk has read it and agrees: every part becomes sure. */
    void accept() {
        confidence.set(Confidence.HIGH);
        leadConfidence.set(Confidence.HIGH);
        scheduleConfidence.set(Confidence.HIGH);
    }

    public boolean hasError() {
        return !textError.get().isEmpty() || !leadError.get().isEmpty() || !scheduleError.get().isEmpty();
    }

    void clearErrors() {
        textError.set("");
        leadError.set("");
        scheduleError.set("");
    }

    /** "1.2. Rà soát…": the numbering and the text, or the unit its heading names when it has no text. */
    public String display() {
        String t = text.get().isBlank() && unitHeading != null ? unitHeading : text.get();
        return label.get().isBlank() ? t : label.get().strip() + " " + t;
    }

    /** The task as the clerk left it, for checking and saving. */
    ProposedTask toProposed() {
        Proposed<UnitRef> l = lead.get() == null ? Proposed.none()
                : new Proposed<>(lead.get(), leadConfidence.get(), leadSource);
        Recurrence r = recurrence.get() == null ? Recurrence.NONE : recurrence.get();
        Proposed<Schedule> s = r == Recurrence.NONE && deadline.get() == null ? Proposed.none()
                : new Proposed<>(new Schedule(r, r == Recurrence.NONE ? deadline.get() : null, phrase),
                scheduleConfidence.get(), scheduleSource);
        List<UnitRef> coops = cooperating.stream().filter(u -> !u.equals(lead.get())).toList();
        return new ProposedTask(label.get(), text.get(), expectedResult.get(), unitHeading, confidence.get(), source, l,
                coops, s,
                children.stream().map(ReviewItem::toProposed).toList());
    }
}
