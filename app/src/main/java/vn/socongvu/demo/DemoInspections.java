package vn.socongvu.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.DisciplineRules;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionItem;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.inspection.Severity;
import vn.socongvu.settings.WorkCalendar;

/**
 * A year of public-service inspections: scheduled, surprise and (more each year) online ones, mostly clean; some
 * violations, nearly all minor and handled in-house, a few disciplined; remediations mostly verified in time, a few
 * weeks late, none left open more than a couple of months; held a morning or an afternoon at the unit's seat (or the
 * one-stop desk); a handful of habitual offenders so that repeats show. The team comes from the office and the
 * department in charge of internal affairs, never from the unit it inspects; what was seen is written under
 * the content of the catalogue it belongs to; the findings say, content by content, what the record's table shows.
 */
final class DemoInspections {
    /**
     * For each content of the catalogue (V6), by its name: how often it is the one broken (out of the weights of the
     * contents checked), the findings' sentence when all was in order, the one when someone was caught, and what
     * may be written of a violation of it.
     */
    static final Map<String, Seen> SEEN = new LinkedHashMap<>();
    private static final String[] PLACES = {"tại %s", "việc chấp hành kỷ luật, kỷ cương hành chính tại %s",
        "việc giải quyết hồ sơ thủ tục hành chính tại %s"};
    private static final String[] EXPLANATIONS = {"Nhận thức chưa đầy đủ về quy định", "Không có ý kiến giải trình"};
    /** A remediation is verified within this many days of its deadline at the latest, unless still recent. */
    static final int MAX_OPEN_DAYS = 60;
    /** Where the one-stop desk works: an inspection of the handling of files is held there. */
    static final String DESK = "Bộ phận Tiếp nhận và trả kết quả";

    static {
        seen("Chấp hành thời giờ làm việc (đi muộn, về sớm, bỏ vị trí)", 28,
                "Cán bộ, công chức có mặt đầy đủ, đúng giờ tại vị trí làm việc.",
                "Về thời giờ làm việc, còn trường hợp đi muộn hoặc rời vị trí làm việc không báo cáo.",
                "Đến cơ quan muộn 30 phút", "Rời vị trí làm việc không báo cáo", "Về trước giờ quy định");
        seen("Đeo thẻ cán bộ, công chức, viên chức", 22,
                "Cán bộ, công chức đeo thẻ đúng quy định khi thực thi công vụ.",
                "Còn trường hợp không đeo thẻ khi thực thi công vụ.",
                "Không đeo thẻ khi tiếp công dân", "Đeo thẻ của người khác");
        seen("Trang phục, văn hóa công sở", 10,
                "Trang phục gọn gàng, lịch sự; phòng làm việc sắp xếp ngăn nắp.",
                "Về trang phục, văn hóa công sở, còn trường hợp chưa thực hiện đúng quy định.",
                "Mặc trang phục không lịch sự khi tiếp công dân", "Không mặc trang phục theo quy định tại Bộ phận một cửa");
        seen("Sử dụng rượu, bia, đồ uống có cồn trong giờ làm việc", 2,
                "Không phát hiện trường hợp sử dụng rượu, bia trong giờ làm việc.",
                "Phát hiện trường hợp sử dụng rượu, bia trong giờ nghỉ trưa của ngày làm việc.",
                "Uống rượu, bia trong giờ nghỉ trưa ngày làm việc");
        seen("Đánh bạc, tham gia cờ bạc", 1,
                "Không có phản ánh về việc tham gia cờ bạc.",
                "Có trường hợp tham gia đánh bạc đã bị cơ quan chức năng phát hiện.",
                "Tham gia đánh bài ăn tiền ngoài giờ làm việc");
        seen("Sử dụng mạng xã hội, làm việc riêng trong giờ làm việc", 15,
                "Không phát hiện trường hợp làm việc riêng trong giờ làm việc.",
                "Còn trường hợp sử dụng mạng xã hội, làm việc riêng trong giờ làm việc.",
                "Sử dụng mạng xã hội việc riêng trong giờ làm việc", "Chơi trò chơi điện tử trong giờ làm việc");
        seen("Giải quyết hồ sơ thủ tục hành chính đúng hạn", 10,
                "Hồ sơ thủ tục hành chính được tiếp nhận, giải quyết đúng quy trình; sổ theo dõi cập nhật đầy đủ.",
                "Còn hồ sơ thủ tục hành chính giải quyết chưa đúng quy định.",
                "Hồ sơ quá hạn 3 ngày chưa có văn bản xin lỗi người dân",
                "Yêu cầu người dân bổ sung giấy tờ không đúng quy định");
        seen("Thái độ, tác phong khi giao tiếp với người dân", 6,
                "Thái độ giao tiếp với người dân hòa nhã, tận tình.",
                "Có phản ánh về thái độ chưa đúng mực khi giao tiếp với người dân.",
                "Trả lời người dân thiếu hòa nhã, không hướng dẫn đầy đủ",
                "Để người dân chờ lâu không có lý do chính đáng");
        seen("Thực hiện nhiệm vụ được giao, quy chế làm việc", 6,
                "Các nhiệm vụ được giao cơ bản thực hiện đúng tiến độ, đúng quy chế làm việc.",
                "Còn nhiệm vụ được giao chậm tiến độ, chưa báo cáo kết quả đúng hạn.",
                "Chậm triển khai nhiệm vụ được giao, không báo cáo kết quả đúng hạn",
                "Không cập nhật hồ sơ công việc trên hệ thống quản lý văn bản theo quy chế");
    }

