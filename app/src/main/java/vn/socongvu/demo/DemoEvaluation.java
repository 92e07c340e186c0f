package vn.socongvu.demo;

import static vn.socongvu.storage.jooq.Tables.TASK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jooq.DSLContext;

import vn.socongvu.directory.Staff;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.evaluation.EvaluationSheet;
import vn.socongvu.evaluation.Exemption;
import vn.socongvu.evaluation.GeneralCriteria;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.Product;
import vn.socongvu.settings.WorkCalendar;

/**
 * The demo's evaluation (Nghị định 335/2025, in force from 1/1/2026): lead persons on the tasks, and for each quarter
 * of 2026 on that is over, what an assessor records — a heavier weight on some tasks, a quality failure now and
 * then (rarely exempted), an objective cause for about a third of the delays, everyone's general criteria — and,
 * in a large commune, one legal case. Drawn from its own random numbers, so the other records stay as the seed
 * made them.
 */
final class DemoEvaluation {
    static final int FIRST_YEAR = 2026;
    private static final String[] DELAY_CAUSES = {
        "Mưa lũ kéo dài, chia cắt đường vào các thôn",
        "Chờ văn bản hướng dẫn của Ủy ban nhân dân tỉnh",
        "Phần mềm dùng chung của tỉnh gián đoạn nhiều ngày",
        "Cấp trên thay đổi yêu cầu sau khi đã giao nhiệm vụ",
        "Chờ ý kiến của các sở, ngành có liên quan"};
    private static final String[] QUALITY_FAILURES = {
        "Số liệu báo cáo không khớp với biểu tổng hợp, phải làm lại",
        "Hồ sơ thiếu thành phần theo quy định, bị trả lại",
        "Văn bản sai thể thức, phải ban hành lại",
        "Nội dung chưa đáp ứng yêu cầu của lãnh đạo, phải bổ sung"};
    private static final String QUALITY_CAUSE = "Biểu mẫu của tỉnh thay đổi sau khi đã nộp";
    private static final double[] STRONG = {3.5, 4, 4, 4.5, 4.5, 5};
    private static final double[] WEAKER = {3, 3, 3.5, 3.5, 4};

    private final EvaluationService evaluation;
    private final Random rnd;
    private final WorkCalendar cal;
    private final LocalDate today;

    DemoEvaluation(EvaluationService evaluation, Random rnd, WorkCalendar cal, LocalDate today) {
        this.evaluation = evaluation;
        this.rnd = rnd;
        this.cal = cal;
        this.today = today;
    }

    /**
     * Shares each unit's tasks among its working people as their lead persons, one task in six left to the unit as
     * a whole (the head sees to it). One statement a person, in the demo's transaction.
     * @return the tasks given a lead person
     */
    static int leadPersons(DSLContext tx, List<Staff> staff) {
        Map<Long, List<Long>> byUnit = new LinkedHashMap<>();
        for (Staff s : staff) {
            if (s.active()) {
                byUnit.computeIfAbsent(s.unitId(), u -> new ArrayList<>()).add(s.id());
            }
        }
        int given = 0;
        for (var e : byUnit.entrySet()) {
            List<Long> people = e.getValue();
            int n = people.size();
            for (int k = 0; k < n; k++) {
                given += tx.update(TASK).set(TASK.LEAD_STAFF_ID, people.get(k))
                        .where(TASK.LEAD_UNIT_ID.eq(e.getKey())).and(TASK.IS_GROUP.isFalse())
                        .and(TASK.LEAD_STAFF_ID.isNull())
                        .and(TASK.ID.mod(6L * n).between(6L * k, 6L * k + 4)).execute();
            }
        }
        return given;
    }

    /**
     * The assessor's records for the quarters from 2026 (or {@code firstYear}) to {@code lastYear} that are over.
     * @param chairman who assesses everyone but himself
     * @param vices who confirm the objective causes
     * @return the general criteria entered
     */
    int assess(int firstYear, int lastYear, String chairman, List<String> vices) {
        int entered = 0;
        Set<Long> weighed = new HashSet<>();
        Set<Long> marked = new HashSet<>();
        EvaluationPeriod p = EvaluationPeriod.quarter(Math.max(FIRST_YEAR, firstYear), 1);
        boolean caseGiven = false;
        while (p.year() <= lastYear && p.end().isBefore(today)) {
            EvaluationSheet sheet = evaluation.sheet(p, null);
            for (PersonScore ps : sheet.people()) {
                for (Product pr : ps.products()) {
                    if (weighed.add(pr.taskId()) && pr.planTitle() != null && rnd.nextInt(25) == 0) {
                        evaluation.setTaskWeight(pr.taskId(), rnd.nextInt(3) == 0 ? 3.0 : 2.0);
                    }
                    if (!pr.completed() || !marked.add(pr.occurrenceId())) {
                        continue;
                    }
                    if (pr.late() && rnd.nextInt(3) == 0) {
                        evaluation.exemptDelay(pr.occurrenceId(), new Exemption(pick(DELAY_CAUSES),
                                pick(vices), confirmed(pr.completedOn())));
                    }
                    if (rnd.nextInt(14) == 0) {
                        evaluation.markQuality(pr.occurrenceId(), rnd.nextInt(6) == 0 ? 2 : 1, pick(QUALITY_FAILURES));
                        if (rnd.nextInt(6) == 0) {
                            evaluation.exemptQuality(pr.occurrenceId(), new Exemption(QUALITY_CAUSE, pick(vices),
                                    confirmed(pr.completedOn())));
                        }
                    }
                }
                double[] scale = rnd.nextInt(8) == 0 ? WEAKER : STRONG;
                LocalDate on = cal.onOrNextWorkingDay(p.end().plusDays(5 + rnd.nextInt(4)));
                if (on.isAfter(today)) {
                    on = today;
                }
                evaluation.saveGeneral(ps.staffId(), p, new GeneralCriteria(pickOf(scale), pickOf(scale), pickOf(scale),
                        pickOf(scale), pickOf(scale), pickOf(scale), null,
                        ps.fullName().equals(chairman) ? "Thường trực Đảng ủy xã" : chairman, on));
                entered++;
            }
            if (!caseGiven && sheet.people().size() >= 50) {
                PersonScore who = sheet.people().get(sheet.people().size() / 2);
                evaluation.addCase(who.staffId(), p.year(), "Bị Ủy ban kiểm tra Đảng ủy xã kết luận vi phạm quy định "
                        + "trong quản lý đất đai, đề nghị xử lý kỷ luật", "Kết luận số 03-KL/UBKT");
                caseGiven = true;
            }
            p = p.next();
        }
        return entered;
    }

    private LocalDate confirmed(LocalDate completedOn) {
        LocalDate d = cal.onOrNextWorkingDay(completedOn.plusDays(1 + rnd.nextInt(3)));
        return d.isAfter(today) ? today : d;
    }

    private String pick(String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    private String pick(List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    private double pickOf(double[] from) {
        return from[rnd.nextInt(from.length)];
    }
}
