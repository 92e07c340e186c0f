package vn.socongvu.evaluation.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.UserException;
import vn.socongvu.common.ValidationException;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.Exemption;
import vn.socongvu.evaluation.GeneralCriteria;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.Product;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FieldErrors;

/**
 * One of the assessor's forms on Đánh giá, xếp loại, as typed: a product's weight, its quality mark, an exemption of
 * its delay or quality failure, the general criteria of a person, a legal case. {@link #save()} writes it through
 * the service (which audits it) and has the figures read again; what is wrong is said at its field.
 */
public final class AssessmentForm {
    /** The six general criteria, as the service names them, in the decree's order. */
    public static final List<String> CRITERIA = List.of("politics", "ethics", "discipline", "culture", "citizens",
            "innovation");

    /** What the form is of. */
    public enum Kind { WEIGHT, QUALITY, EXEMPT_QUALITY, EXEMPT_DELAY, GENERAL, CASE }

    private final Kind kind;
    private final EvaluationViewModel owner;
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    /** The date of the form: an exemption's confirmation, the general criteria's assessment. */
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final FieldErrors errors;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private Product product;
    private PersonScore person;

    private AssessmentForm(Kind kind, EvaluationViewModel owner, List<String> fields) {
        this.kind = kind;
        this.owner = owner;
        List<String> all = new ArrayList<>(fields);
        all.add(dateField(kind));
        errors = new FieldErrors(all.toArray(String[]::new));
        fields.forEach(f -> texts.put(f, new SimpleStringProperty("")));
        texts.values().forEach(t -> t.addListener((o, a, b) -> saved.set("")));
    }

    private static String dateField(Kind k) {
        return k == Kind.GENERAL ? "assessedOn" : "confirmedOn";
    }

    static AssessmentForm weight(EvaluationViewModel owner, Product p) {
        AssessmentForm f = new AssessmentForm(Kind.WEIGHT, owner, List.of("weight"));
        f.product = p;
        f.text("weight").set(VnFormat.number(p.weight(), 2));
        f.heading.set(Messages.get("evaluation.ui.weight.head", p.content(), VnFormat.number(p.weight(), 2)));
        return f;
    }

    static AssessmentForm quality(EvaluationViewModel owner, Product p) {
        AssessmentForm f = new AssessmentForm(Kind.QUALITY, owner, List.of("failedAssessments", "reason"));
        f.product = p;
        f.text("failedAssessments").set(Integer.toString(Math.max(1, p.qualityFailures())));
        f.text("reason").set(p.qualityReason() == null ? "" : p.qualityReason());
        f.heading.set(Messages.get("evaluation.ui.quality.head", p.content()));
        return f;
    }

    static AssessmentForm exemption(EvaluationViewModel owner, Product p, boolean quality) {
        AssessmentForm f = new AssessmentForm(quality ? Kind.EXEMPT_QUALITY : Kind.EXEMPT_DELAY, owner,
                List.of("reason", "confirmedBy"));
        f.product = p;
        Exemption e = quality ? p.qualityExemption() : p.delayExemption();
        f.text("reason").set(e == null ? "" : e.reason());
        f.text("confirmedBy").set(e == null ? "" : e.confirmedBy());
        f.date.set(e == null ? owner.today() : e.confirmedOn());
        f.heading.set(Messages.get(quality ? "evaluation.ui.exemptQuality.head" : "evaluation.ui.exemptDelay.head",
                p.content()));
        return f;
    }

    static AssessmentForm legalCase(EvaluationViewModel owner) {
        AssessmentForm f = new AssessmentForm(Kind.CASE, owner, List.of("description", "reference"));
        f.person = owner.chosen().orElse(null);
        f.heading.set(f.person == null ? "" : Messages.get("evaluation.ui.case.head", f.person.fullName(),
                Integer.toString(owner.period().year())));
        return f;
    }

    static AssessmentForm general(EvaluationViewModel owner) {
        List<String> fields = new ArrayList<>(CRITERIA);
        fields.add("note");
        fields.add("assessedBy");
        return new AssessmentForm(Kind.GENERAL, owner, fields);
    }

    /** Shows the general criteria of {@code p} (empty fields when not entered yet); null: nobody chosen. */
    void fill(PersonScore p) {
        if (kind != Kind.GENERAL) {
            throw new IllegalStateException(kind.name());
        }
        person = p;
        if (p == null) {
            texts.values().forEach(t -> t.set(""));
            errors.clear();
            heading.set("");
            saved.set("");
            return;
        }
        GeneralCriteria g = p.general();
        double[] v = g == null ? null : new double[] {g.politics(), g.ethics(), g.discipline(), g.culture(),
            g.citizens(), g.innovation()};
        for (int i = 0; i < CRITERIA.size(); i++) {
            text(CRITERIA.get(i)).set(v == null ? "" : VnFormat.number(v[i], 2));
        }
        text("note").set(g == null || g.note() == null ? "" : g.note());
        text("assessedBy").set(g == null || g.assessedBy() == null ? "" : g.assessedBy());
        date.set(g == null || g.assessedOn() == null ? owner.today() : g.assessedOn());
        errors.clear();
        heading.set(Messages.get("evaluation.ui.general.head", p.fullName(), owner.period().label()));
        saved.set(EvaluationViewModel.criteriaText(g));
    }