    private final InspectionService inspections;
    private final Random rnd;
    private final WorkCalendar cal;

    DemoInspections(InspectionService inspections, Random rnd, WorkCalendar cal) {
        this.inspections = inspections;
        this.rnd = rnd;
        this.cal = cal;
    }

    /** See {@link #SEEN}. */
    record Seen(int weight, String inOrder, String caught, String... descriptions) {
    }

    private static void seen(String item, int weight, String inOrder, String caught, String... descriptions) {
        SEEN.put(item, new Seen(weight, inOrder, caught, descriptions));
    }

    /** A decision of the year waiting for its QĐ number, which follows the dates like the register's. */
    private record Decision(LocalDate on, Consumer<String> number) {
    }

    /** An inspection of the year, made before the year's decisions are numbered and saved after. */
    private static final class Planned {
        Inspection.Draft draft;
        boolean numbered;
    }

    /**
     * One year's inspections up to {@code today}; the records and notices join the year's register.
     * @param people the staff as the demo made them (people 1 and 2 are the vice-chairmen)
     * @param signerId who signs the notices
     * @return how many inspections were made
     */
    int year(int year, int count, List<Staff> people, List<InspectionItem> items, long signerId,
             LocalDate today, double progress, DemoRegister register) {
        List<Staff> vices = people.subList(1, 3);
        // The team: công chức of the office and of the department that handles internal affairs.
        List<Staff> team = people.stream().filter(p -> (p.unitName().startsWith("Văn phòng")
                || p.unitName().startsWith("Phòng Văn hóa")) && p.category() == StaffCategory.CONG_CHUC).toList();
        List<Staff> inspected = people.stream().filter(p -> p.active() && !p.unitName().startsWith("Lãnh đạo")).toList();
        // A few people are caught more than once: repeats should show in the record.
        List<Staff> habitual = new ArrayList<>();
        for (int i = 0; i < 4 && !inspected.isEmpty(); i++) {
            habitual.add(inspected.get(new Random(year / 3 + i).nextInt(inspected.size())));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = cal.onOrNextWorkingDay(LocalDate.of(year, 1, 1)
                    .plusDays(rnd.nextInt(LocalDate.of(year, 1, 1).lengthOfYear())));
            if (day.getYear() == year && day.isBefore(today)) {
                days.add(day);
            }
        }
        days.sort(null);
        List<Planned> planned = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (LocalDate day : days) {
            double k = rnd.nextDouble();
            double online = 0.08 + 0.25 * progress;
            InspectionKind kind = k < online ? InspectionKind.ONLINE : k < online + 0.4 ? InspectionKind.SURPRISE
                    : InspectionKind.SCHEDULED;
            boolean usual = rnd.nextInt(5) == 0 && !habitual.isEmpty();
            Staff target = usual ? habitual.get(rnd.nextInt(habitual.size())) : inspected.get(rnd.nextInt(inspected.size()));
            List<Staff> colleagues = inspected.stream().filter(p -> p.unitId() == target.unitId()).toList();
            List<Long> personIds = new ArrayList<>();
            if (kind != InspectionKind.ONLINE) {
                personIds.add(target.id());
                for (int i = rnd.nextInt(Math.min(3, colleagues.size())); i > 0; i--) {
                    long id = colleagues.get(rnd.nextInt(colleagues.size())).id();
                    if (!personIds.contains(id)) {
                        personIds.add(id);
                    }
                }
            }
            Staff leader = vices.get(rnd.nextInt(vices.size()));
            List<Staff> eligible = team.stream().filter(m -> m.unitId() != target.unitId()).toList();
            List<Inspection.Member> members = new ArrayList<>();
            for (int i = 0; i < 1 + rnd.nextInt(2) && !eligible.isEmpty(); i++) {
                Staff m = eligible.get(rnd.nextInt(eligible.size()));
                if (members.stream().noneMatch(x -> x.staffId() == m.id()) && m.id() != leader.id()) {
                    members.add(new Inspection.Member(m.id(), m.fullName(), m.jobTitle() + ", " + m.unitName()));
                }
            }
            List<InspectionItem> checked = new ArrayList<>();
            int from = kind == InspectionKind.ONLINE ? 5 : 0;
            for (int i = from; i < items.size() && checked.size() < 6; i++) {
                if (kind == InspectionKind.ONLINE || rnd.nextInt(3) > 0) {
                    checked.add(items.get(i));
                }
            }
            if (checked.isEmpty()) {
                checked.add(items.get(from));
            }
            List<Inspection.Check> checks = checked.stream().map(c -> new Inspection.Check(c.id(), c.name(), null))
                    .toList();
            List<Inspection.Violation> violations = new ArrayList<>();
            List<Integer> formal = new ArrayList<>();
            if (!personIds.isEmpty() && rnd.nextInt(100) < (usual ? 60 : 14)) {
                List<Long> caught = new ArrayList<>(List.of(target.id()));
                if (personIds.size() > 1 && rnd.nextInt(4) == 0) {
                    caught.add(personIds.get(1));
                }
                for (long id : caught) {
                    Staff who = people.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
                    Inspection.Violation v = violation(who, checked, day, today, year);
                    if (v.decided() != null && !v.decided().inHouse()) {
                        formal.add(violations.size());
                    }
                    violations.add(v);
                }
            }
            String unitName = target.unitName();
            String title = "Kiểm tra công vụ " + (kind == InspectionKind.SURPRISE ? "đột xuất "
                    : kind == InspectionKind.ONLINE ? "trên môi trường số " : "") + PLACES[rnd.nextInt(PLACES.length)]
                    .formatted(unitName);
            LocalDate decided = day;
            if (kind == InspectionKind.SCHEDULED) {
                decided = day.minusDays(2 + rnd.nextInt(3));
                while (!cal.isWorkingDay(decided)) {
                    decided = decided.minusDays(1);
                }
            }
            if (decided.getYear() != year) {
                decided = day;
            }
            // A morning (7:30–11:00) or an afternoon (13:30–16:30) at the unit, one to two hours long; drawn apart
            // from the demo's sequence, which the rest of the demo (and its gallery) follows.
            Random hours = new Random(day.toEpochDay() * 31 + target.id());
            boolean morning = hours.nextInt(10) < 7;
            LocalTime start = (morning ? LocalTime.of(7, 30) : LocalTime.of(13, 30)).plusMinutes(30L * hours.nextInt(4));
            LocalTime end = start.plusMinutes(60 + 30L * hours.nextInt(2));
            String place = place(kind, unitName, checked);
            Planned p = new Planned();
            p.draft = new Inspection.Draft(null, kind, title, null, decided, day, day, leader.id(),
                    findings(checked, violations), violations.isEmpty()
                    ? "Đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính; đề nghị tiếp tục duy trì."
                    : "Yêu cầu đơn vị chấn chỉnh, khắc phục ngay các tồn tại đã chỉ ra; cá nhân vi phạm nghiêm túc kiểm điểm.",
                    signerId, members, List.of(target.unitId()), personIds, checks, violations, start, end, place,
                    personIds.size() > 2 ? 3 : Inspection.DEFAULT_COPIES);
            p.numbered = day.isBefore(today.minusDays(3));
            planned.add(p);
            decisions.add(new Decision(decided, n -> p.draft = withDecisionNumber(p.draft, n)));
            for (int index : formal) {
                decisions.add(new Decision(violations.get(index).decisionDate(),
                        n -> p.draft = withViolationNumber(p.draft, index, n)));
            }
        }
        // The year's decisions (the teams' and the disciplinary ones) in date order, other decisions between them.
        decisions.sort(Comparator.comparing(Decision::on));
        int number = 5 + rnd.nextInt(20);
        for (Decision d : decisions) {
            number += 1 + rnd.nextInt(4);
            d.number().accept(number + "/QĐ-UBND");
        }
        for (Planned p : planned) {
            long id = inspections.save(p.draft).id();
            if (p.numbered) {
                register.add(DocumentKind.BIEN_BAN, p.draft.endsOn().atTime(17, 0),
                        n -> inspections.number(id, DocumentKind.BIEN_BAN, n));
                if (!p.draft.violations().isEmpty()) {
                    register.add(DocumentKind.THONG_BAO, p.draft.endsOn().atTime(17, 0),
                            n -> inspections.number(id, DocumentKind.THONG_BAO, n));
                }
            }
        }
        return days.size();
    }

