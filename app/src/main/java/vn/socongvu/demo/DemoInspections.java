package vn.socongvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.socongvu.directory.Staff;
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
 * violations, nearly all minor and handled in-house, a few disciplined; remediations mostly verified in time, a
 * few late or still open; a handful of habitual offenders so that repeats show.
 */
final class DemoInspections {
    private static final String[] PLACES = {"tại %s", "việc chấp hành kỷ luật, kỷ cương hành chính tại %s",
        "việc giải quyết hồ sơ thủ tục hành chính tại %s"};
    private static final String[] FINDINGS = {
        "Cán bộ, công chức có mặt đầy đủ, đúng giờ; thực hiện tốt quy chế văn hóa công sở.",
        "Hồ sơ thủ tục hành chính được tiếp nhận, giải quyết đúng quy trình; sổ theo dõi cập nhật đầy đủ.",
        "Đa số cán bộ, công chức chấp hành tốt thời giờ làm việc; còn trường hợp chưa đeo thẻ.",
        "Việc sử dụng phần mềm quản lý văn bản và hồ sơ công việc được thực hiện thường xuyên."};
    private static final String[] EXPLANATIONS = {"Quên thẻ ở nhà", "Đi giải quyết việc gia đình đột xuất",
        "Nhận thức chưa đầy đủ về quy định", "Khối lượng hồ sơ lớn, chưa kịp xử lý", "Không có ý kiến giải trình"};
    /** What was seen, for each of the first seven contents of the catalogue, in its order. */
    private static final String[][] DESCRIPTIONS = {
        {"Đến cơ quan muộn 30 phút", "Rời vị trí làm việc không báo cáo", "Về trước giờ quy định"},
        {"Không đeo thẻ khi tiếp công dân", "Đeo thẻ của người khác"},
        {"Trang phục chưa đúng quy định", "Hút thuốc lá trong phòng làm việc"},
        {"Uống rượu, bia trong giờ nghỉ trưa ngày làm việc"},
        {"Tham gia đánh bài ăn tiền ngoài giờ làm việc"},
        {"Sử dụng mạng xã hội việc riêng trong giờ làm việc", "Chơi trò chơi điện tử trong giờ làm việc"},
        {"Hồ sơ quá hạn 3 ngày chưa có văn bản xin lỗi người dân", "Yêu cầu người dân bổ sung giấy tờ không đúng quy định"}};

    private final InspectionService inspections;
    private final Random rnd;

    DemoInspections(InspectionService inspections, Random rnd) {
        this.inspections = inspections;
        this.rnd = rnd;
    }

    /**
     * One year's inspections up to {@code today}.
     * @param people the staff as the demo made them (people 1 and 2 are the vice-chairmen)
     * @param signerId who signs the notices
     * @return how many inspections were made
     */
    int year(int year, int count, List<Staff> people, List<InspectionItem> items, long signerId,
             LocalDate today, WorkCalendar cal, double progress) {
        List<Staff> vices = people.subList(1, 3);
        List<Staff> office = people.stream().filter(p -> p.unitName().startsWith("Văn phòng")).toList();
        List<Staff> inspected = people.stream().filter(p -> p.active() && !p.unitName().startsWith("Lãnh đạo")).toList();
        // A few people are caught more than once: repeats should show in the record.
        List<Staff> habitual = new ArrayList<>();
        for (int i = 0; i < 4 && !inspected.isEmpty(); i++) {
            habitual.add(inspected.get(new Random(year / 3 + i).nextInt(inspected.size())));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
            while (!cal.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            if (day.getYear() == year && day.isBefore(today)) {
                days.add(day);
            }
        }
        days.sort(null);
        int decision = 100;
        // The next free numbers of the year's register (meetings' minutes were numbered before).
        int record = inspections.proposeNumber(DocumentKind.BIEN_BAN, LocalDate.of(year, 1, 1));
        int notice = inspections.proposeNumber(DocumentKind.THONG_BAO, LocalDate.of(year, 1, 1));
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
            List<Inspection.Member> members = new ArrayList<>();
            for (int i = 0; i < 1 + rnd.nextInt(2) && !office.isEmpty(); i++) {
                Staff m = office.get(rnd.nextInt(office.size()));
                if (members.stream().noneMatch(x -> x.staffId() == m.id()) && m.id() != leader.id()) {
                    members.add(new Inspection.Member(m.id(), m.fullName(), m.jobTitle() + ", " + m.unitName()));
                }
            }
            List<Inspection.Check> checks = new ArrayList<>();
            int from = kind == InspectionKind.ONLINE ? 5 : 0;
            for (int i = from; i < items.size() && checks.size() < 6; i++) {
                if (kind == InspectionKind.ONLINE || rnd.nextInt(3) > 0) {
                    checks.add(new Inspection.Check(items.get(i).id(), items.get(i).name(), null));
                }
            }
            List<Inspection.Violation> violations = new ArrayList<>();
            if (!personIds.isEmpty() && rnd.nextInt(100) < (usual ? 60 : 14)) {
                List<Long> caught = new ArrayList<>(List.of(target.id()));
                if (personIds.size() > 1 && rnd.nextInt(4) == 0) {
                    caught.add(personIds.get(1));
                }
                for (long id : caught) {
                    Staff who = people.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
                    violations.add(violation(who, items, day, today));
                }
            }
            String unitName = target.unitName();
            String title = "Kiểm tra công vụ " + (kind == InspectionKind.SURPRISE ? "đột xuất "
                    : kind == InspectionKind.ONLINE ? "trên môi trường số " : "") + PLACES[rnd.nextInt(PLACES.length)]
                    .formatted(unitName);
            LocalDate decided = kind == InspectionKind.SCHEDULED ? day.minusDays(2 + rnd.nextInt(3)) : day;
            if (decided.getYear() != year) {
                decided = day;
            }
            Inspection.Draft d = new Inspection.Draft(null, kind, title, decision++ + "/QĐ-UBND", decided, day, day,
                    leader.id(), FINDINGS[rnd.nextInt(FINDINGS.length)], violations.isEmpty() ? null
                    : "Yêu cầu đơn vị chấn chỉnh, khắc phục ngay các tồn tại đã chỉ ra; cá nhân vi phạm nghiêm túc kiểm điểm.",
                    signerId, members, List.of(target.unitId()), personIds, checks, violations);
            boolean numbered = day.isBefore(today.minusDays(3));
            long id = inspections.save(d).id();
            if (numbered) {
                inspections.number(id, DocumentKind.BIEN_BAN, record++);
                if (!violations.isEmpty()) {
                    inspections.number(id, DocumentKind.THONG_BAO, notice++);
                }
            }
        }
        return days.size();
    }

