package vn.socongvu.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.InspectionItem;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.PlanService;
import vn.socongvu.report.ReportService;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.settings.Holiday;
import vn.socongvu.settings.HolidayKind;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.storage.Database;
import vn.socongvu.task.TaskService;

/**
 * Fills an empty database with a realistic demo commune (xã Bình Thành, tỉnh Thái Nguyên): its
 * identity and signers, units and staff, and the holiday table for every year it covers. The same
 * seed gives the same data, with each year's plans, tasks, meetings, inspections and the periodic reports sent
 * (numbered, figures frozen). Later features add their yearly records here.
 */
public final class DemoGenerator {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Ma", "Hà", "Triệu", "Lưu", "Đinh", "Chu", "Nông"};
    private static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Mạnh", "Thế", "Ngọc"};
    private static final String[] MIDDLE_F = {"Thị", "Thu", "Thanh", "Ngọc", "Hồng", "Thúy", "Minh", "Phương"};
    private static final String[] GIVEN_M = {"Anh", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long",
        "Nam", "Phong", "Quân", "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Đạt", "Hiếu", "Lâm"};
    private static final String[] GIVEN_F = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Huyền",
        "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Oanh", "Phương", "Thảo", "Trang", "Yến"};
    private static final String[] HAMLETS = {"Đồng Tâm", "Tân Lập", "Làng Mới", "Bình Minh", "Hợp Thành",
        "Đoàn Kết", "Thống Nhất", "Trung Tâm", "Cầu Đá", "Đồng Bầu", "Na Hoàng", "Khe Vàng", "Làng Chùa",
        "Tiến Bộ", "Quyết Thắng", "Phú Thịnh", "An Bình", "Đồng Mỏ", "Gò Chè", "Suối Lạnh", "Bãi Bằng",
        "Đèo Khế", "Thâm Găng", "Ngòi Chẹo", "Khuôn Ngàn", "Bản Ven", "Đồng Kem", "Pác Cáp", "Nà Lầy", "Gốc Cọ"};
    private static final String[] ORGANISATIONS = {"Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
        "Hội Nông dân xã", "Hội Cựu chiến binh xã"};
    /** Lunar new year's day (mùng 1 Tết) and Giỗ Tổ (10/3 lunar) for the years the demo may cover. */
    private static final Map<Integer, LocalDate[]> LUNAR = new LinkedHashMap<>();

    static {
        lunar(2014, "2014-01-31", "2014-04-09");
        lunar(2015, "2015-02-19", "2015-04-28");
        lunar(2016, "2016-02-08", "2016-04-16");
        lunar(2017, "2017-01-28", "2017-04-06");
        lunar(2018, "2018-02-16", "2018-04-25");
        lunar(2019, "2019-02-05", "2019-04-14");
        lunar(2020, "2020-01-25", "2020-04-02");
        lunar(2021, "2021-02-12", "2021-04-21");
        lunar(2022, "2022-02-01", "2022-04-10");
        lunar(2023, "2023-01-22", "2023-04-29");
        lunar(2024, "2024-02-10", "2024-04-18");
        lunar(2025, "2025-01-29", "2025-04-07");
        lunar(2026, "2026-02-17", "2026-04-26");
        lunar(2027, "2027-02-06", "2027-04-16");
    }

    private final Database db;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final PlanService plans;
    private final TaskService tasks;
    private final MeetingService meetings;
    private final InspectionService inspections;
    private final ReportService reports;
    private final EvaluationService evaluation;
    private final LocalDate today;
    /** The full names given so far. */
    private final Set<String> names = new HashSet<>();

    public DemoGenerator(Database db, DirectoryService directory, SettingsService settings, PlanService plans,
                         TaskService tasks, MeetingService meetings, InspectionService inspections,
                         ReportService reports, EvaluationService evaluation) {
        this.db = db;
        this.directory = directory;
        this.settings = settings;
        this.plans = plans;
        this.tasks = tasks;
        this.meetings = meetings;
        this.inspections = inspections;
        this.reports = reports;
        this.evaluation = evaluation;
        this.today = tasks.today();
    }

    private static void lunar(int year, String tet, String gioTo) {
        LUNAR.put(year, new LocalDate[] {LocalDate.parse(tet), LocalDate.parse(gioTo)});
    }

    /** What was made, for the command line and the tests. */
    public record Result(int units, int staff, int holidayYears, int plans, int tasks, int meetings,
                         int inspections, int reports) {
    }

    /**
     * Fills the database; refused if the commune is already set up. All or nothing.
     * @param years how many years back from {@code lastYear} the demo covers (1 = only this year)
     */
    public Result generate(DemoSize size, int years, int lastYear, long seed, Progress progress) {
        if (years < 1 || years > 12) {
            throw ValidationException.of("years", "demo.error.years");
        }
        if (settings.isSetUp()) {
            throw ValidationException.of("dataDir", "demo.error.notEmpty");
        }
        Random rnd = new Random(seed);
        names.clear();
        return db.tx(tx -> {
            progress.update(0.05, Messages.get("demo.progress.commune"));
            settings.setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", "Bình Thành", "Nguyễn Văn Hùng",
                    List.of("Hoàng Thị Thu Hà", "Lê Quang Minh"), false));
            settings.markAsDemo();
            long vice = settings.signers().get(1).id();
            progress.checkCancelled();

            progress.update(0.2, Messages.get("demo.progress.directory"));
            List<long[]> units = new ArrayList<>(); // {id, kind ordinal}
            Map<Long, String> unitNames = new HashMap<>();
            // The setup made the leadership unit and its three leaders (first unit, first people).
            long leadership = directory.units().getFirst().id();
            List<Unit.Draft> drafts = new ArrayList<>(TypicalUnits.drafts());
            for (int i = 0; i < size.extraOrganisations; i++) {
                drafts.add(new Unit.Draft(null, ORGANISATIONS[i], null, UnitKind.MASS_ORGANISATION, null, null));
            }
            for (int i = 0; i < size.hamlets; i++) {
                drafts.add(new Unit.Draft(null, "Xóm " + HAMLETS[i], null, UnitKind.HAMLET, null, null));
            }
            for (Unit.Draft u : drafts) {
                long id = directory.saveUnit(u).id();
                units.add(new long[] {id, u.kind().ordinal()});
                unitNames.put(id, u.name());
            }
            int staff = 0;
            for (Staff leader : directory.staff()) {
                staff += phone(rnd, leader);
                names.add(leader.fullName());
            }
            staff += person(rnd, leadership, new DemoStaffing.Post("Chủ tịch HĐND xã", StaffCategory.CAN_BO, null),
                    true);
            // Công an xã is listed for the tasks the UBND gives it, but its officers are not the UBND's staff.
            List<long[]> staffed = units.stream().filter(u -> u[1] != UnitKind.POLICE.ordinal()).toList();
            for (long[] u : staffed) {
                staff += person(rnd, u[0], DemoStaffing.head(unitNames.get(u[0]), UnitKind.values()[(int) u[1]]), true);
            }
            int i = 0;
            while (staff < size.staff) {
                long[] u = staffed.get(i++ % staffed.size());
                UnitKind kind = UnitKind.values()[(int) u[1]];
                if (kind == UnitKind.HAMLET && rnd.nextInt(3) > 0) {
                    continue;
                }
                staff += person(rnd, u[0], DemoStaffing.member(unitNames.get(u[0]), kind, rnd), false);
            }
            progress.checkCancelled();

            progress.update(0.7, Messages.get("demo.progress.holidays"));
            int holidayYears = 0;
            for (int y = lastYear - years + 1; y <= lastYear; y++) {
                addHolidays(y);
                if (!settings.holidays(y).isEmpty()) {
                    holidayYears++;
                }
            }
            progress.checkCancelled();

            WorkCalendar cal = settings.calendar();
            Map<String, Long> leadUnits = new LinkedHashMap<>();
            units.stream().filter(u -> u[1] != UnitKind.HAMLET.ordinal()).forEach(u -> leadUnits.put(unitNames.get(u[0]), u[0]));
            DemoPlans demoPlans = new DemoPlans(plans, tasks, rnd, size.busyRecurrence, cal);
            DemoMeetings demoMeetings = new DemoMeetings(meetings, demoPlans, rnd);
            List<Staff> people = DemoMeetings.staff(directory);
            DemoInspections demoInspections = new DemoInspections(inspections, rnd, cal);
            List<InspectionItem> items = inspections.items();
            // The reports draw from their own numbers: the other records stay as the seed made them before.
            DemoReports demoReports = new DemoReports(reports, plans, meetings, settings,
                    new Random(seed + 36), cal);
            DemoRegister register = new DemoRegister();
            int reportCount = 0;
            int inspectionCount = 0;
            int planCount = 0;
            int taskCount = 0;
            int meetingCount = 0;
            for (int y = lastYear - years + 1; y <= lastYear; y++) {
                progress.update(0.75 + 0.24 * (y - lastYear + years) / years, Messages.get("demo.progress.plans", y));
                progress.checkCancelled();
                DemoPlans.Counts c = demoPlans.year(y, size.plansPerYear, size.tasksPerPlan,
                        size.instructionsPerYear, leadUnits, vice, today);
                planCount += c.plans();
                taskCount += c.tasks();
                int count = (int) Math.round(size.meetingsLastYear * Math.pow(1.1, lastYear - y));
                meetingCount += demoMeetings.year(y, count, people, leadUnits, today, cal, y - lastYear + years - 1,
                        years, register);
                inspectionCount += demoInspections.year(y, size.inspectionsPerYear, people, items, vice, today,
                        years <= 1 ? 1 : (double) (y - lastYear + years - 1) / (years - 1), register);
                // After the year's records: numbering a report freezes the figures its window counts.
                reportCount += demoReports.year(y, today, years <= 1 ? 1 : (double) (y - lastYear + years - 1)
                        / (years - 1), register);
                LocalDate first = LocalDate.of(y, 1, 1);
                register.numberAll(kind -> inspections.proposeNumber(kind, first));
            }
            // The evaluation (Nghị định 335/2025) reads the tasks of the years above: lead persons, then the assessor.
            progress.checkCancelled();
            DemoEvaluation.leadPersons(db.dsl(), directory.staff());
            List<Signer> signers = settings.signers();
            new DemoEvaluation(evaluation, new Random(seed + 335), cal, today).assess(lastYear - years + 1, lastYear,
                    signers.getFirst().fullName(), signers.stream().skip(1).map(Signer::fullName).toList());
            progress.update(1.0, Messages.get("demo.progress.done"));
            return new Result(units.size() + 1, staff, holidayYears, planCount, taskCount, meetingCount,
                    inspectionCount, reportCount);
        });
    }

    private int person(Random rnd, long unitId, DemoStaffing.Post post, boolean leader) {
        String name;
        do {
            name = randomName(rnd, post.female());
        } while (!names.add(name)); // one commune, no two people of the same full name: the lists stay readable
        String phone = "09" + (10_000_000 + rnd.nextInt(89_999_999));
        directory.saveStaff(new Staff.Draft(null, name, unitId, post.title(), post.category(), leader, phone, null));
        return 1;
    }

    /** A leader the setup made gets a phone number, as {@link #person} would have given. */
    private int phone(Random rnd, Staff s) {
        String phone = "09" + (10_000_000 + rnd.nextInt(89_999_999));
        directory.saveStaff(new Staff.Draft(s.id(), s.fullName(), s.unitId(), s.jobTitle(), s.category(), s.leader(),
                phone, s.email()));
        return 1;
    }

    static String randomName(Random rnd) {
        return randomName(rnd, null);
    }

    /**
     * A name as the commune's registers have them: Nguyễn, Trần, Lê … most often, the Tày and Nùng names of the
     * province (Ma, Nông, Triệu …) among them. @param female null for either
     */
    static String randomName(Random rnd, Boolean female) {
        boolean f = female == null ? rnd.nextBoolean() : female;
        int r = rnd.nextInt(100);
        String family = r < 30 ? "Nguyễn" : r < 40 ? "Trần" : r < 48 ? "Lê" : FAMILY[3 + rnd.nextInt(FAMILY.length - 3)];
        String middle = f ? MIDDLE_F[rnd.nextInt(MIDDLE_F.length)] : MIDDLE_M[rnd.nextInt(MIDDLE_M.length)];
        String given = f ? GIVEN_F[rnd.nextInt(GIVEN_F.length)] : GIVEN_M[rnd.nextInt(GIVEN_M.length)];
        return family + " " + middle + " " + given;
    }

    /**
     * Adds the holidays of a year not yet in the table (2025–2026 come with the schema): fixed days,
     * Tết (five weekdays around mùng 1), Giỗ Tổ, each made up on the next working day if on a weekend.
     */
    private void addHolidays(int year) {
        boolean present = !settings.holidays(year).isEmpty();
        if (present || !LUNAR.containsKey(year)) {
            return;
        }
        Map<LocalDate, String> off = new LinkedHashMap<>();
        off.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LUNAR.get(year)[0];
        int added = 0;
        for (LocalDate d = tet.minusDays(2); added < 5; d = d.plusDays(1)) {
            if (!WorkCalendar.isWeekend(d)) {
                off.put(d, "Tết Nguyên đán");
                added++;
            }
        }
        off.put(LUNAR.get(year)[1], "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        off.put(LocalDate.of(year, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước");
        off.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        off.put(nationalDay, "Quốc khánh");
        LocalDate adjacent = nationalDay.getDayOfWeek() == DayOfWeek.FRIDAY || nationalDay.getDayOfWeek() == DayOfWeek.THURSDAY
                ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
        off.put(adjacent, "Quốc khánh (ngày liền kề)");
        if (year >= 2026) {
            off.put(LocalDate.of(year, 11, 24), "Ngày Văn hóa Việt Nam");
        }
        Map<LocalDate, String> makeUps = new LinkedHashMap<>();
        for (Map.Entry<LocalDate, String> e : off.entrySet()) {
            if (WorkCalendar.isWeekend(e.getKey()) && !e.getValue().startsWith("Tết Nguyên")) {
                LocalDate m = e.getKey();
                do {
                    m = m.plusDays(1);
                } while (WorkCalendar.isWeekend(m) || off.containsKey(m) || makeUps.containsKey(m));
                makeUps.put(m, "Nghỉ bù " + e.getValue());
            }
        }
        off.putAll(makeUps);
        off.forEach((d, name) -> settings.saveHoliday(new Holiday.Draft(null, d, name, HolidayKind.OFF)));
    }
}
