package vn.socongvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.Target;
import vn.socongvu.settings.WorkCalendar;
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
    /**
     * The units' tasks: the content, the plans it belongs to most (indexes of {@link #TITLES}; empty: any), the unit
     * that leads it and those that cooperate (the start of their names). A plan takes its own first, then others,
     * each once.
     */
    private static final Work[] LEAD_TASKS = {
        new Work("Thường xuyên phổ biến, quán triệt chủ trương của Đảng, chính sách, pháp luật của Nhà nước về thực thi "
            + "công vụ, văn hóa công vụ đến toàn thể cán bộ, công chức", new int[] {0, 7}, "Phòng Văn hóa", "Văn phòng"),
        new Work("Rà soát, điều chỉnh, bổ sung quy chế làm việc, quy trình nội bộ của cơ quan, đơn vị; xác định rõ chức "
            + "trách, nhiệm vụ của từng cá nhân", new int[] {3}, "Văn phòng"),
        new Work("Xây dựng chương trình công tác và phân công nhiệm vụ đến từng cán bộ, công chức theo tinh thần 6 rõ",
            new int[] {3, 0}, "Văn phòng"),
        new Work("Tổ chức kiểm tra đột xuất việc chấp hành thời giờ làm việc, đeo thẻ công chức, văn hóa công sở",
            new int[] {1, 0}, "Phòng Văn hóa", "Văn phòng"),
        new Work("Xây dựng kế hoạch kiểm tra công vụ định kỳ, thành lập Đoàn kiểm tra công vụ của UBND xã",
            new int[] {1}, "Phòng Văn hóa"),
        new Work("Công khai kết quả giải quyết thủ tục hành chính, tỷ lệ hồ sơ trực tuyến trên Cổng thông tin điện tử xã",
            new int[] {9, 8}, "Trung tâm Phục vụ", "Văn phòng"),
        new Work("Đánh giá, phân loại cán bộ, công chức gắn với kết quả thực hiện nhiệm vụ được giao",
            new int[] {0, 3}, "Phòng Văn hóa"),
        new Work("Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã",
            new int[] {2, 9}, "Văn phòng", "Trung tâm Phục vụ"),
        new Work("Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về thái độ phục vụ của công chức",
            new int[] {8, 7}, "Văn phòng"),
        new Work("Cập nhật, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết "
            + "TTHC của tỉnh", new int[] {4, 9}, "Trung tâm Phục vụ"),
        new Work("Tổ chức hội nghị trực tuyến, không giấy tờ; giảm số lượng, thời gian hội nghị", new int[] {4, 3},
            "Văn phòng"),
        new Work("Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh xã và mạng xã hội", new int[] {6, 2},
            "Phòng Văn hóa", "Trung tâm Dịch vụ"),
        new Work("Vận hành, khai thác hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc",
            new int[] {4}, "Văn phòng"),
        new Work("Hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình tại Bộ phận một cửa", new int[] {4, 2},
            "Trung tâm Phục vụ", "Ủy ban Mặt trận"),
        new Work("Công khai, minh bạch các khoản thu, chi ngân sách và mua sắm tài sản công", new int[] {5},
            "Phòng Kinh tế"),
        new Work("Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập theo quy định", new int[] {5},
            "Phòng Văn hóa"),
        new Work("Thực hiện chuyển đổi vị trí công tác đối với công chức theo quy định", new int[] {5},
            "Phòng Văn hóa"),
        new Work("Tổ chức lấy ý kiến đánh giá sự hài lòng của người dân tại Bộ phận một cửa", new int[] {8},
            "Trung tâm Phục vụ"),
        new Work("Niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tại trụ sở UBND xã",
            new int[] {9, 8}, "Trung tâm Phục vụ"),
        new Work("Tổ chức cuộc thi tìm hiểu về cải cách hành chính trong cán bộ, công chức và nhân dân",
            new int[] {6}, "Phòng Văn hóa", "Ủy ban Mặt trận"),
        new Work("Biểu dương, khen thưởng kịp thời tập thể, cá nhân thực hiện tốt văn hóa công vụ", new int[] {7},
            "Phòng Văn hóa"),
        new Work("Bố trí phòng làm việc, biển tên, sơ đồ vị trí làm việc tại trụ sở UBND xã", new int[] {7},
            "Văn phòng"),
        new Work("Phối hợp bảo đảm an ninh, trật tự tại trụ sở UBND xã và Bộ phận một cửa", new int[] {0, 8},
            "Công an", "Văn phòng"),
        new Work("Bố trí kinh phí thực hiện kế hoạch, bảo đảm tiết kiệm, hiệu quả", new int[] {}, "Phòng Kinh tế",
            "Văn phòng"),
        new Work("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch gửi UBND xã", new int[] {}, "Phòng Văn hóa")};
    /** Each plan's own target (description, comparison, value, unit), by the index of its title; null: none. */
    private static final String[][] OWN_TARGETS = {
        {"Không có cán bộ, công chức bị xử lý kỷ luật do vi phạm kỷ luật, kỷ cương hành chính", "AT_MOST", "0",
            "trường hợp"},
        {"Kiểm tra công vụ đối với 100% cơ quan, đơn vị thuộc UBND xã trong năm", "AT_LEAST", "100", "%"},
        null,
        {"Giảm 10% số cuộc họp, hội nghị so với năm trước", "REDUCE_BY", "10", "%"},
        {"Trên 90% văn bản đi được ký số và gửi, nhận trên môi trường điện tử", "AT_LEAST", "90", "%"},
        {"100% cán bộ, công chức thuộc diện kê khai tài sản, thu nhập thực hiện đúng thời hạn", "AT_LEAST", "100",
            "%"},
        {"Ít nhất 12 tin, bài tuyên truyền về cải cách hành chính trên hệ thống truyền thanh xã", "AT_LEAST", "12",
            "tin, bài"},
        {"100% cán bộ, công chức thực hiện đúng quy định về trang phục, đeo thẻ, văn hóa công sở", "AT_LEAST", "100",
            "%"},
        null,
        {"100% thủ tục hành chính được niêm yết, công khai đúng quy định", "AT_LEAST", "100", "%"}};
    /** What every person must do: followed by the office, ongoing (a busy commune's benchmark data draws them too). */
    private static final String[] STAFF_TASKS = {
        "Chấp hành nghiêm thời giờ làm việc; không sử dụng rượu, bia trong giờ làm việc và giờ nghỉ trưa của ngày làm việc",
        "Đeo thẻ công chức khi thực thi công vụ; có thái độ tôn trọng, tận tụy phục vụ người dân",
        "Không để quá hạn, bỏ sót nhiệm vụ được phân công; không đùn đẩy, né tránh trách nhiệm",
        "Thực hiện nghiêm quy tắc ứng xử của cán bộ, công chức trong thi hành công vụ",
        "Không hút thuốc lá trong phòng làm việc; giữ gìn trật tự, vệ sinh nơi công sở",
        "Mặc trang phục lịch sự, gọn gàng khi làm việc và tiếp công dân",
        "Không sử dụng mạng xã hội, làm việc riêng trong giờ làm việc",
        "Thường xuyên học tập, nâng cao trình độ chuyên môn và kỹ năng số",
        "Ứng xử đúng mực, hòa nhã khi giao tiếp với người dân qua điện thoại và mạng xã hội",
        "Báo cáo kịp thời người đứng đầu những khó khăn, vướng mắc trong thực thi công vụ",
        "Cập nhật đầy đủ hồ sơ công việc trên hệ thống quản lý văn bản và điều hành",
        "Kê khai tài sản, thu nhập trung thực, đúng thời hạn"};
    /** The UBND's own instructions (công văn), each with the unit it goes to. */
    private static final String[][] INSTRUCTIONS = {
        {"Triển khai thực hiện Công văn của UBND tỉnh về việc chấn chỉnh kỷ luật, kỷ cương hành chính", "Phòng Văn hóa"},
        {"Báo cáo kết quả thực hiện Chỉ số cải cách hành chính theo yêu cầu của Sở Nội vụ", "Văn phòng"},
        {"Rà soát, thống kê số lượng cán bộ, công chức, viên chức theo vị trí việc làm", "Phòng Văn hóa"},
        {"Chuẩn bị lịch tiếp công dân định kỳ của Chủ tịch UBND xã", "Văn phòng"},
        {"Chuẩn bị nội dung làm việc với Đoàn kiểm tra công vụ của tỉnh", "Phòng Văn hóa"},
        {"Rà soát hồ sơ thủ tục hành chính tồn đọng, báo cáo nguyên nhân quá hạn", "Trung tâm Phục vụ"},
        {"Báo cáo tình hình thu ngân sách và đề xuất giải pháp tăng thu", "Phòng Kinh tế"}};

    private final PlanService plans;
    private final TaskService tasks;
    private final Random rnd;
    /** See {@link DemoSize#busyRecurrence}. */
    private final boolean recurrenceBusy;
    /** Nothing is issued, assigned, reported on or done on a day off. */
    private final WorkCalendar cal;

    DemoPlans(PlanService plans, TaskService tasks, Random rnd, boolean busyRecurrence, WorkCalendar cal) {
        this.recurrenceBusy = busyRecurrence;
        this.plans = plans;
        this.tasks = tasks;
        this.rnd = rnd;
        this.cal = cal;
    }

    /** Counts written, for the generator's result. */
    record Counts(int plans, int tasks) {
    }

    /** A unit's task of a plan: see {@link #LEAD_TASKS}. */
    private record Work(String content, int[] plans, String lead, String... cooperating) {
        boolean belongsTo(int plan) {
            return Arrays.stream(plans).anyMatch(p -> p == plan);
        }
    }

    /** The unit whose name starts with {@code start} (or contains it), null if the commune has none. */
    static Long unit(Map<String, Long> units, String start) {
        for (Map.Entry<String, Long> e : units.entrySet()) {
            if (e.getKey().startsWith(start)) {
                return e.getValue();
            }
        }
        for (Map.Entry<String, Long> e : units.entrySet()) {
            if (e.getKey().contains(start)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The working day on or before {@code d}. */
    private LocalDate onOrBefore(LocalDate d) {
        LocalDate x = d;
        while (!cal.isWorkingDay(x)) {
            x = x.minusDays(1);
        }
        return x;
    }

    /**
     * One year's plans and instructions.
     * @param units the units that may lead a task, by name
     */
    Counts year(int year, int planCount, int tasksPerPlan, int instructions, Map<String, Long> units, long signerId,
                LocalDate today) {
        int p = 0;
        int t = 0;
        List<Long> ids = List.copyOf(units.values());
        // Numbers follow the dates of issue, as in a real register; plans are signed on working days.
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < planCount; i++) {
            dates.add(cal.onOrNextWorkingDay(LocalDate.of(year, 1 + rnd.nextInt(4), 1 + rnd.nextInt(28))));
        }
        dates.sort(null);
        for (int i = 0; i < planCount; i++) {
            int topic = i % TITLES.length;
            String title = String.format(TITLES[topic], year) + (i >= TITLES.length ? " (đợt " + (i / TITLES.length + 1) + ")" : "");
            LocalDate issued = dates.get(i);
            boolean issuedYet = !issued.isAfter(today);
            // The province's plan it rests on came out a few weeks before.
            LocalDate province = onOrBefore(issued.minusDays(10 + rnd.nextInt(30)));
            Plan.Draft d = new Plan.Draft(null, year, title,
                    List.of(BASES[0], BASES[1], BASES[2], String.format(BASES[3], 10 + rnd.nextInt(150),
                            VnFormat.date(province), year)),
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
            // Then the plan's own: the TTHC ones where the plan is about the one-stop desk.
            if (topic == 0 || topic == 2 || topic == 6 || topic == 8 || topic == 9) {
                plans.saveTarget(new Target.Draft(null, planId, "Mức độ hài lòng của người dân đạt từ 90% trở lên",
                        Comparison.AT_LEAST, 90.0, "%", Measure.MANUAL));
            }
            if (topic == 2 || topic == 4 || topic == 9) {
                plans.saveTarget(new Target.Draft(null, planId,
                        "Trên 95% hồ sơ thủ tục hành chính được giải quyết trên môi trường số", Comparison.AT_LEAST,
                        95.0, "%", Measure.MANUAL));
            }
            String[] target = OWN_TARGETS[topic];
            if (target != null) {
                plans.saveTarget(new Target.Draft(null, planId, target[0], Comparison.valueOf(target[1]),
                        Double.parseDouble(target[2]), target[3], Measure.MANUAL));
            }
            long g1 = tasks.save(group(planId, null, "1.", "Thủ trưởng các phòng, cơ quan, đơn vị xã", issued)).id();
            int firstGroup = Math.max(2, tasksPerPlan * 2 / 3);
            List<Work> own = tasksOf(topic);
            for (int k = 0; k < firstGroup; k++) {
                Work w = own.get(k % own.size());
                t += task(planId, g1, "1." + (k + 1) + ".", w, units, ids, issued, today, year);
            }
            long g2 = tasks.save(group(planId, null, "2.",
                    "Đối với cán bộ, công chức, viên chức và người lao động", issued)).id();
            Long office = unit(units, "Văn phòng");
            for (int k = 0; k < tasksPerPlan - firstGroup; k++) {
                Work w = new Work(STAFF_TASKS[(k + i) % STAFF_TASKS.length], new int[] {}, "Văn phòng");
                t += recurrenceBusy ? task(planId, g2, "-", w, units, ids, issued, today, year)
                        : staffTask(planId, g2, w.content(), office == null ? ids.get(0) : office, issued, today);
            }
            if (recurrenceBusy && i == 0) {
                long g3 = tasks.save(group(planId, null, "3.", "Chế độ thông tin, báo cáo", issued)).id();
                for (long unit : ids) {
                    long id = tasks.save(new Task.Draft(null, TaskSource.PLAN, planId, g3, "-", false,
                            "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng, gửi Văn phòng HĐND và UBND xã tổng hợp",
                            unit, null, List.of(), "Chịu trách nhiệm về số liệu báo cáo", null, "Báo cáo tháng",
                            null, issued, null, Recurrence.MONTHLY, null)).id();
                    work(id, today);
                    t++;
                }
            }
        }
        // The UBND's own công văn: numbered in the order of their dates, other letters between them.
        List<LocalDate> given = new ArrayList<>();
        for (int i = 0; i < instructions; i++) {
            given.add(cal.onOrNextWorkingDay(LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))));
        }
        given.sort(null);
        int letter = 20 + rnd.nextInt(30);
        for (int i = 0; i < instructions; i++) {
            LocalDate assigned = given.get(i);
            letter += 5 + rnd.nextInt(60);
            if (assigned.isAfter(today)) {
                continue;
            }
            String[] what = INSTRUCTIONS[i % INSTRUCTIONS.length];
            Long lead = unit(units, what[1]);
            LocalDate deadline = cal.onOrNextWorkingDay(assigned.plusDays(7 + rnd.nextInt(40)));
            long id = tasks.save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                    what[0], lead == null ? pick(ids) : lead, null, List.of(), null, null,
                    "Báo cáo kết quả về Văn phòng HĐND và UBND",
                    "Công văn số " + letter + "/UBND-VP ngày " + VnFormat.date(assigned),
                    assigned, deadline, Recurrence.NONE, null)).id();
            work(id, today);
            t++;
        }
        return new Counts(p, t);
    }

    /** The plan's own tasks first, then the others, each once (repeated only when a plan asks for more than all). */
    private List<Work> tasksOf(int topic) {
        List<Work> own = new ArrayList<>();
        List<Work> rest = new ArrayList<>();
        for (Work w : LEAD_TASKS) {
            (w.belongsTo(topic) ? own : rest).add(w);
        }
        Collections.shuffle(rest, rnd);
        // The report on the plan closes the list, as in the samples.
        Work report = LEAD_TASKS[LEAD_TASKS.length - 1];
        rest.remove(report);
        own.addAll(rest);
        own.add(Math.min(own.size(), 4), report);
        return own;
    }

    private static Task.Draft group(long planId, Long parent, String label, String content, LocalDate assigned) {
        return new Task.Draft(null, TaskSource.PLAN, planId, parent, label, true, content, null, null, List.of(), null,
                null, null, null, assigned, null, Recurrence.NONE, null);
    }

    private int task(long planId, long parent, String label, Work w, Map<String, Long> units, List<Long> ids,
                     LocalDate assigned, LocalDate today, int year) {
        Long named = unit(units, w.lead());
        long lead = named == null ? pick(ids) : named;
        List<Long> coop = new ArrayList<>();
        for (String c : w.cooperating()) {
            Long u = unit(units, c);
            if (u != null && u != lead && !coop.contains(u)) {
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
            // Plans give working days (the app would hold a day off to the next one, but nobody writes one).
            deadline = onOrBefore(deadline);
        }
        long id = tasks.save(new Task.Draft(null, TaskSource.PLAN, planId, parent, label, false, w.content(), lead,
                null, coop, "Chịu trách nhiệm trước Chủ tịch UBND xã về kết quả thực hiện", null,
                "Báo cáo kết quả thực hiện", null, assigned, deadline, rec, null)).id();
        work(id, today);
        return 1;
    }

    /** What every person must do, followed by the office: ongoing, reported on now and then. */
    private int staffTask(long planId, long parent, String content, long office, LocalDate assigned, LocalDate today) {
        long id = tasks.save(new Task.Draft(null, TaskSource.PLAN, planId, parent, "-", false, content, office,
                null, List.of(), "Theo dõi, nhắc nhở việc thực hiện của cán bộ, công chức", null, null, null, assigned,
                null, Recurrence.ONGOING, null)).id();
        work(id, today);
        return 1;
    }

    /**
     * Completions and progress: mostly on time, some late, some still open; nothing after today, nothing on a day
     * off.
     */
    void work(long taskId, LocalDate today) {
        LocalDate assigned = tasks.task(taskId).assignedOn();
        LocalDate lastWorkingDay = onOrBefore(today);
        for (Task.Occurrence o : tasks.occurrences(taskId)) {
            LocalDate due = o.dueOn() == null ? o.periodStart().plusDays(60) : o.dueOn();
            int roll = rnd.nextInt(100);
            LocalDate done = null;
            if (due.getYear() < today.getYear()) {
                // Past years are closed: everything done, mostly on time.
                done = roll < 84 ? onOrBefore(due.minusDays(rnd.nextInt(20)))
                        : cal.onOrNextWorkingDay(due.plusDays(1 + rnd.nextInt(20)));
            } else if (due.isBefore(today)) {
                if (roll < 76) {
                    done = onOrBefore(due.minusDays(rnd.nextInt(20)));
                } else if (roll < 91) {
                    done = cal.onOrNextWorkingDay(due.plusDays(1 + rnd.nextInt(20)));
                }
            } else if (roll < 25) {
                done = onOrBefore(today.minusDays(rnd.nextInt(10)));
            }
            LocalDate first = cal.onOrNextWorkingDay(o.periodStart().isBefore(assigned) ? assigned : o.periodStart());
            if (done != null && done.isBefore(first)) {
                done = first; // a period may start before the task was given
            }
            if (done != null && !done.isAfter(today) && o.dueOn() != null) {
                if (roll % 3 != 0 && done.isAfter(first)) {
                    // Most finished work was reported on along the way.
                    progress(o.id(), onOrBefore(first.plusDays(
                            rnd.nextInt((int) Math.min(60, done.toEpochDay() - first.toEpochDay())))), first);
                }
                tasks.complete(o.id(), done, "Đã hoàn thành, có báo cáo kết quả");
            } else if (!o.periodStart().isAfter(today)) {
                LocalDate on = cal.onOrNextWorkingDay(first.plusDays(rnd.nextInt(30)));
                if (!on.isAfter(lastWorkingDay)) {
                    progress(o.id(), on, first);
                }
            }
        }
    }

    private void progress(long occurrenceId, LocalDate on, LocalDate first) {
        tasks.report(occurrenceId, on.isBefore(first) ? first : on, 10 * (1 + rnd.nextInt(8)),
                "Đang triển khai thực hiện", "demo");
    }

    private long pick(List<Long> units) {
        return units.get(rnd.nextInt(units.size()));
    }
}
