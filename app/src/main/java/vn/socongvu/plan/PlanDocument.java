package vn.socongvu.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.Signer;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.text.VnFormat;

/**
 * A plan as a KẾ HOẠCH document, laid out like the commune plans in shared/samples: I. Mục đích, yêu cầu;
 * II. Chỉ tiêu; the plan's own sections and tasks (keeping their numbering); and a last section, Tổ chức
 * thực hiện, with the table of assignments (lead unit, cooperating units, deadline).
 */
public final class PlanDocument {
    private static final Pattern KIND_WORD = Pattern.compile("kế\\s+hoạch(\\s+|[:,.\\-–]\\s*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PlanDocument() {
    }

    public static OfficialDocument build(Plan plan, List<Target> targets, List<Task> tasks, CommuneIdentity identity,
                                         Signer signer, Function<Long, String> unitName, WorkCalendar calendar) {
        List<Block> body = new ArrayList<>();
        if (plan.purposes() != null && !plan.purposes().isBlank()) {
            body.add(Block.Heading.of(1, Messages.get("plan.doc.purposes")));
            for (String line : PlanRepository.lines(plan.purposes())) {
                body.add(Block.Paragraph.of(line));
            }
        }
        if (!targets.isEmpty()) {
            body.add(Block.Heading.of(1, Messages.get("plan.doc.targets")));
            for (Target t : targets) {
                body.add(Block.Paragraph.bullet(DocumentText.sentence(t.description())));
            }
        }
        // A plan whose top sections are numbered I., II. … keeps them as the document's sections; otherwise
        // its tree goes under a section "Nội dung thực hiện", its groups becoming 1., 2. … as in the samples.
        boolean romanTop = tasks.stream().filter(t -> t.parentId() == null && t.group())
                .anyMatch(t -> t.label() != null && t.label().strip().matches("[IVXLC]+\\.?"));
        int offset = romanTop ? 1 : 2;
        if (!tasks.isEmpty() && !romanTop) {
            body.add(Block.Heading.of(1, Messages.get("plan.doc.content")));
        }
        Map<Long, Integer> depth = new HashMap<>();
        List<List<String>> assignments = new ArrayList<>();
        for (Task t : tasks) {
            int d = t.parentId() == null ? 0 : depth.getOrDefault(t.parentId(), 0) + 1;
            depth.put(t.id(), d);
            if (t.group()) {
                body.add(new Block.Heading(Math.min(3, d + offset), t.label(), t.content()));
            } else {
                body.add(Block.Paragraph.labelled(t.label() == null ? "-" : t.label(), DocumentText.sentence(t.content())));
                assignments.add(List.of(Integer.toString(assignments.size() + 1), t.content(),
                        t.leadUnitId() == null ? "" : unitName.apply(t.leadUnitId()),
                        String.join("; ", t.cooperatingUnitIds().stream().map(unitName).toList()), deadline(t, calendar)));
            }
        }
        if (!assignments.isEmpty()) {
            body.add(Block.Heading.of(1, Messages.get("plan.doc.organisation")));
            body.add(Block.Paragraph.of(Messages.get("plan.doc.assignmentsIntro")));
            body.add(new Block.Table(List.of(Block.Column.number(Messages.get("plan.doc.col.no"), 6),
                    Block.Column.text(Messages.get("plan.doc.col.content"), 40),
                    Block.Column.text(Messages.get("plan.doc.col.lead"), 20),
                    Block.Column.text(Messages.get("plan.doc.col.cooperating"), 18),
                    Block.Column.number(Messages.get("plan.doc.col.deadline"), 16)), assignments, false));
        }
        // "Trên đây là Kế hoạch kiểm tra …", never "Kế hoạch Kế hoạch …" for a trích yếu written with the word.
        // Inside the sentence the trích yếu's capital goes: "Trên đây là Kế hoạch chấn chỉnh lề lối …".
        body.add(Block.Paragraph.of(Messages.get("plan.doc.closing", DocumentText.lowerFirst(
                repeatsKindWord(plan.title()) ? withoutKindWord(plan.title()) : plan.title()))));
        return new OfficialDocument(DocumentKind.KE_HOACH, DocumentRegister.ISSUER_CODE, plan.number(), plan.issuedOn(),
                OfficialDocument.Issuer.of(identity), plan.title(), plan.legalBases(), body, plan.recipients(),
                signer == null ? null : Signature.of(signer), null);
    }

    /** Whether a trích yếu starts with the word "Kế hoạch" the document's heading (KẾ HOẠCH) already says. */
    public static boolean repeatsKindWord(String title) {
        return title != null && KIND_WORD.matcher(DocumentText.nfc(title).strip()).lookingAt();
    }

    /** The trích yếu without a leading "Kế hoạch", its first letter capital: "Kiểm tra công vụ năm 2026". */
    public static String withoutKindWord(String title) {
        if (!repeatsKindWord(title)) {
            return title;
        }
        String rest = KIND_WORD.matcher(DocumentText.nfc(title).strip()).replaceFirst("").strip();
        return rest.isEmpty() ? title : rest.substring(0, 1).toUpperCase(Messages.VI) + rest.substring(1);
    }

    /**
     * "15/12/2026", or "Thường xuyên", "Hằng quý" … for a recurring task. A deadline written on a day off is shown
     * as the working day it is held to (the day its occurrence is due: Nhiệm vụ and the report show the same).
     */
    public static String deadline(Task t, WorkCalendar calendar) {
        return t.recurrence() != Recurrence.NONE ? t.recurrence().label()
                : VnFormat.date(t.deadline() == null ? null : calendar.onOrNextWorkingDay(t.deadline()));
    }
}
