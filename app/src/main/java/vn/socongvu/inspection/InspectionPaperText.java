package vn.socongvu.inspection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.socongvu.directory.Staff;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;

/** The phrases the decision and the report of an inspection share: whom it inspects, its team, its time. */
final class InspectionPaperText {
    private InspectionPaperText() {
    }

    /**
     * The units and persons inspected, in one phrase ("Trung tâm …; Trần Quốc Việt (Phòng …)"): a person of a unit
     * inspected as a whole is inspected with it, and not named again.
     */
    static String subjects(Inspection i, Function<Long, String> unitName) {
        Set<String> s = new LinkedHashSet<>();
        i.unitIds().forEach(u -> s.add(unitName.apply(u)));
        Set<String> units = Set.copyOf(s);
        i.persons().stream().filter(p -> p.unitName() == null || !units.contains(p.unitName()))
                .forEach(p -> s.add(p.unitName() == null ? p.fullName()
                        : Messages.get("inspection.doc.personAt", p.fullName(), p.unitName())));
        return String.join("; ", s);
    }

    /** The team, leader first: "Phạm Thu Hà, Phó Chủ tịch UBND xã - Trưởng đoàn", then each member. */
    static List<String> team(Inspection i, Function<Long, Staff> staff) {
        List<String> out = new ArrayList<>();
        Staff leader = i.leaderId() == null ? null : staff.apply(i.leaderId());
        if (leader != null) {
            out.add(Messages.get("inspection.paper.leader", leader.fullName(), post(leader)));
        }
        for (Inspection.Member m : i.members()) {
            String body = m.body();
            if ((body == null || body.isBlank()) && m.staffId() != null) {
                Staff s = staff.apply(m.staffId());
                body = s == null ? null : post(s);
            }
            out.add(body == null || body.isBlank() ? Messages.get("inspection.paper.memberNoPost", m.fullName())
                    : Messages.get("inspection.paper.member", m.fullName(), body));
        }
        return out;
    }

    /** "Chuyên viên, Văn phòng HĐND và UBND xã"; the post alone when it already names the unit or the commune. */
    static String post(Staff s) {
        String title = s.jobTitle() == null ? "" : s.jobTitle().strip();
        if (title.isEmpty()) {
            return s.unitName();
        }
        if (s.unitName() == null || title.contains(s.unitName()) || title.toLowerCase(Messages.VI).contains(" xã")) {
            return title;
        }
        return title + ", " + s.unitName();
    }

    /** "Thời gian kiểm tra: ngày 16/11/2026." or "… từ ngày 16/11/2026 đến ngày 18/11/2026.". */
    static String time(Inspection i) {
        return i.startsOn().equals(i.endsOn())
                ? Messages.get("inspection.paper.timeOneDay", VnFormat.date(i.startsOn()))
                : Messages.get("inspection.paper.timeDays", VnFormat.date(i.startsOn()), VnFormat.date(i.endsOn()));
    }
}
