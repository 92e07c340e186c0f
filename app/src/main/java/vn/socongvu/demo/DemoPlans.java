package vn.socongvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.Target;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;

/** Years of plans and tasks for the demo commune, in the style of the plans in shared/samples. */
final class DemoPlans {
    private static final String[] TITLES = {
        "Nâng cao chất lượng, hiệu quả hoạt động công vụ và tăng cường kỷ luật, kỷ cương hành chính trên địa bàn xã năm %d",
        "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính năm %d",
        "Cải cách hành chính năm %d",
        "Chấn chỉnh lề lối làm việc, nâng cao trách nhiệm của cán bộ, công chức năm %d",
        "Chuyển đổi số, xây dựng chính quyền số năm %d",
        "Phòng, chống tham nhũng, lãng phí, tiêu cực năm %d",
        "Tuyên truyền cải cách hành chính năm %d",
        "Thực hiện văn hóa công vụ năm %d",
        "Nâng cao Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính năm %d",
        "Kiểm soát thủ tục hành chính năm %d"};
    private static final String[] BASES = {
        "Căn cứ Luật Cán bộ, công chức năm 2025; Luật Viên chức năm 2010",
        "Căn cứ Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về việc phê duyệt Đề án Văn hóa công vụ",
        "Căn cứ Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
        "Căn cứ Kế hoạch số %d/KH-UBND ngày %s của UBND tỉnh Thái Nguyên về việc triển khai nhiệm vụ năm %d"};
    private static final String[] LEAD_TASKS = {
        "Thường xuyên phổ biến, quán triệt chủ trương của Đảng, chính sách, pháp luật của Nhà nước về thực thi công vụ, văn hóa công vụ đến toàn thể cán bộ, công chức",
        "Rà soát, điều chỉnh, bổ sung quy chế làm việc, quy trình nội bộ của cơ quan, đơn vị; xác định rõ chức trách, nhiệm vụ của từng cá nhân",
        "Xây dựng chương trình công tác và phân công nhiệm vụ đến từng cán bộ, công chức theo tinh thần 6 rõ",
        "Tổ chức kiểm tra đột xuất việc chấp hành thời giờ làm việc, đeo thẻ công chức, văn hóa công sở",
        "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch gửi UBND xã",
        "Công khai kết quả giải quyết thủ tục hành chính, tỷ lệ hồ sơ trực tuyến trên Cổng thông tin điện tử xã",
        "Đánh giá, phân loại cán bộ, công chức gắn với kết quả thực hiện nhiệm vụ được giao",
        "Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã",
        "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về thái độ phục vụ của công chức",
        "Cập nhật, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC của tỉnh",
        "Tổ chức hội nghị trực tuyến, không giấy tờ; giảm số lượng, thời gian hội nghị",
        "Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh xã và mạng xã hội"};
    private static final String[] STAFF_TASKS = {
        "Chấp hành nghiêm thời giờ làm việc; không sử dụng rượu, bia trong giờ làm việc và giờ nghỉ trưa của ngày làm việc",
        "Đeo thẻ công chức khi thực thi công vụ; có thái độ tôn trọng, tận tụy phục vụ người dân",
        "Không để quá hạn, bỏ sót nhiệm vụ được phân công; không đùn đẩy, né tránh trách nhiệm"};
    private static final String[] INSTRUCTIONS = {
        "Triển khai thực hiện Công văn của UBND tỉnh về việc chấn chỉnh kỷ luật, kỷ cương hành chính",
        "Báo cáo kết quả thực hiện Chỉ số cải cách hành chính theo yêu cầu của Sở Nội vụ",
        "Rà soát, thống kê số lượng cán bộ, công chức, viên chức theo vị trí việc làm",
        "Tổ chức tiếp công dân định kỳ của Chủ tịch UBND xã",
        "Chuẩn bị nội dung làm việc với Đoàn kiểm tra công vụ của tỉnh"};

    private final PlanService plans;
    private final TaskService tasks;
    private final Random rnd;
    /** See {@link DemoSize#busyRecurrence}. */
    private final boolean recurrenceBusy;

    DemoPlans(PlanService plans, TaskService tasks, Random rnd, boolean busyRecurrence) {
        this.recurrenceBusy = busyRecurrence;
        this.plans = plans;
        this.tasks = tasks;
        this.rnd = rnd;
    }

    /** Counts written, for the generator's result. */
    record Counts(int plans, int tasks) {
    }

