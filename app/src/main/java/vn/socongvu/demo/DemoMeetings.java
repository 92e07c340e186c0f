package vn.socongvu.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.text.VnFormat;

/**
 * A year of the commune's meetings: weekly and monthly briefings, dissemination conferences, professional and
 * major meetings; attendance with a few absences and late arrivals; minutes in the order of the agenda;
 * conclusions of which many become tasks. Each year has about 10% fewer meetings than the one before, and
 * more of them online and paperless, as the plans ask.
 */
final class DemoMeetings {
    /** Conferences of dissemination, each with the months it is held in (a year's plan is not launched in November). */
    private static final Titled[] DISSEMINATION = {
        new Titled("Hội nghị quán triệt, triển khai Nghị quyết của Đảng ủy xã về nhiệm vụ năm %d", 1, 2),
        new Titled("Hội nghị triển khai Kế hoạch cải cách hành chính năm %d", 1, 3),
        new Titled("Hội nghị triển khai Kế hoạch chuyển đổi số năm %d", 2, 4),
        new Titled("Hội nghị triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm %d", 3, 5),
        new Titled("Hội nghị quán triệt các quy định về kỷ luật, kỷ cương hành chính năm %d", 1, 12),
        new Titled("Hội nghị tập huấn nghiệp vụ văn thư, lưu trữ năm %d", 4, 10),
        new Titled("Hội nghị triển khai nhiệm vụ 6 tháng cuối năm %d", 7, 7),
        new Titled("Hội nghị triển khai công tác phòng cháy, chữa cháy mùa hanh khô năm %d", 10, 12)};
    private static final Titled[] PROFESSIONAL = {
        new Titled("Họp chuyên môn về tiến độ giải quyết hồ sơ thủ tục hành chính", 1, 12),
        new Titled("Họp chuyên môn về công tác chuyển đổi số và dịch vụ công trực tuyến", 1, 12),
        new Titled("Họp chuyên môn về công tác kiểm tra công vụ", 1, 12),
        new Titled("Họp chuyên môn về công tác thu ngân sách trên địa bàn", 1, 12),
        new Titled("Họp rà soát hồ sơ đất đai tồn đọng", 1, 12),
        new Titled("Họp chuyên môn về công tác văn thư, lưu trữ", 1, 12)};
    private static final Titled[] MAJOR = {
        new Titled("Họp chuyên đề về tăng cường kỷ luật, kỷ cương hành chính", 1, 12),
        new Titled("Họp chuyên đề đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm %d", 6, 7),
        new Titled("Họp chuyên đề về giải phóng mặt bằng các công trình trọng điểm", 1, 12),
        new Titled("Họp chuyên đề về nâng cao chỉ số hài lòng của người dân", 1, 12),
        new Titled("Họp chuyên đề tổng kết công tác năm %d, triển khai nhiệm vụ năm sau", 12, 12)};
    private static final Titled[] OTHER = {
        new Titled("Họp Ban Chỉ đạo phòng, chống dịch bệnh xã", 1, 12),
        new Titled("Họp Hội đồng thi đua - khen thưởng xã", 1, 12),
        new Titled("Họp lấy ý kiến dự thảo quy chế làm việc của UBND xã", 1, 12),
        new Titled("Họp Ban Chỉ đạo xây dựng nông thôn mới xã", 1, 12)};
    private static final String[] REASONS = {"Đi công tác", "Ốm", "Nghỉ phép năm", "Dự tập huấn tại tỉnh",
        "Bận việc gia đình đột xuất", "Tiếp công dân theo lịch"};
    private static final String[] GUESTS = {"Phó Trưởng phòng Nội vụ, Sở Nội vụ tỉnh",
        "Chuyên viên Văn phòng UBND tỉnh", "Đại diện Ủy ban MTTQ Việt Nam xã"};
    /**
     * What the minutes say under each agenda item, by the item: sentences of one item are never said under
     * another, and a meeting uses each at most once.
     */
    private static final Agenda[] BRIEFING_MONTH = {
        new Agenda("Đánh giá kết quả thực hiện nhiệm vụ tháng %d",
            "Văn phòng HĐND và UBND xã báo cáo kết quả thực hiện nhiệm vụ trong tháng; các nhiệm vụ trọng tâm cơ bản "
                + "hoàn thành theo kế hoạch.",
            "Lãnh đạo các phòng, cơ quan, đơn vị báo cáo tiến độ các nhiệm vụ được giao; một số nhiệm vụ còn chậm do "
                + "thiếu nhân lực.",
            "Trung tâm Phục vụ hành chính công báo cáo tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính trong "
                + "tháng."),
        new Agenda("Thống nhất chương trình công tác tháng %d",
            "Các đại biểu thống nhất chương trình công tác tháng tới, phân công lãnh đạo phụ trách từng nội dung.",
            "Văn phòng HĐND và UBND xã dự kiến lịch họp, lịch tiếp công dân và các đợt kiểm tra trong tháng tới.")};
    private static final Agenda[] BRIEFING_WEEK = {
        new Agenda("Đánh giá kết quả công tác tuần qua",
            "Lãnh đạo các phòng, cơ quan, đơn vị báo cáo nhanh kết quả công việc trong tuần.",
            "Văn phòng HĐND và UBND xã nêu các văn bản của tỉnh đến hạn phải báo cáo trong tuần."),
        new Agenda("Triển khai chương trình công tác tuần tới",
            "Các đồng chí lãnh đạo UBND xã thống nhất lịch công tác tuần tới và phân công dự các cuộc họp của tỉnh.",
            "Đồng chí chủ trì lưu ý các đơn vị chuẩn bị nội dung các cuộc họp đã có lịch.")};
    private static final Agenda[] DISSEMINATION_AGENDA = {
        new Agenda("Quán triệt nội dung văn bản",
            "Đồng chí chủ trì quán triệt nội dung văn bản chỉ đạo của cấp trên và yêu cầu các đơn vị triển khai nghiêm "
                + "túc.",
            "Báo cáo viên trình bày những điểm mới của văn bản và trách nhiệm của từng cơ quan, đơn vị."),
        new Agenda("Triển khai kế hoạch thực hiện",
            "Văn phòng HĐND và UBND xã trình bày dự thảo kế hoạch thực hiện, phân công nhiệm vụ cụ thể cho từng đơn vị.",
            "Các đơn vị được giao chủ trì đăng ký tiến độ thực hiện và sản phẩm cụ thể."),
        new Agenda("Thảo luận, giải đáp vướng mắc",
            "Các đại biểu dự họp thảo luận, nêu khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ.",
            "Lãnh đạo UBND xã trả lời, giải đáp trực tiếp các ý kiến của đại biểu.")};
    private static final Agenda[] WORKING_AGENDA = {
        new Agenda("Báo cáo tình hình, tiến độ",
            "Đơn vị chủ trì báo cáo tình hình thực hiện, kết quả đạt được và những việc còn tồn đọng.",
            "Một số nhiệm vụ còn chậm so với kế hoạch do hồ sơ phải bổ sung, thời tiết không thuận lợi."),
        new Agenda("Thảo luận, đề xuất giải pháp",
            "Các đại biểu thảo luận, thống nhất cần tăng cường kiểm tra, đôn đốc và báo cáo kết quả đúng hạn.",
            "Ý kiến các đơn vị phối hợp đề nghị phân công rõ đầu mối, thời hạn và sản phẩm của từng việc.")};
    /** The chair's conclusions, each with the unit it goes to (the start of its name). */
    private static final String[][] CONCLUSIONS = {
        {"Kiểm tra đột xuất việc chấp hành thời giờ làm việc tại Bộ phận tiếp nhận và trả kết quả", "Văn phòng"},
        {"Rà soát, giải quyết dứt điểm các hồ sơ thủ tục hành chính quá hạn", "Trung tâm Phục vụ"},
        {"Hoàn thiện báo cáo kết quả thực hiện nhiệm vụ gửi UBND xã", "Phòng Văn hóa"},
        {"Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình", "Trung tâm Phục vụ"},
        {"Xây dựng kế hoạch khắc phục các tồn tại, hạn chế đã được chỉ ra", "Phòng Văn hóa"},
        {"Tăng cường tổ chức họp trực tuyến, hạn chế sử dụng tài liệu giấy", "Văn phòng"},
        {"Rà soát, đôn đốc thu ngân sách, bảo đảm đạt dự toán được giao", "Phòng Kinh tế"},
        {"Hoàn thiện hồ sơ giải phóng mặt bằng, báo cáo UBND xã", "Phòng Kinh tế"},
        {"Bảo đảm an ninh, trật tự tại các điểm tổ chức sự kiện trên địa bàn", "Công an"},
        {"Rà soát, cập nhật số liệu lực lượng dân quân theo quy định", "Ban Chỉ huy Quân sự"}};

