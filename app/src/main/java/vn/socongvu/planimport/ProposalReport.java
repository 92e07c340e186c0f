package vn.socongvu.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.Target;
import vn.socongvu.task.Recurrence;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * A proposal as the command line prints it: readable Vietnamese text, or JSON whose shape the README documents
 * (plan fields with their confidence, legal bases, targets, recipients, the task tree with each task's numbering,
 * text, lead unit, cooperating units, deadline or recurrence).
 */
public final class ProposalReport {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ProposalReport() {
    }

    /** "(?)" for a guess, "(~)" for a likely reading, nothing for a sure one. */
    static String mark(Confidence c) {
        return switch (c) {
            case HIGH -> "";
            case MEDIUM -> " (~)";
            case LOW -> " (?)";
        };
    }

    private static <T> String shown(Proposed<T> p) {
        if (!p.found()) {
            return Messages.get("planImport.text.none");
        }
        Object v = p.value() instanceof LocalDate d ? VnFormat.date(d) : p.value();
        return v + mark(p.confidence());
    }

    public static String schedule(Schedule s) {
        if (s.recurrence() == Recurrence.NONE) {
            return s.deadline() == null ? Messages.get("planImport.text.none") : VnFormat.date(s.deadline());
        }
        return s.recurrence().label();
    }

    public static String unit(UnitRef u) {
        return u.isNew() ? Messages.get("planImport.text.newUnit", u.unitName()) : u.unitName();
    }

    public static String text(PlanProposal p) {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(Messages.get("planImport.text.header", shown(p.title()))).append(nl);
        b.append(Messages.get("planImport.text.fields", shown(p.number()), shown(p.date()), shown(p.place()),
                p.year().found() ? p.year().value() + mark(p.year().confidence()) : shown(p.year()))).append(nl);
        b.append(Messages.get("planImport.text.issuer", shown(p.issuer()))).append(nl);
        b.append(Messages.get("planImport.text.signer", shown(p.signerTitle()), shown(p.signer()))).append(nl);
        b.append(Messages.get("planImport.text.bases", p.legalBases().size())).append(nl);
        p.legalBases().forEach(x -> b.append("  - ").append(x.value()).append(nl));
        b.append(Messages.get("planImport.text.targets", p.targets().size())).append(nl);
        for (ProposedTarget t : p.targets()) {
            b.append("  - ").append(goal(t)).append(": ").append(t.description()).append(mark(t.confidence())).append(nl);
        }
        List<ProposedTask> all = PlanImporter.allTasks(p);
        long leaves = p.leafTasks().size();
        b.append(Messages.get("planImport.text.tasks", leaves, all.size() - leaves)).append(nl);
        for (ProposedTask s : p.sections()) {
            task(b, s, "", nl);
        }
        if (!p.unplaced().isEmpty()) {
            b.append(Messages.get("planImport.text.unplaced", p.unplaced().size())).append(nl);
            for (Unplaced u : p.unplaced()) {
                // Numbered from 1 as a reader counts; the JSON's "paragraph" is the index, from 0.
                b.append("  - ").append(Messages.get("planImport.text.unplacedLine", String.valueOf(u.paragraph() + 1),
                        u.text(), Messages.get(u.reason()))).append(nl);
            }
        }
        b.append(Messages.get("planImport.text.recipients", p.recipients().size())).append(nl);
        p.recipients().forEach(x -> b.append("  - ").append(x.value()).append(nl));
        List<String> fresh = newUnits(p);
        if (!fresh.isEmpty()) {
            b.append(Messages.get("planImport.text.newUnits", String.join(", ", fresh))).append(nl);
        }
        b.append(Messages.get("planImport.text.legend")).append(nl);
        return b.toString();
    }

    private static String goal(ProposedTarget t) {
        return new Target(0, 0, 0, t.description(), t.comparison(), t.value(), t.unit(), t.measure()).goal();
    }