    Counts year(int year, int planCount, int tasksPerPlan, int instructions, List<Long> units, long signerId,
                LocalDate today) {
        int p = 0;
        int t = 0;
        // Numbers follow the dates of issue, as in a real register.
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < planCount; i++) {
            dates.add(LocalDate.of(year, 1 + rnd.nextInt(4), 1 + rnd.nextInt(28)));
        }
        dates.sort(null);
        for (int i = 0; i < planCount; i++) {
            String title = String.format(TITLES[i % TITLES.length], year) + (i >= TITLES.length ? " (đợt " + (i / TITLES.length + 1) + ")" : "");
            LocalDate issued = dates.get(i);
            boolean issuedYet = !issued.isAfter(today);
            Plan.Draft d = new Plan.Draft(null, year, title,
                    List.of(BASES[0], BASES[1], BASES[2], String.format(BASES[3], 10 + rnd.nextInt(150),
                            "1" + (1 + rnd.nextInt(8)) + "/01/" + year, year)),
                    "Tạo chuyển biến mạnh mẽ về ý thức trách nhiệm, kỷ luật, kỷ cương của cán bộ, công chức.\n"
                            + "Xác định rõ nhiệm vụ, trách nhiệm của từng cơ quan, đơn vị; bảo đảm thiết thực, hiệu quả.",
                    List.of("Thường trực Đảng ủy", "Thường trực HĐND xã", "Lãnh đạo UBND xã", "UBMTTQVN xã",
                            "Các phòng, ban, đơn vị xã", "Lưu: VT, VHXH"), signerId);
            if (!issuedYet) {
                continue; // a plan of the future is not written yet
            }
            long planId = plans.save(d).id();
            plans.issue(planId, i + 1, issued);
            p++;
            plans.saveTarget(new Target.Draft(null, planId, "100% nhiệm vụ được giao hoàn thành đúng hạn",
                    Comparison.AT_LEAST, 100.0, "%", Measure.TASKS_ON_TIME));
            plans.saveTarget(new Target.Draft(null, planId, "Mức độ hài lòng của người dân đạt từ 90% trở lên",
                    Comparison.AT_LEAST, 90.0, "%", Measure.MANUAL));
            if (i % 2 == 0) {
                plans.saveTarget(new Target.Draft(null, planId,
                        "Trên 95% hồ sơ thủ tục hành chính được giải quyết trên môi trường số", Comparison.AT_LEAST,
                        95.0, "%", Measure.MANUAL));
            }
            long g1 = tasks.save(group(planId, null, "1.", "Thủ trưởng các phòng, cơ quan, đơn vị xã", issued)).id();
            int firstGroup = Math.max(2, tasksPerPlan * 2 / 3);
            for (int k = 0; k < firstGroup; k++) {
                t += task(planId, g1, "1." + (k + 1) + ".", LEAD_TASKS[(i + k) % LEAD_TASKS.length], units, issued,
                        today, year);
            }
            long g2 = tasks.save(group(planId, null, "2.",
                    "Đối với cán bộ, công chức, viên chức và người lao động", issued)).id();
            for (int k = 0; k < tasksPerPlan - firstGroup; k++) {
                t += task(planId, g2, "-", STAFF_TASKS[k % STAFF_TASKS.length], units, issued, today, year);
            }
            if (recurrenceBusy && i == 0) {
                long g3 = tasks.save(group(planId, null, "3.", "Chế độ thông tin, báo cáo", issued)).id();
                for (long unit : units) {
                    long id = tasks.save(new Task.Draft(null, TaskSource.PLAN, planId, g3, "-", false,
                            "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng, gửi Văn phòng HĐND và UBND xã tổng hợp",
                            unit, null, List.of(), "Chịu trách nhiệm về số liệu báo cáo", null, "Báo cáo tháng",
                            null, issued, null, Recurrence.MONTHLY, null)).id();
                    work(id, today);
                    t++;
                }
            }
        }
        for (int i = 0; i < instructions; i++) {
            LocalDate assigned = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            if (assigned.isAfter(today)) {
                continue;
            }
            LocalDate deadline = assigned.plusDays(7 + rnd.nextInt(40));
            long id = tasks.save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                    INSTRUCTIONS[i % INSTRUCTIONS.length], pick(units), null, List.of(), null, null,
                    "Báo cáo kết quả về Văn phòng HĐND và UBND",
                    "Công văn số " + (100 + rnd.nextInt(900)) + "/UBND-VP ngày " + VnFormat.date(assigned),
                    assigned, deadline, Recurrence.NONE, null)).id();
            work(id, today);
            t++;
        }
        return new Counts(p, t);
    }

    private static Task.Draft group(long planId, Long parent, String label, String content, LocalDate assigned) {
        return new Task.Draft(null, TaskSource.PLAN, planId, parent, label, true, content, null, null, List.of(), null,
                null, null, null, assigned, null, Recurrence.NONE, null);
    }

    private int task(long planId, long parent, String label, String content, List<Long> units,
                     LocalDate assigned, LocalDate today, int year) {
        long lead = pick(units);
        List<Long> coop = new ArrayList<>();
        for (int c = rnd.nextInt(3); c > 0; c--) {
            long u = pick(units);
            if (u != lead && !coop.contains(u)) {
                coop.add(u);
            }
        }
        int r = rnd.nextInt(100);
        Recurrence rec = recurrenceBusy
                ? (r < 35 ? Recurrence.NONE : r < 55 ? Recurrence.QUARTERLY : r < 65 ? Recurrence.ONGOING
                        : r < 90 ? Recurrence.MONTHLY : r < 97 ? Recurrence.HALF_YEARLY : Recurrence.YEARLY)
                : (r < 50 ? Recurrence.NONE : r < 65 ? Recurrence.QUARTERLY : r < 75 ? Recurrence.ONGOING
                        : r < 85 ? Recurrence.MONTHLY : r < 95 ? Recurrence.HALF_YEARLY : Recurrence.YEARLY);
        LocalDate deadline = null;
        if (rec == Recurrence.NONE) {
            deadline = assigned.plusDays(30 + rnd.nextInt(240));
            if (deadline.getYear() > year) {
                deadline = LocalDate.of(year, 12, 15);
            }
        }
        long id = tasks.save(new Task.Draft(null, TaskSource.PLAN, planId, parent, label, false, content, lead,
                null, coop, "Chịu trách nhiệm trước Chủ tịch UBND xã về kết quả thực hiện", null,
                "Báo cáo kết quả thực hiện", null, assigned, deadline, rec, null)).id();
        work(id, today);
        return 1;
    }

    /** Completions and progress: mostly on time, some late, some still open; nothing after today. */
    void work(long taskId, LocalDate today) {
        LocalDate assigned = tasks.task(taskId).assignedOn();
        for (Task.Occurrence o : tasks.occurrences(taskId)) {
            LocalDate due = o.dueOn() == null ? o.periodStart().plusDays(60) : o.dueOn();
            int roll = rnd.nextInt(100);
            LocalDate done = null;
            if (due.getYear() < today.getYear()) {
                // Past years are closed: everything done, mostly on time.
                done = roll < 84 ? due.minusDays(rnd.nextInt(20)) : due.plusDays(1 + rnd.nextInt(20));
            } else if (due.isBefore(today)) {
                if (roll < 76) {
                    done = due.minusDays(rnd.nextInt(20));
                } else if (roll < 91) {
                    done = due.plusDays(1 + rnd.nextInt(20));
                }
            } else if (roll < 25) {
                done = today.minusDays(rnd.nextInt(10));
            }
            if (done != null && done.isBefore(o.periodStart())) {
                done = o.periodStart();
            }
            if (done != null && done.isBefore(assigned)) {
                done = assigned; // a period may start before the task was given
            }
            if (done != null && !done.isAfter(today) && o.dueOn() != null) {
                if (roll % 3 != 0 && done.isAfter(o.periodStart())) {
                    // Most finished work was reported on along the way.
                    progress(o.id(), o.periodStart().plusDays(
                            rnd.nextInt((int) Math.min(60, done.toEpochDay() - o.periodStart().toEpochDay()))),
                            assigned);
                }
                tasks.complete(o.id(), done, "Đã hoàn thành, có báo cáo kết quả");
            } else if (!o.periodStart().isAfter(today)) {
                LocalDate on = o.periodStart().plusDays(rnd.nextInt(30));
                if (!on.isAfter(today)) {
                    progress(o.id(), on, assigned);
                }
            }
        }
    }

    private void progress(long occurrenceId, LocalDate on, LocalDate assigned) {
        tasks.report(occurrenceId, on.isBefore(assigned) ? assigned : on, 10 * (1 + rnd.nextInt(8)),
                "Đang triển khai thực hiện", "demo");
    }

    private long pick(List<Long> units) {
        return units.get(rnd.nextInt(units.size()));
    }
}