    /**
     * Where the team sat: the one-stop desk for the handling of files at the centre; the unit's own seat for the
     * police, the military command and the centres; the committee's seat for the office and departments housed
     * there, and for an online inspection (made from the office through the systems).
     */
    static String place(InspectionKind kind, String unitName, List<InspectionItem> checked) {
        if (kind == InspectionKind.ONLINE) {
            return "Trụ sở Ủy ban nhân dân xã";
        }
        boolean files = checked.stream().anyMatch(c -> c.name().startsWith("Giải quyết hồ sơ"));
        if (unitName.startsWith("Trung tâm Phục vụ") && files) {
            return DESK;
        }
        return unitName.startsWith("Văn phòng") || unitName.startsWith("Phòng") ? "Trụ sở Ủy ban nhân dân xã"
                : "Trụ sở " + unitName;
    }

    /** Content by content, what was found: in order, or (once per content) that someone was caught. */
    private static String findings(List<InspectionItem> checked, List<Inspection.Violation> violations) {
        List<String> out = new ArrayList<>();
        for (InspectionItem item : checked) {
            Seen s = SEEN.get(item.name());
            if (s == null) {
                continue;
            }
            boolean caught = violations.stream().anyMatch(v -> v.itemId() != null && v.itemId() == item.id());
            out.add(caught ? s.caught() : s.inOrder());
        }
        return out.isEmpty() ? null : String.join(" ", out);
    }