    private final MeetingService meetings;
    private final DemoPlans work;
    private final Random rnd;
    /** Công an xã's head: invited by name, not one of the UBND's staff. */
    private final String policeChief;

    DemoMeetings(MeetingService meetings, DemoPlans work, Random rnd) {
        this.meetings = meetings;
        this.work = work;
        this.rnd = rnd;
        this.policeChief = DemoGenerator.randomName(rnd, false);
    }

    /** A title and the months (first, last) it is used in. */
    private record Titled(String title, int from, int to) {
        boolean fits(int month) {
            return month >= from && month <= to;
        }
    }

    /** An agenda item and what the minutes may say under it. */
    private record Agenda(String item, String... said) {
    }

    /** The staff as the demo made them, {@code active} false for a hamlet's. */
    static List<Staff> staff(DirectoryService directory) {
        Set<Long> hamlets = directory.units().stream().filter(u -> u.kind() == UnitKind.HAMLET).map(Unit::id)
                .collect(Collectors.toSet());
        return directory.staff().stream().sorted(Comparator.comparingLong(Staff::id))
                .map(s -> new Staff(s.id(), s.fullName(), s.unitId(), s.unitName(), s.jobTitle(), s.category(),
                        s.leader(), null, null, !hamlets.contains(s.unitId()))).toList();
    }