    private Inspection.Violation violation(Staff who, List<InspectionItem> items, LocalDate day, LocalDate today) {
        int which = rnd.nextInt(100);
        // Late arrival, badges and social media are the usual findings; alcohol and gambling are rare.
        int index = which < 30 ? 0 : which < 55 ? 1 : which < 68 ? 2 : which < 70 ? 3 : which < 71 ? 4 : which < 88 ? 5 : 6;
        InspectionItem item = items.get(Math.min(index, items.size() - 1));
        String[] seen = DESCRIPTIONS[Math.min(index, DESCRIPTIONS.length - 1)];
        int s = rnd.nextInt(100);
        Severity severity = s < 85 ? Severity.MINOR : s < 97 ? Severity.SERIOUS : Severity.VERY_SERIOUS;
        List<DisciplineMeasure> allowed = DisciplineRules.allowed(who.category(), who.leader(), day);
        DisciplineMeasure proposed = severity == Severity.MINOR
                ? (rnd.nextBoolean() ? DisciplineMeasure.REMINDER : DisciplineMeasure.CRITICISM)
                : severity == Severity.SERIOUS ? DisciplineMeasure.SELF_CRITICISM
                : allowed.contains(DisciplineMeasure.REPRIMAND) ? DisciplineMeasure.REPRIMAND
                : DisciplineMeasure.SELF_CRITICISM;
        LocalDate decisionDay = day.plusDays(5 + rnd.nextInt(20));
        boolean decidedYet = decisionDay.isBefore(today);
        DisciplineMeasure decided = decidedYet ? proposed : null;
        String number = decided != null && !decided.inHouse() ? (rnd.nextInt(200) + 1) + "/QĐ-UBND" : null;
        LocalDate deadline = rnd.nextInt(10) < 6 ? day.plusDays(7 + rnd.nextInt(14)) : null;
        LocalDate remediated = null;
        if (deadline != null && rnd.nextInt(10) < 9) {
            LocalDate d = rnd.nextInt(8) == 0 ? deadline.plusDays(1 + rnd.nextInt(6)) : deadline.minusDays(rnd.nextInt(6));
            if (d.isBefore(day)) {
                d = day;
            }
            remediated = d.isBefore(today) ? d : null;
        }
        return new Inspection.Violation(null, who.id(), null, null, false, who.unitId(), null, item.id(), item.name(),
                seen[rnd.nextInt(seen.length)], severity, EXPLANATIONS[rnd.nextInt(EXPLANATIONS.length)],
                proposed, decided, number, decided == null ? null : decisionDay, deadline, remediated, null);
    }
}