    private static Inspection.Draft withDecisionNumber(Inspection.Draft d, String number) {
        return new Inspection.Draft(d.id(), d.kind(), d.title(), number, d.decisionDate(), d.startsOn(), d.endsOn(),
                d.leaderId(), d.findings(), d.conclusion(), d.noticeSignerId(), d.members(), d.unitIds(),
                d.personIds(), d.checks(), d.violations(), d.startTime(), d.endTime(), d.place(), d.copies());
    }

    private static Inspection.Draft withViolationNumber(Inspection.Draft d, int index, String number) {
        List<Inspection.Violation> vs = new ArrayList<>(d.violations());
        Inspection.Violation v = vs.get(index);
        vs.set(index, new Inspection.Violation(v.id(), v.staffId(), v.fullName(), v.category(), v.leader(), v.unitId(),
                v.unitName(), v.itemId(), v.content(), v.description(), v.severity(), v.explanation(), v.proposed(),
                v.decided(), number, v.decisionDate(), v.remediationDeadline(), v.remediatedOn(), v.remediationTaskId()));
        return new Inspection.Draft(d.id(), d.kind(), d.title(), d.decisionNumber(), d.decisionDate(), d.startsOn(),
                d.endsOn(), d.leaderId(), d.findings(), d.conclusion(), d.noticeSignerId(), d.members(), d.unitIds(),
                d.personIds(), d.checks(), vs, d.startTime(), d.endTime(), d.place(), d.copies());
    }