    /**
     * One year's meetings, up to {@code today} plus a few weeks of scheduled ones; the minutes join the year's
     * register to be numbered in date order with the inspection records.
     * @param people the staff ({@code active} false marks hamlet staff, who attend only major meetings)
     * @param units the units by name, the conclusions' tasks going to the unit whose work they are
     * @return how many meetings were made
     */
    int year(int year, int count, List<Staff> people, Map<String, Long> units, LocalDate today,
             WorkCalendar cal, int yearIndex, int years, DemoRegister register) {
        Staff chairman = people.get(0);
        List<Staff> vices = people.subList(1, 3);
        List<Staff> office = people.stream().filter(p -> p.unitName().startsWith("Văn phòng")
                && p.category() == StaffCategory.CONG_CHUC).toList();
        List<Staff> leaders = people.stream().filter(p -> p.leader() && p.active()).toList();
        List<Staff> others = people.stream().filter(p -> !p.leader() && p.active()).toList();
        double progress = years <= 1 ? 1 : (double) yearIndex / (years - 1); // 0 the first year, 1 the last
        List<LocalDateTime> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = cal.onOrNextWorkingDay(LocalDate.of(year, 1, 1)
                    .plusDays(rnd.nextInt(LocalDate.of(year, 1, 1).lengthOfYear())));
            if (day.getYear() != year || day.isAfter(today.plusDays(30))) {
                continue;
            }
            starts.add(day.atTime(rnd.nextInt(4) == 0 ? 14 : 8, rnd.nextInt(3) == 0 ? 30 : 0));
        }
        starts.sort(null);
        Set<String> titles = new HashSet<>();
        int made = 0;
        for (LocalDateTime start : starts) {
            int roll = rnd.nextInt(100);
            MeetingKind kind = roll < 45 ? MeetingKind.BRIEFING : roll < 75 ? MeetingKind.PROFESSIONAL
                    : roll < 87 ? MeetingKind.DISSEMINATION : roll < 92 ? MeetingKind.MAJOR : MeetingKind.OTHER;
            double online = 0.08 + 0.35 * progress;
            double f = rnd.nextDouble();
            MeetingFormat format = f < online ? MeetingFormat.ONLINE : f < online + 0.1 ? MeetingFormat.HYBRID
                    : MeetingFormat.IN_PERSON;
            boolean paperless = rnd.nextDouble() < 0.05 + 0.6 * progress;
            LocalDateTime end = end(kind, start, cal);
            LocalDate day = start.toLocalDate();
            // The month's first briefing reviews the month; the others are the weekly ones.
            String monthly = "Họp giao ban UBND xã tháng " + day.getMonthValue() + " năm " + day.getYear();
            boolean monthBriefing = kind == MeetingKind.BRIEFING && titles.add(monthly);
            String title = kind == MeetingKind.BRIEFING ? (monthBriefing ? monthly
                    : "Giao ban công tác tuần, ngày " + VnFormat.date(day)) : title(kind, day);
            Staff chair = kind == MeetingKind.BRIEFING || kind == MeetingKind.MAJOR || rnd.nextInt(3) == 0 ? chairman
                    : vices.get(rnd.nextInt(vices.size()));
            Staff secretary = office.isEmpty() ? null : office.get(rnd.nextInt(office.size()));
            if (secretary != null && secretary.id() == chair.id()) {
                secretary = null;
            }
            boolean held = end.isBefore(today.atStartOfDay());
            List<Meeting.Participant> invited = participants(kind, chair, secretary, leaders, others, held);
            // A few recent files are still missing their minutes: the list flags them.
            boolean minutes = held && !(day.isAfter(today.minusDays(40)) && rnd.nextInt(4) == 0);
            List<Meeting.AgendaItem> agenda = agenda(kind, monthBriefing, day, minutes);
            List<Meeting.Conclusion> conclusions = held ? conclusions(units, day, cal) : List.of();
            Meeting.Draft d = new Meeting.Draft(null, kind, format, paperless, title, start, end,
                    format == MeetingFormat.ONLINE ? null : place(kind),
                    format == MeetingFormat.IN_PERSON ? null : "https://hop.thainguyen.gov.vn/binhthanh/" + (1000
                            + rnd.nextInt(9000)), chair.id(), secretary == null ? null : secretary.id(), invited, agenda,
                    conclusions);
            boolean numbered = minutes && rnd.nextInt(10) > 0;
            Meeting saved = meetings.save(d);
            if (numbered) {
                register.add(DocumentKind.BIEN_BAN, start, n -> meetings.number(saved.id(), n));
            }
            for (Meeting.Conclusion c : saved.conclusions()) {
                if (c.taskId() != null) {
                    work.work(c.taskId(), today);
                }
            }
            made++;
        }
        return made;
    }

    private LocalDateTime end(MeetingKind kind, LocalDateTime start, WorkCalendar cal) {
        boolean morning = start.getHour() < 12;
        return switch (kind) {
            case BRIEFING, DISSEMINATION -> {
                // Now and then one runs over its half day: the list shows it.
                if (rnd.nextInt(25) == 0 && morning) {
                    yield start.withHour(15).withMinute(30);
                }
                yield start.plusMinutes(90 + 30L * rnd.nextInt(4));
            }
            case PROFESSIONAL, OTHER -> morning && rnd.nextInt(4) == 0 ? start.withHour(16).withMinute(30)
                    : start.plusMinutes(120 + 30L * rnd.nextInt(3));
            // A major meeting goes on into the next day only when that is a working day.
            case MAJOR -> morning && rnd.nextInt(3) == 0 && cal.isWorkingDay(start.toLocalDate().plusDays(1))
                    ? start.plusDays(1).withHour(11).withMinute(30)
                    : morning ? start.withHour(16).withMinute(30) : start.plusHours(3);
        };
    }

    /** A title that fits the month (the pool's first title of the right months if the drawn one does not). */
    private String title(MeetingKind kind, LocalDate day) {
        Titled[] pool = switch (kind) {
            case DISSEMINATION -> DISSEMINATION;
            case MAJOR -> MAJOR;
            case OTHER -> OTHER;
            default -> PROFESSIONAL;
        };
        int month = day.getMonthValue();
        Titled t = pool[rnd.nextInt(pool.length)];
        if (!t.fits(month)) {
            List<Titled> fitting = Arrays.stream(pool).filter(x -> x.fits(month)).toList();
            t = fitting.get(rnd.nextInt(fitting.size()));
        }
        return t.title().contains("%d") ? String.format(t.title(), day.getYear()) : t.title();
    }

    private static String place(MeetingKind kind) {
        return kind == MeetingKind.DISSEMINATION || kind == MeetingKind.MAJOR ? "Hội trường UBND xã"
                : "Phòng họp UBND xã";
    }

    private List<Meeting.Participant> participants(MeetingKind kind, Staff chair, Staff secretary, List<Staff> leaders,
                                                   List<Staff> others, boolean held) {
        List<Staff> who = new ArrayList<>(leaders);
        if (secretary != null && !who.contains(secretary)) {
            who.add(secretary); // the secretary is there to write the minutes
        }
        int extra = kind == MeetingKind.BRIEFING ? 2 : kind == MeetingKind.DISSEMINATION ? 12 : 5;
        // Drivers and guards come to the conferences held for all staff, not to the working meetings.
        List<Staff> pool = kind == MeetingKind.DISSEMINATION ? others
                : others.stream().filter(s -> s.category() != StaffCategory.NGUOI_LAO_DONG).toList();
        for (int i = 0; i < extra && !pool.isEmpty(); i++) {
            Staff s = pool.get(rnd.nextInt(pool.size()));
            if (!who.contains(s)) {
                who.add(s);
            }
        }
        List<Meeting.Participant> out = new ArrayList<>();
        for (Staff s : who) {
            Attendance a = Attendance.PRESENT;
            String reason = null;
            if (held && s.id() != chair.id() && (secretary == null || s.id() != secretary.id())) {
                int r = rnd.nextInt(100);
                if (r < 6) {
                    a = Attendance.ABSENT;
                    reason = REASONS[rnd.nextInt(REASONS.length)];
                } else if (r < 10) {
                    a = Attendance.LATE;
                }
            }
            out.add(new Meeting.Participant(s.id(), s.fullName(), MeetingService.describe(s), a, reason));
        }
        if (kind != MeetingKind.PROFESSIONAL) {
            out.add(new Meeting.Participant(null, policeChief, "Trưởng Công an xã", Attendance.PRESENT, null));
        }
        if (kind != MeetingKind.BRIEFING && rnd.nextInt(3) == 0) {
            String g = GUESTS[rnd.nextInt(GUESTS.length)];
            out.add(new Meeting.Participant(null, DemoGenerator.randomName(rnd), g, Attendance.PRESENT, null));
        }
        return out;
    }

    private List<Meeting.AgendaItem> agenda(MeetingKind kind, boolean monthBriefing, LocalDate day, boolean minutes) {
        Agenda[] items = switch (kind) {
            case BRIEFING -> monthBriefing ? BRIEFING_MONTH : BRIEFING_WEEK;
            case DISSEMINATION -> DISSEMINATION_AGENDA;
            default -> WORKING_AGENDA;
        };
        List<Meeting.AgendaItem> out = new ArrayList<>();
        for (int k = 0; k < items.length; k++) {
            Agenda item = items[k];
            String name = item.item().contains("%d")
                    ? String.format(item.item(), k == 0 ? day.getMonthValue() : day.getMonthValue() % 12 + 1)
                    : item.item();
            String text = null;
            if (minutes) {
                // One or two of the item's own sentences, each once.
                List<String> said = new ArrayList<>(List.of(item.said()));
                Collections.shuffle(said, rnd);
                text = String.join("\n", said.subList(0, Math.min(said.size(), 1 + rnd.nextInt(2))));
            }
            out.add(new Meeting.AgendaItem(name, text));
        }
        return out;
    }

    /** One to three different conclusions; some become a task of the unit whose work it is, due on a working day. */
    private List<Meeting.Conclusion> conclusions(Map<String, Long> units, LocalDate day, WorkCalendar cal) {
        List<String[]> pool = new ArrayList<>(List.of(CONCLUSIONS));
        Collections.shuffle(pool, rnd);
        List<Meeting.Conclusion> out = new ArrayList<>();
        Set<Long> given = new HashSet<>();
        for (String[] c : pool.subList(0, 1 + rnd.nextInt(3))) {
            Long unit = DemoPlans.unit(units, c[1]);
            // One task a unit a meeting: a second would read "Giao … chủ trì thực hiện" twice.
            if (unit != null && rnd.nextInt(100) < 45 && given.add(unit)) {
                LocalDate due = cal.onOrNextWorkingDay(day.plusDays(7 + rnd.nextInt(40)));
                out.add(new Meeting.Conclusion(null, c[0], null, new Meeting.NewTask(unit, null, due, null)));
            } else {
                out.add(Meeting.Conclusion.of(c[0]));
            }
        }
        return out;
    }
}
