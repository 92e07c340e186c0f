package vn.socongvu.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
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
    private static final String[] DISSEMINATION = {
        "Hội nghị quán triệt, triển khai Nghị quyết của Đảng ủy xã về nhiệm vụ năm %d",
        "Hội nghị triển khai Kế hoạch cải cách hành chính năm %d",
        "Hội nghị triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm %d",
        "Hội nghị quán triệt các quy định về kỷ luật, kỷ cương hành chính năm %d",
        "Hội nghị triển khai Kế hoạch chuyển đổi số năm %d"};
    private static final String[] PROFESSIONAL = {
        "Họp chuyên môn về tiến độ giải quyết hồ sơ thủ tục hành chính",
        "Họp chuyên môn về công tác chuyển đổi số và dịch vụ công trực tuyến",
        "Họp chuyên môn về công tác kiểm tra công vụ",
        "Họp chuyên môn về công tác thu ngân sách trên địa bàn",
        "Họp rà soát hồ sơ đất đai tồn đọng",
        "Họp chuyên môn về công tác văn thư, lưu trữ"};
    private static final String[] MAJOR = {
        "Họp chuyên đề về tăng cường kỷ luật, kỷ cương hành chính",
        "Họp chuyên đề đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm %d",
        "Họp chuyên đề về giải phóng mặt bằng các công trình trọng điểm",
        "Họp chuyên đề về nâng cao chỉ số hài lòng của người dân"};
    private static final String[] OTHER = {
        "Họp Ban Chỉ đạo phòng, chống dịch bệnh xã",
        "Họp Hội đồng thi đua - khen thưởng xã",
        "Họp lấy ý kiến dự thảo quy chế làm việc của UBND xã",
        "Họp Ban Chỉ đạo xây dựng nông thôn mới xã"};
    private static final String[] REASONS = {"Đi công tác", "Ốm", "Nghỉ phép năm", "Dự tập huấn tại tỉnh",
        "Bận việc gia đình đột xuất", "Tiếp công dân theo lịch"};
    private static final String[] GUESTS = {"Phó Trưởng phòng Nội vụ, Sở Nội vụ tỉnh",
        "Chuyên viên Văn phòng UBND tỉnh", "Đại diện Ủy ban MTTQ Việt Nam xã", "Đại diện Công an xã"};
    private static final String[] DISCUSSION = {
        "Văn phòng HĐND và UBND xã báo cáo kết quả thực hiện nhiệm vụ trong kỳ và đề xuất nhiệm vụ kỳ tới.",
        "Các đại biểu dự họp thảo luận, nêu khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ.",
        "Lãnh đạo các phòng, cơ quan, đơn vị báo cáo tiến độ các nhiệm vụ được giao; một số nhiệm vụ còn chậm do "
            + "thiếu nhân lực.",
        "Đồng chí chủ trì quán triệt nội dung văn bản chỉ đạo của cấp trên và yêu cầu các đơn vị triển khai nghiêm túc.",
        "Ý kiến thống nhất của các đại biểu: tăng cường kiểm tra, đôn đốc và báo cáo kết quả đúng hạn."};
    private static final String[] CONCLUSIONS = {
        "Kiểm tra đột xuất việc chấp hành thời giờ làm việc tại bộ phận tiếp nhận và trả kết quả",
        "Rà soát, giải quyết dứt điểm các hồ sơ thủ tục hành chính quá hạn",
        "Hoàn thiện báo cáo kết quả thực hiện nhiệm vụ gửi Văn phòng HĐND và UBND xã",
        "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình",
        "Xây dựng kế hoạch khắc phục các tồn tại, hạn chế đã được chỉ ra",
        "Tăng cường tổ chức họp trực tuyến, hạn chế sử dụng tài liệu giấy"};

    private final MeetingService meetings;
    private final DemoPlans work;
    private final Random rnd;

    DemoMeetings(MeetingService meetings, DemoPlans work, Random rnd) {
        this.meetings = meetings;
        this.work = work;
        this.rnd = rnd;
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
     * One year's meetings, up to {@code today} plus a few weeks of scheduled ones.
     * @param people the staff ({@code active} false marks hamlet staff, who attend only major meetings)
     * @return how many meetings were made
     */
    int year(int year, int count, List<Staff> people, List<Long> leadUnits, LocalDate today,
             WorkCalendar cal, int yearIndex, int years) {
        Staff chairman = people.get(0);
        List<Staff> vices = people.subList(1, 3);
        List<Staff> office = people.stream().filter(p -> p.unitName().startsWith("Văn phòng")).toList();
        List<Staff> leaders = people.stream().filter(p -> p.leader() && p.active()).toList();
        List<Staff> others = people.stream().filter(p -> !p.leader() && p.active()).toList();
        double progress = years <= 1 ? 1 : (double) yearIndex / (years - 1); // 0 the first year, 1 the last
        List<LocalDateTime> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
            while (!cal.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            if (day.getYear() != year || day.isAfter(today.plusDays(30))) {
                continue;
            }
            starts.add(day.atTime(rnd.nextInt(4) == 0 ? 14 : 8, rnd.nextInt(3) == 0 ? 30 : 0));
        }
        starts.sort(null);
        int number = 0;
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
            LocalDateTime end = end(kind, start);
            String title = title(kind, start.toLocalDate());
            Staff chair = kind == MeetingKind.BRIEFING || kind == MeetingKind.MAJOR || rnd.nextInt(3) == 0 ? chairman
                    : vices.get(rnd.nextInt(vices.size()));
            Staff secretary = office.isEmpty() ? null : office.get(rnd.nextInt(office.size()));
            if (secretary != null && secretary.id() == chair.id()) {
                secretary = null;
            }
            boolean held = end.isBefore(today.atStartOfDay());
            List<Meeting.Participant> invited = participants(kind, chair, leaders, others, held);
            // A few recent files are still missing their minutes: the list flags them.
            boolean minutes = held && !(start.toLocalDate().isAfter(today.minusDays(40)) && rnd.nextInt(4) == 0);
            List<Meeting.AgendaItem> agenda = agenda(kind, start.toLocalDate(), minutes);
            List<Meeting.Conclusion> conclusions = held ? conclusions(leadUnits, start.toLocalDate()) : List.of();
            Meeting.Draft d = new Meeting.Draft(null, kind, format, paperless, title, start, end,
                    format == MeetingFormat.ONLINE ? null : place(kind),
                    format == MeetingFormat.IN_PERSON ? null : "https://hop.thainguyen.gov.vn/binhthanh/" + (1000
                            + rnd.nextInt(9000)), chair.id(), secretary == null ? null : secretary.id(), invited, agenda,
                    conclusions);
            Integer no = minutes && rnd.nextInt(10) > 0 ? ++number : null;
            Meeting saved = meetings.save(d);
            if (no != null) {
                meetings.number(saved.id(), no);
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

    private LocalDateTime end(MeetingKind kind, LocalDateTime start) {
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
            case MAJOR -> morning && rnd.nextInt(3) == 0 ? start.plusDays(1).withHour(11).withMinute(30)
                    : morning ? start.withHour(16).withMinute(30) : start.plusHours(3);
        };
    }

    private String title(MeetingKind kind, LocalDate day) {
        return switch (kind) {
            case BRIEFING -> rnd.nextBoolean() ? "Họp giao ban UBND xã tháng " + day.getMonthValue() + " năm "
                    + day.getYear() : "Giao ban công tác tuần, ngày " + VnFormat.date(day);
            case DISSEMINATION -> String.format(DISSEMINATION[rnd.nextInt(DISSEMINATION.length)], day.getYear());
            case PROFESSIONAL -> PROFESSIONAL[rnd.nextInt(PROFESSIONAL.length)];
            case MAJOR -> String.format(MAJOR[rnd.nextInt(MAJOR.length)], day.getYear());
            case OTHER -> OTHER[rnd.nextInt(OTHER.length)];
        };
    }

    private static String place(MeetingKind kind) {
        return kind == MeetingKind.DISSEMINATION || kind == MeetingKind.MAJOR ? "Hội trường UBND xã"
                : "Phòng họp UBND xã";
    }

    private List<Meeting.Participant> participants(MeetingKind kind, Staff chair, List<Staff> leaders,
                                                   List<Staff> others, boolean held) {
        List<Staff> who = new ArrayList<>(leaders);
        int extra = kind == MeetingKind.BRIEFING ? 2 : kind == MeetingKind.DISSEMINATION ? 12 : 5;
        for (int i = 0; i < extra && !others.isEmpty(); i++) {
            Staff s = others.get(rnd.nextInt(others.size()));
            if (!who.contains(s)) {
                who.add(s);
            }
        }
        List<Meeting.Participant> out = new ArrayList<>();
        for (Staff s : who) {
            Attendance a = Attendance.PRESENT;
            String reason = null;
            if (held && s.id() != chair.id()) {
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
        if (kind != MeetingKind.BRIEFING && rnd.nextInt(3) == 0) {
            String g = GUESTS[rnd.nextInt(GUESTS.length)];
            out.add(new Meeting.Participant(null, DemoGenerator.randomName(rnd), g, Attendance.PRESENT, null));
        }
        return out;
    }

    private List<Meeting.AgendaItem> agenda(MeetingKind kind, LocalDate day, boolean minutes) {
        List<String> items = switch (kind) {
            case BRIEFING -> List.of("Đánh giá kết quả thực hiện nhiệm vụ tháng " + day.getMonthValue(),
                    "Thống nhất chương trình công tác tháng " + (day.getMonthValue() % 12 + 1));
            case DISSEMINATION -> List.of("Quán triệt nội dung văn bản", "Triển khai kế hoạch thực hiện",
                    "Thảo luận, giải đáp vướng mắc");
            default -> List.of("Báo cáo tình hình, tiến độ", "Thảo luận, đề xuất giải pháp");
        };
        List<Meeting.AgendaItem> out = new ArrayList<>();
        for (String item : items) {
            String text = null;
            if (minutes) {
                text = DISCUSSION[rnd.nextInt(DISCUSSION.length)] + "\n" + DISCUSSION[rnd.nextInt(DISCUSSION.length)];
            }
            out.add(new Meeting.AgendaItem(item, text));
        }
        return out;
    }

    private List<Meeting.Conclusion> conclusions(List<Long> leadUnits, LocalDate day) {
        List<Meeting.Conclusion> out = new ArrayList<>();
        for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
            String text = CONCLUSIONS[rnd.nextInt(CONCLUSIONS.length)];
            if (rnd.nextInt(100) < 45) {
                LocalDate due = day.plusDays(7 + rnd.nextInt(40));
                if (due.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    due = due.plusDays(1);
                }
                out.add(new Meeting.Conclusion(null, text, null,
                        new Meeting.NewTask(leadUnits.get(rnd.nextInt(leadUnits.size())), null, due, null)));
            } else {
                out.add(Meeting.Conclusion.of(text));
            }
        }
        return out;
    }
}