    private static void task(StringBuilder b, ProposedTask t, String indent, String nl) {
        String label = t.label() == null || t.label().isEmpty() ? "" : t.label() + " ";
        String text = t.text().isEmpty() && t.unitHeading() != null ? t.unitHeading() : t.text();
        b.append(indent).append(label).append(text).append(nl);
        if (!t.isGroup()) {
            String pad = indent + "    ";
            if (!t.expectedResult().isBlank()) {
                b.append(pad).append(Messages.get("planImport.text.expectedResult", t.expectedResult())).append(nl);
            }
            b.append(pad).append(Messages.get("planImport.text.lead", t.lead().found()
                    ? unit(t.lead().value()) + mark(t.lead().confidence()) : Messages.get("planImport.text.none")));
            if (!t.cooperating().isEmpty()) {
                b.append(" · ").append(Messages.get("planImport.text.cooperating",
                        String.join(", ", t.cooperating().stream().map(ProposalReport::unit).toList())));
            }
            b.append(" · ").append(Messages.get("planImport.text.schedule", t.schedule().found()
                    ? schedule(t.schedule().value()) + mark(t.schedule().confidence())
                    : Messages.get("planImport.text.none"))).append(nl);
        }
        for (ProposedTask c : t.children()) {
            task(b, c, indent + "  ", nl);
        }
    }

    /** What saving did, in two sentences: the counts, and whether the plan went into the register or is a draft. */
    public static List<String> saved(PlanImporter.Saved saved, Plan plan) {
        return List.of(Messages.get("planImport.saved", plan.title(), saved.tasks(), saved.groups(), saved.targets(),
                saved.newUnits()), saved.registered() ? Messages.get("planImport.savedIssued", plan.number())
                : Messages.get("planImport.savedDraft"));
    }

    /** The names of the units the proposal would add to the directory, each once. */
    public static List<String> newUnits(PlanProposal p) {
        List<String> out = new ArrayList<>();
        for (ProposedTask t : PlanImporter.allTasks(p)) {
            t.unitsNamed().stream().filter(UnitRef::isNew).map(UnitRef::unitName)
                    .filter(n -> out.stream().noneMatch(o -> VnText.fold(o)
                            .equals(VnText.fold(n)))).forEach(out::add);
        }
        return out;
    }

    public static String json(PlanProposal p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", field(p.number()));
        m.put("date", field(p.date()));
        m.put("place", field(p.place()));
        m.put("year", field(p.year()));
        m.put("issuer", field(p.issuer()));
        m.put("title", field(p.title()));
        m.put("signerTitle", field(p.signerTitle()));
        m.put("signer", field(p.signer()));
        m.put("legalBases", p.legalBases().stream().map(Proposed::value).toList());
        m.put("targets", p.targets().stream().map(t -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("description", t.description());
            x.put("comparison", t.comparison().name());
            x.put("value", t.value());
            x.put("unit", t.unit());
            x.put("measure", t.measure().name());
            x.put("confidence", t.confidence().name());
            x.put("paragraph", t.source());
            return x;
        }).toList());
        m.put("recipients", p.recipients().stream().map(Proposed::value).toList());
        m.put("newUnits", newUnits(p));
        m.put("tasks", p.sections().stream().map(ProposalReport::taskJson).toList());
        m.put("unplaced", p.unplaced().stream().map(u -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("paragraph", u.paragraph());
            x.put("text", u.text());
            x.put("reason", u.reason());
            return x;
        }).toList());
        return JSON.writeValueAsString(m);
    }

    private static Map<String, Object> field(Proposed<?> p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("value", p.value() == null ? null : p.value().toString());
        x.put("confidence", p.found() ? p.confidence().name() : null);
        x.put("paragraph", p.source());
        return x;
    }

    private static Map<String, Object> unitJson(UnitRef u, Confidence c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("name", u.unitName());
        x.put("asWritten", u.mention());
        x.put("unitId", u.unitId());
        x.put("new", u.isNew());
        x.put("match", u.match().name());
        if (c != null) {
            x.put("confidence", c.name());
        }
        return x;
    }

    private static Map<String, Object> taskJson(ProposedTask t) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("label", t.label());
        x.put("text", t.text());
        x.put("group", t.isGroup());
        x.put("unitHeading", t.unitHeading());
        x.put("paragraph", t.source());
        if (!t.isGroup()) {
            x.put("expectedResult", t.expectedResult());
            x.put("lead", t.lead().found() ? unitJson(t.lead().value(), t.lead().confidence()) : null);
            x.put("cooperating", t.cooperating().stream().map(u -> unitJson(u, null)).toList());
            Schedule s = t.schedule().value();
            x.put("recurrence", s == null ? null : s.recurrence().name());
            x.put("deadline", s == null || s.deadline() == null ? null : s.deadline().toString());
            x.put("scheduleText", s == null ? null : s.phrase());
            x.put("scheduleConfidence", t.schedule().found() ? t.schedule().confidence().name() : null);
        } else {
            x.put("children", t.children().stream().map(ProposalReport::taskJson).toList());
        }
        return x;
    }
}