    public Kind kind() {
        return kind;
    }

    /** The text typed in {@code field}. */
    public StringProperty text(String field) {
        StringProperty t = texts.get(field);
        if (t == null) {
            throw new IllegalArgumentException("no field " + field + " in " + kind);
        }
        return t;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** What the form is about: the product's content, the person and the period. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Under the general criteria: what is saved (total, by whom, when), "Đã lưu." after a save. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Whether the form has something to take away ("Bỏ miễn trừ", "Bỏ đánh giá"…). */
    public boolean removable() {
        return switch (kind) {
            case QUALITY -> product.qualityFailures() > 0;
            case EXEMPT_QUALITY -> product.qualityExemption() != null;
            case EXEMPT_DELAY -> product.delayExemption() != null;
            case GENERAL -> person != null && person.general() != null;
            case WEIGHT -> true; // back to the kind of task's weight
            case CASE -> false;
        };
    }

    /**
     * Writes the form. @return true when written (the figures are then read again); false with the messages at
     * the fields (or, for what belongs to no field, under the form)
     */
    public boolean save() {
        errors.clear();
        try {
            write();
        } catch (ValidationException e) {
            errors.show(e);
            return false;
        } catch (UserException e) {
            errors.show(new ValidationException(List.of(new FieldError("", "evaluation.ui.error.refused",
                    e.userMessage()))));
            return false;
        }
        owner.written();
        if (kind == Kind.GENERAL) {
            saved.set(Messages.get("common.saved"));
        }
        return true;
    }

    /**
     * Takes away what the form keeps: the quality mark, the exemption, the task's own weight, the general
     * criteria. @return true when done
     */
    public boolean remove() {
        errors.clear();
        var s = owner.service();
        try {
            switch (kind) {
                case WEIGHT -> s.setTaskWeight(product.taskId(), null);
                case QUALITY -> s.markQuality(product.occurrenceId(), 0, null);
                case EXEMPT_QUALITY -> s.exemptQuality(product.occurrenceId(), null);
                case EXEMPT_DELAY -> s.exemptDelay(product.occurrenceId(), null);
                case GENERAL -> {
                    if (person == null) {
                        return false;
                    }
                    s.saveGeneral(person.staffId(), owner.period(), null);
                }
                case CASE -> {
                    return false;
                }
            }
        } catch (ValidationException e) {
            errors.show(e);
            return false;
        }
        owner.written();
        return true;
    }

    private void write() {
        var s = owner.service();
        switch (kind) {
            case WEIGHT -> {
                String typed = text("weight").get().strip();
                s.setTaskWeight(product.taskId(), typed.isEmpty() ? null : number("weight"));
            }
            case QUALITY -> s.markQuality(product.occurrenceId(), whole("failedAssessments"), text("reason").get());
            case EXEMPT_QUALITY -> s.exemptQuality(product.occurrenceId(), typedExemption());
            case EXEMPT_DELAY -> s.exemptDelay(product.occurrenceId(), typedExemption());
            case GENERAL -> {
                if (person == null) {
                    throw ValidationException.of("", "evaluation.ui.error.nobodyChosen");
                }
                s.saveGeneral(person.staffId(), owner.period(), criteria());
            }
            case CASE -> {
                if (person == null) {
                    throw ValidationException.of("", "evaluation.ui.error.nobodyChosen");
                }
                s.addCase(person.staffId(), owner.period().year(), text("description").get(), text("reference").get());
            }
        }
    }

    private Exemption typedExemption() {
        return new Exemption(text("reason").get(), text("confirmedBy").get(), date.get());
    }

    private GeneralCriteria criteria() {
        List<FieldError> bad = new ArrayList<>();
        double[] v = new double[CRITERIA.size()];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = number(CRITERIA.get(i));
            } catch (ValidationException e) {
                bad.addAll(e.errors());
            }
        }
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
        return new GeneralCriteria(v[0], v[1], v[2], v[3], v[4], v[5], text("note").get(), text("assessedBy").get(),
                date.get());
    }

    /** The number typed in {@code field}, with a comma or a point ("1,5"). */
    private double number(String field) {
        String s = text(field).get() == null ? "" : text(field).get().strip().replace(',', '.');
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "evaluation.ui.error.number");
        }
    }

    private int whole(String field) {
        String s = text(field).get() == null ? "" : text(field).get().strip();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "evaluation.ui.error.whole");
        }
    }

    /** The product the form is of (null for the general criteria and a legal case). */
    public Product product() {
        return product;
    }

    /** The period the general criteria are of. */
    EvaluationPeriod period() {
        return owner.period();
    }
}