    /**
     * A violation of one of the contents checked, drawn by how often each is broken. An in-house step (nhắc nhở,
     * phê bình, kiểm điểm) is decided on the day, so the notice of the conclusion says it; a disciplinary measure
     * follows weeks later by a decision (numbered with the year's decisions), or is still to come.
     */
    Inspection.Violation violation(Staff who, List<InspectionItem> checked, LocalDate day, LocalDate today,
                                   int year) {
        int total = checked.stream().mapToInt(i -> weight(i.name())).sum();
        InspectionItem item = checked.get(0);
        if (total > 0) {
            int r = rnd.nextInt(total);
            for (InspectionItem i : checked) {
                r -= weight(i.name());
                if (r < 0) {
                    item = i;
                    break;
                }
            }
        }
        Seen seen = SEEN.get(item.name());
        String description = seen == null ? null : seen.descriptions()[rnd.nextInt(seen.descriptions().length)];
        int s = rnd.nextInt(100);
        Severity severity = s < 85 ? Severity.MINOR : s < 97 ? Severity.SERIOUS : Severity.VERY_SERIOUS;
        List<DisciplineMeasure> allowed = DisciplineRules.allowed(who.category(), who.leader(), day);
        DisciplineMeasure proposed = severity == Severity.MINOR
                ? (rnd.nextBoolean() ? DisciplineMeasure.REMINDER : DisciplineMeasure.CRITICISM)
                : severity == Severity.SERIOUS ? DisciplineMeasure.SELF_CRITICISM
                : allowed.contains(DisciplineMeasure.REPRIMAND) ? DisciplineMeasure.REPRIMAND
                : DisciplineMeasure.SELF_CRITICISM;
        LocalDate decisionDay = day;
        if (!proposed.inHouse()) {
            decisionDay = cal.onOrNextWorkingDay(day.plusDays(10 + rnd.nextInt(20)));
            if (decisionDay.getYear() != year) {
                decisionDay = LocalDate.of(year, 12, 31);
                while (!cal.isWorkingDay(decisionDay)) {
                    decisionDay = decisionDay.minusDays(1);
                }
            }
        }
        boolean decidedYet = decisionDay.isBefore(today);
        DisciplineMeasure decided = decidedYet ? proposed : null;
        LocalDate deadline = rnd.nextInt(10) < 6 ? cal.onOrNextWorkingDay(day.plusDays(7 + rnd.nextInt(14))) : null;
        LocalDate remediated = null;
        if (deadline != null) {
            // Nine in ten in time (one in eight of those a few days late); the rest weeks late, or still open only
            // while the deadline is recent: none stays open past MAX_OPEN_DAYS.
            boolean inTime = rnd.nextInt(10) < 9;
            LocalDate d = null;
            if (inTime) {
                d = rnd.nextInt(8) == 0 ? cal.onOrNextWorkingDay(deadline.plusDays(1 + rnd.nextInt(6)))
                        : deadline.minusDays(rnd.nextInt(6));
            } else if (deadline.isBefore(today.minusDays(MAX_OPEN_DAYS - 15))) {
                int weeks = new Random(deadline.toEpochDay() * 31 + who.id()).nextInt(MAX_OPEN_DAYS - 30);
                d = cal.onOrNextWorkingDay(deadline.plusDays(15 + weeks));
            }
            if (d != null) {
                while (!cal.isWorkingDay(d)) {
                    d = d.minusDays(1);
                }
                if (d.isBefore(day)) {
                    d = day;
                }
                remediated = d.isBefore(today) ? d : null;
            }
        }
        return new Inspection.Violation(null, who.id(), null, null, false, who.unitId(), null, item.id(), item.name(),
                description, severity, explanation(item.name()),
                proposed, decided, null, decided == null ? null : decisionDay, deadline, remediated, null);
    }

    /** What the person said, fitting what was seen. */
    private String explanation(String item) {
        String own = item.startsWith("Đeo thẻ") ? "Quên thẻ ở nhà"
                : item.startsWith("Chấp hành thời giờ") ? "Đi giải quyết việc gia đình đột xuất"
                : item.startsWith("Giải quyết hồ sơ") || item.startsWith("Thực hiện nhiệm vụ")
                ? "Khối lượng hồ sơ lớn, chưa kịp xử lý" : null;
        int r = rnd.nextInt(3);
        return own != null && r > 0 ? own : EXPLANATIONS[r % EXPLANATIONS.length];
    }

    private static int weight(String item) {
        Seen s = SEEN.get(item);
        return s == null ? 0 : s.weight();
    }
}
