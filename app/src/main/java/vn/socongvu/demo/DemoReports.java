package vn.socongvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import vn.socongvu.document.DocumentKind;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.Target;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPart;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportService;
import vn.socongvu.report.Tthc;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.settings.WorkCalendar;

/**
 * The periodic reports the office has sent: for each period of a year whose window has ended before today, the
 * report written part by part (each part from its own sentences, so that no sentence is said twice in a report and
 * each period reads differently), the TTHC figures from the one-stop desk (the six months, nine months and year the
 * sum of their quarters, whose windows add up to theirs), the values of the plans' own targets, a signer, and its
 * BC number in the register, dated a working day at its deadline; numbering freezes its figures as an export would.
 * The report of the period still running is left for the clerk to write.
 */
final class DemoReports {
    private static final String[] COMMUNICATION = {
        "Tổ chức %d hội nghị quán triệt, tuyên truyền các văn bản của Trung ương, của tỉnh về kỷ luật, kỷ cương "
            + "hành chính và cải cách hành chính với trên %d lượt cán bộ, công chức và người dân tham dự.",
        "Đài truyền thanh xã phát %d tin, bài về cải cách hành chính, chuyển đổi số và dịch vụ công trực tuyến trên "
            + "hệ thống loa truyền thanh các xóm.",
        "Niêm yết công khai đầy đủ thủ tục hành chính, số điện thoại đường dây nóng và hòm thư góp ý tại Bộ phận "
            + "Một cửa của xã.",
        "Đăng tải %d tin, bài trên Trang thông tin điện tử xã và nhóm Zalo của các xóm hướng dẫn người dân nộp hồ "
            + "sơ trực tuyến.",
        "Phối hợp với Đoàn Thanh niên xã duy trì Tổ công nghệ số cộng đồng, hướng dẫn người dân kích hoạt tài khoản "
            + "định danh điện tử VNeID và thanh toán trực tuyến.",
        "Lồng ghép nội dung cải cách hành chính trong các buổi sinh hoạt chi bộ, họp xóm và sinh hoạt của các đoàn "
            + "thể.",
        "Treo %d băng rôn, khẩu hiệu tuyên truyền về cải cách hành chính và văn hóa công sở tại trụ sở UBND xã và "
            + "nhà văn hóa các xóm.",
        "Phát %d tờ rơi hướng dẫn thực hiện dịch vụ công trực tuyến đến các hộ gia đình.",
        "Công chức Bộ phận Một cửa trực tiếp hướng dẫn người dân thực hiện thủ tục trên Cổng Dịch vụ công quốc gia."};
    private static final String[] INSTITUTIONS = {
        "UBND xã ban hành %d văn bản chỉ đạo, điều hành về kỷ luật, kỷ cương hành chính và cải cách hành chính; các "
            + "văn bản được ban hành đúng thẩm quyền, thể thức và trình tự.",
        "Rà soát các văn bản quy phạm pháp luật do HĐND, UBND xã ban hành; qua rà soát, không phát hiện văn bản "
            + "trái pháp luật hoặc không còn phù hợp.",
        "Kịp thời triển khai các văn bản mới của Trung ương và của tỉnh đến các phòng, ban, đơn vị và cán bộ, công "
            + "chức.",
        "Công tác theo dõi thi hành pháp luật được thực hiện thường xuyên, trọng tâm là lĩnh vực đất đai, xây dựng "
            + "và bảo vệ môi trường.",
        "Sửa đổi, bổ sung Quy chế làm việc của UBND xã và Quy chế văn hóa công sở cho phù hợp với thực tế.",
        "Văn phòng HĐND và UBND xã kiểm tra thể thức, kỹ thuật trình bày văn bản trước khi trình ký theo Nghị định "
            + "số 30/2020/NĐ-CP.",
        "Tổ chức %d buổi phổ biến, giáo dục pháp luật tại các xóm, tập trung vào các luật mới có hiệu lực."};
    private static final String[] PROCEDURES = {
        "Duy trì niêm yết, công khai %d thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã tại Bộ phận Một "
            + "cửa và trên Trang thông tin điện tử xã.",
        "Bộ phận Một cửa bố trí công chức trực thường xuyên, kể cả sáng thứ Bảy đối với lĩnh vực hộ tịch, chứng "
            + "thực.",
        "Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định; hồ sơ trễ hạn đều có văn bản "
            + "xin lỗi người dân.",
        "Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với các thủ tục lĩnh vực hộ tịch, chứng thực.",
        "Rà soát, đề xuất đơn giản hóa %d thủ tục hành chính lĩnh vực hộ tịch, đất đai, bảo trợ xã hội.",
        "Công khai kết quả giải quyết hồ sơ và lấy ý kiến đánh giá của người dân qua thiết bị đánh giá tại Bộ phận "
            + "Một cửa.",
        "Tiếp nhận %d phản ánh, kiến nghị của người dân về việc giải quyết thủ tục hành chính; các phản ánh đều được "
            + "xem xét, trả lời đúng thời hạn.",
        "Thực hiện thu phí, lệ phí bằng hình thức thanh toán trực tuyến đối với thủ tục chứng thực, hộ tịch."};
    private static final String[] ORGANISATION = {
        "Phân công nhiệm vụ cụ thể cho từng cán bộ, công chức các phòng, ban chuyên môn thuộc UBND xã.",
        "Rà soát, điều chỉnh phân công nhiệm vụ các thành viên UBND xã phụ trách từng lĩnh vực.",
        "Tiếp tục bố trí cán bộ, công chức theo vị trí việc làm, bảo đảm đúng chuyên môn, nghiệp vụ.",
        "Kiện toàn Tổ công nghệ số cộng đồng tại %d xóm.",
        "Kiện toàn Ban chỉ đạo cải cách hành chính của xã và phân công thành viên theo dõi từng lĩnh vực.",
        "Rà soát chức năng, nhiệm vụ của các phòng, ban, không để chồng chéo, bỏ sót nhiệm vụ.",
        "Cập nhật danh mục vị trí việc làm và bản mô tả công việc của công chức xã."};
    private static final String[] CIVIL_SERVICE = {
        "Duy trì nghiêm chế độ làm việc, giờ giấc, trang phục, đeo thẻ công chức và văn hóa công sở.",
        "Theo dõi, đánh giá kết quả thực hiện nhiệm vụ của cán bộ, công chức hằng tháng làm căn cứ đánh giá, xếp "
            + "loại cuối năm.",
        "Cử %d lượt cán bộ, công chức tham gia các lớp bồi dưỡng chuyên môn, nghiệp vụ, kỹ năng số do tỉnh tổ chức.",
        "Qua kiểm tra công vụ, chấn chỉnh kịp thời các trường hợp đi muộn, về sớm, sử dụng điện thoại việc riêng "
            + "trong giờ làm việc.",
        "Thực hiện nghiêm quy định về tiếp công dân; Chủ tịch UBND xã tiếp công dân định kỳ vào thứ Năm hằng tuần.",
        "Không phát sinh đơn thư khiếu nại, tố cáo liên quan đến thái độ, tác phong của cán bộ, công chức.",
        "Thực hiện quy tắc ứng xử của cán bộ, công chức; niêm yết công khai tại trụ sở để nhân dân giám sát."};
    private static final String[] PUBLIC_FINANCE = {
        "Công khai dự toán, quyết toán ngân sách xã theo quy định; điều hành chi ngân sách đúng dự toán được giao.",
        "Thực hiện chế độ tự chủ về kinh phí quản lý hành chính; rà soát, sửa đổi quy chế chi tiêu nội bộ.",
        "Chi trả lương, phụ cấp qua tài khoản cá nhân cho 100%% cán bộ, công chức và người hoạt động không chuyên "
            + "trách.",
        "Giải ngân vốn đầu tư công các công trình giao thông nông thôn, nhà văn hóa xóm theo đúng tiến độ.",
        "Quản lý, sử dụng tài sản công đúng mục đích, tiết kiệm; theo dõi tài sản trên sổ sách đầy đủ.",
        "Thu ngân sách trên địa bàn bảo đảm tiến độ dự toán được giao; các khoản chi được kiểm soát qua Kho bạc Nhà nước.",
        "Thực hành tiết kiệm, chống lãng phí trong chi thường xuyên, nhất là chi hội nghị, tiếp khách."};
    private static final String[] DIGITAL = {
        "Duy trì hệ thống quản lý văn bản và điều hành; văn bản đi (trừ văn bản mật) được ký số và gửi, nhận trên "
            + "môi trường điện tử.",
        "Cán bộ, công chức sử dụng hộp thư điện tử công vụ và chữ ký số cá nhân trong xử lý công việc.",
        "Tăng cường họp trực tuyến, họp không giấy tờ, giảm chi phí in ấn tài liệu.",
        "Tổ công nghệ số cộng đồng hỗ trợ người dân thực hiện dịch vụ công trực tuyến toàn trình.",
        "Cập nhật, làm sạch dữ liệu dân cư, hộ tịch phục vụ Đề án 06 của Chính phủ.",
        "Duy trì Trang thông tin điện tử xã, cập nhật thường xuyên tin tức, văn bản chỉ đạo, điều hành.",
        "Sử dụng phần mềm Sổ Công Vụ để theo dõi nhiệm vụ, cuộc họp, kiểm tra công vụ và tổng hợp báo cáo định kỳ."};
    private static final String[] HIGHLIGHTS = {
        "Người đứng đầu các phòng, ban, đơn vị đã quan tâm chỉ đạo, gắn trách nhiệm trong thực hiện nhiệm vụ được "
            + "giao.",
        "Ý thức chấp hành kỷ luật, kỷ cương và thái độ phục vụ nhân dân của cán bộ, công chức có chuyển biến rõ nét.",
        "Thủ tục hành chính được giải quyết đúng quy định, tỷ lệ hồ sơ nộp trực tuyến tiếp tục tăng.",
        "Việc theo dõi nhiệm vụ trên phần mềm giúp lãnh đạo UBND xã đôn đốc kịp thời các nhiệm vụ sắp đến hạn.",
        "Công tác kiểm tra công vụ được duy trì thường xuyên, các vi phạm được chấn chỉnh kịp thời.",
        "Sự phối hợp giữa UBND xã với Ủy ban Mặt trận Tổ quốc và các đoàn thể trong tuyên truyền được tăng cường."};
    private static final String[] HIGHLIGHTS_YEAR = {
        "Các chỉ tiêu chủ yếu về cải cách hành chính của năm cơ bản đạt và vượt kế hoạch.",
        "Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính được duy trì ở mức cao.",
        "Kỷ luật, kỷ cương hành chính được giữ vững trong suốt năm, không có cán bộ, công chức bị xử lý kỷ luật do "
            + "vi phạm trong thi hành công vụ."};
    private static final String[] SHORTCOMINGS = {
        "Một số nhiệm vụ còn chậm tiến độ so với thời hạn kế hoạch đề ra, nhất là các nhiệm vụ cần phối hợp nhiều "
            + "đơn vị.",
        "Vẫn còn hồ sơ thủ tục hành chính giải quyết quá hạn, chủ yếu thuộc lĩnh vực đất đai.",
        "Một số cán bộ, công chức chưa chấp hành nghiêm giờ giấc làm việc, còn sử dụng điện thoại việc riêng trong "
            + "giờ hành chính.",
        "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình chưa cao; một bộ phận người dân, nhất là người cao tuổi, còn "
            + "quen nộp hồ sơ trực tiếp.",
        "Hạ tầng công nghệ thông tin còn hạn chế, một số máy tính đã xuống cấp, đường truyền có lúc chưa ổn định.",
        "Việc báo cáo của một số đơn vị còn chậm, chất lượng chưa cao."};
    private static final String[] CAUSES = {
        "Nguyên nhân: khối lượng công việc lớn trong khi biên chế còn thiếu, một số công chức phải kiêm nhiệm nhiều "
            + "việc.",
        "Nguyên nhân: một số người đứng đầu đơn vị chưa thực sự quyết liệt trong chỉ đạo, kiểm tra, đôn đốc.",
        "Nguyên nhân: địa bàn rộng, dân cư phân tán, khả năng sử dụng công nghệ của một bộ phận người dân còn hạn "
            + "chế.",
        "Nguyên nhân: kinh phí đầu tư cho hạ tầng số còn hạn hẹp, chưa đáp ứng yêu cầu chuyển đổi số."};
    private static final String[] NEXT_TASKS = {
        "Tiếp tục quán triệt, thực hiện nghiêm các văn bản chỉ đạo của Trung ương, của tỉnh về kỷ luật, kỷ cương "
            + "hành chính.",
        "Đôn đốc các phòng, ban, đơn vị hoàn thành các nhiệm vụ còn chậm tiến độ; không để phát sinh nhiệm vụ quá "
            + "hạn mới.",
        "Nâng cao chất lượng giải quyết thủ tục hành chính, phấn đấu không có hồ sơ trễ hạn.",
        "Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền "
            + "mặt.",
        "Tổ chức kiểm tra công vụ đột xuất tại các phòng, ban, đơn vị theo kế hoạch.",
        "Thực hiện tốt công tác tiếp công dân, giải quyết kiến nghị, phản ánh ngay tại cơ sở.",
        "Tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; cập nhật dữ liệu phục vụ Đề án 06."};
    private static final String[] RECOMMENDATIONS = {
        "Đề nghị Sở Nội vụ tiếp tục mở các lớp bồi dưỡng kỹ năng số, kỹ năng giao tiếp cho công chức Bộ phận Một "
            + "cửa cấp xã.",
        "Đề nghị UBND tỉnh quan tâm bố trí kinh phí nâng cấp trang thiết bị tại Bộ phận Một cửa của xã.",
        "Đề nghị các sở, ngành sớm hoàn thiện việc kết nối, chia sẻ dữ liệu giữa hệ thống giải quyết thủ tục hành "
            + "chính của tỉnh với các cơ sở dữ liệu chuyên ngành, nhất là đất đai, hộ tịch.",
        "Đề nghị Sở Khoa học và Công nghệ hỗ trợ khắc phục tình trạng đường truyền chậm khi sử dụng hệ thống quản "
            + "lý văn bản và điều hành.",
        "Đề nghị cấp trên sớm hướng dẫn thống nhất biểu mẫu, chế độ báo cáo định kỳ đối với cấp xã."};

    private final ReportService reports;
    private final PlanService plans;
    private final MeetingService meetings;
    private final SettingsService settings;
    private final Random rnd;
    private final WorkCalendar cal;

    /** The period being written: its counts in the text grow with its length (quarters). */
    private int span = 1;

    DemoReports(ReportService reports, PlanService plans, MeetingService meetings, SettingsService settings,
                Random rnd, WorkCalendar cal) {
        this.reports = reports;
        this.plans = plans;
        this.meetings = meetings;
        this.settings = settings;
        this.rnd = rnd;
        this.cal = cal;
    }

    /**
     * Writes the year's reports whose window has ended before {@code today} and gives them to the register.
     * @param progress 0 for the demo's first year, 1 for its last (more files go online year by year)
     * @return how many were saved
     */
    int year(int year, LocalDate today, double progress, DemoRegister register) {
        List<ReportPeriod> due = new ArrayList<>();
        for (ReportPeriod p : ReportPeriod.ofYear(year, settings.deadlines())) {
            if (reports.window(p).to().isBefore(today)) {
                due.add(p);
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        Map<Integer, Tthc> quarters = new HashMap<>();
        Map<Integer, Integer> bulletins = new HashMap<>();
        for (int q = 1; q <= 4; q++) {
            quarters.put(q, quarterTthc(progress));
            bulletins.put(q, 3 + rnd.nextInt(3));
        }
        List<Signer> signers = settings.signers().stream().filter(Signer::active).toList();
        List<Plan> inForce = plans.plans(year, false).stream().filter(p -> p.number() != null).toList();
        Map<Long, List<Target>> targets = plans.targetsOf(inForce.stream().map(Plan::id).toList());
        // The quarters written first: a longer period's parts are each written anew, none the same as a quarter's.
        Map<ReportPeriod, Report.Narrative> texts = new HashMap<>();
        List<Report.Narrative> quarterTexts = new ArrayList<>();
        for (ReportPeriod p : due) {
            if (p.kind() == ReportKind.QUARTER) {
                span = 1;
                texts.put(p, narrative(p));
                quarterTexts.add(texts.get(p));
            }
        }
        for (ReportPeriod p : due) {
            if (p.kind() != ReportKind.QUARTER) {
                span = p.lastMonth() / 3;
                Report.Narrative n;
                do {
                    n = narrative(p);
                } while (sharesAPart(n, quarterTexts));
                texts.put(p, n);
            }
        }
        for (ReportPeriod p : due) {
            int last = p.kind() == ReportKind.QUARTER ? p.quarter() : p.lastMonth() / 3;
            int first = p.kind() == ReportKind.QUARTER ? p.quarter() : 1;
            enterTargets(targets, p, first, last, bulletins);
            Report proposed = reports.open(p);
            Long signer = proposed.signerId();
            if (p.kind() == ReportKind.QUARTER && signers.size() > 1 && rnd.nextInt(3) == 0) {
                signer = signers.get(1).id(); // the vice-chairman in charge signs some quarters (KT. CHỦ TỊCH)
            }
            Tthc t = sum(quarters, first, last);
            Report saved = reports.save(new Report.Draft(p, texts.get(p), t, signer));
            LocalDate on = reports.due(p).minusDays(rnd.nextInt(3));
            while (!cal.isWorkingDay(on)) {
                on = on.minusDays(1);
            }
            LocalDate date = on;
            long id = saved.id();
            register.add(DocumentKind.BAO_CAO, date.atTime(16, 0), n -> reports.number(id, n, date));
        }
        return due.size();
    }

    private static boolean sharesAPart(Report.Narrative n, List<Report.Narrative> others) {
        for (Report.Narrative o : others) {
            for (ReportPart part : ReportPart.values()) {
                if (o.text(part).equals(n.text(part))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The plans' own targets the clerk measures (not the tasks', not the TTHC ones): a value for the period. */
    private void enterTargets(Map<Long, List<Target>> targets, ReportPeriod p, int first, int last,
                              Map<Integer, Integer> bulletins) {
        for (List<Target> ts : targets.values()) {
            for (Target t : ts) {
                if (t.indicator() != Target.Indicator.ENTERED) {
                    continue;
                }
                double goal = t.value();
                double v;
                if (!"%".equals(t.unit())) {
                    if (t.comparison() == Comparison.AT_MOST) {
                        v = goal;
                    } else {
                        int sum = 0;
                        for (int q = first; q <= last; q++) {
                            sum += bulletins.get(q);
                        }
                        v = sum;
                    }
                } else if (t.comparison() == Comparison.REDUCE_BY) {
                    v = meetingsReduced(p).orElse(goal - 3 + rnd.nextInt(8));
                } else if (t.comparison() == Comparison.AT_MOST) {
                    v = goal;
                } else {
                    v = goal >= 100 ? (rnd.nextInt(5) == 0 ? 96 + rnd.nextInt(4) : 100) : goal + rnd.nextInt(9);
                }
                plans.enterValue(t.id(), p.code(), v);
            }
        }
    }

    /**
     * How much fewer the meetings of the period's window were than those of the same window a year before, in
     * percent, as the report counts them (its target "giảm 10% số cuộc họp" is read off the same figures).
     */
    private Optional<Double> meetingsReduced(ReportPeriod p) {
        ReportPeriod.Window w = reports.window(p);
        int now = meetings.list(MeetingFilter.period(w.from(), w.to())).size();
        int before = meetings.list(MeetingFilter.period(w.from().minusYears(1), w.to().minusYears(1))).size();
        return before == 0 ? Optional.empty() : Optional.of(Math.round(1000.0 * (before - now) / before) / 10.0);
    }

    /** A quarter at the one-stop desk: every file received is resolved (early, on time or a few late) or pending. */
    private Tthc quarterTthc(double progress) {
        int received = 150 + rnd.nextInt(251);
        double share = 0.80 + 0.12 * progress + rnd.nextDouble() * 0.03;
        int online = (int) Math.round(received * share);
        int pending = 3 + rnd.nextInt(12);
        int late = rnd.nextInt(5);
        int resolved = received - pending;
        int early = (int) Math.round(resolved * (0.45 + rnd.nextDouble() * 0.25));
        double satisfaction = 95 + rnd.nextInt(41) / 10.0;
        return new Tthc(online, received - online, early, resolved - early - late, late, pending,
                satisfaction);
    }

    /**
     * Quarters {@code first} to {@code last} together: the files received and resolved added up, those pending at
     * the end of the last, the satisfaction weighed by the files resolved.
     */
    static Tthc sum(Map<Integer, Tthc> quarters, int first, int last) {
        int online = 0;
        int inPerson = 0;
        int early = 0;
        int onTime = 0;
        int late = 0;
        double weighed = 0;
        for (int q = first; q <= last; q++) {
            Tthc t = quarters.get(q);
            online += t.receivedOnline();
            inPerson += t.receivedInPerson();
            early += t.resolvedEarly();
            onTime += t.resolvedOnTime();
            late += t.resolvedLate();
            weighed += t.satisfaction() * t.resolved();
        }
        int resolved = early + onTime + late;
        return new Tthc(online, inPerson, early, onTime, late, quarters.get(last).pending(),
                Math.round(weighed / resolved * 10) / 10.0);
    }

    /** What the clerk wrote for the period, each part from its own sentences. */
    private Report.Narrative narrative(ReportPeriod p) {
        boolean year = p.kind() == ReportKind.YEAR;
        String label = p.label();
        String start = year ? capital(label) : "Trong " + label;
        Map<ReportPart, String> m = new EnumMap<>(ReportPart.class);
        m.put(ReportPart.COMMUNICATION, lines(start + ", tiếp tục đẩy mạnh công tác thông tin, tuyên truyền về kỷ "
                + "luật, kỷ cương hành chính và cải cách hành chính.", pick(COMMUNICATION, 3, true)));
        m.put(ReportPart.INSTITUTIONS, lines(null, pick(INSTITUTIONS, 2 + rnd.nextInt(2), false)));
        m.put(ReportPart.PROCEDURES, lines(null, pick(PROCEDURES, 2 + rnd.nextInt(2), false)));
        m.put(ReportPart.ORGANISATION, lines(null, pick(ORGANISATION, 2, false)));
        m.put(ReportPart.CIVIL_SERVICE, lines(null, pick(CIVIL_SERVICE, 2 + rnd.nextInt(2), false)));
        m.put(ReportPart.PUBLIC_FINANCE, lines(null, pick(PUBLIC_FINANCE, 2, false)));
        m.put(ReportPart.DIGITAL_GOVERNMENT, lines(null, pick(DIGITAL, 2 + rnd.nextInt(2), false)));
        List<String> highlights = new ArrayList<>(pick(HIGHLIGHTS, year ? 2 : 3, false));
        if (year) {
            highlights.addAll(0, pick(HIGHLIGHTS_YEAR, 2, false));
        }
        m.put(ReportPart.HIGHLIGHTS, lines(year
                ? capital(label) + ", UBND xã đã tập trung lãnh đạo, chỉ "
                    + "đạo quyết liệt, hoàn thành cơ bản các nhiệm vụ đề ra trong kế hoạch năm:"
                : start + ", công tác chỉ đạo, điều hành thực hiện kỷ luật, kỷ cương hành chính và cải cách hành "
                    + "chính của UBND xã được triển khai kịp thời, đúng kế hoạch:", bullets(highlights)));
        List<String> shortcomings = bullets(pick(SHORTCOMINGS, 2 + rnd.nextInt(2), false));
        shortcomings.add(CAUSES[rnd.nextInt(CAUSES.length)]);
        m.put(ReportPart.SHORTCOMINGS, lines(null, shortcomings));
        List<String> next = new ArrayList<>(pick(NEXT_TASKS, 3 + rnd.nextInt(2), false));
        if (year || p.kind() == ReportKind.NINE_MONTHS || p.quarter() == 4) {
            next.add("Xây dựng, ban hành kế hoạch cải cách hành chính, kế hoạch thực hiện kỷ luật, kỷ cương hành "
                    + "chính năm " + (p.year() + 1) + ".");
        }
        m.put(ReportPart.NEXT_TASKS, lines("Trong " + next(p) + ", UBND xã tập trung thực hiện các nhiệm vụ trọng "
                + "tâm sau:", bullets(next)));
        m.put(ReportPart.RECOMMENDATIONS, lines(null, pick(RECOMMENDATIONS, 1 + rnd.nextInt(2), false)));
        return new Report.Narrative(m);
    }

    /** "quý II năm 2026", "6 tháng cuối năm 2026", "quý IV năm 2026", "năm 2027": what the next report covers. */
    private static String next(ReportPeriod p) {
        return switch (p.kind()) {
            case QUARTER -> p.quarter() == 4 ? ReportPeriod.quarter(p.year() + 1, 1).label()
                    : ReportPeriod.quarter(p.year(), p.quarter() + 1).label();
            case HALF -> "6 tháng cuối năm " + p.year();
            case NINE_MONTHS -> ReportPeriod.quarter(p.year(), 4).label();
            case YEAR -> "năm " + (p.year() + 1);
        };
    }

    /** {@code n} different sentences of the pool in a random order, their blanks filled with plausible counts. */
    private List<String> pick(String[] pool, int n, boolean bullets) {
        List<String> all = new ArrayList<>(List.of(pool));
        Collections.shuffle(all, rnd);
        List<String> out = new ArrayList<>();
        for (String s : all.subList(0, Math.min(n, all.size()))) {
            String filled = s.contains("%d") ? fill(s) : s.replace("%%", "%");
            out.add(bullets ? "- " + filled : filled);
        }
        return out;
    }

    private String fill(String s) {
        Object[] args = new Object[(s.length() - s.replace("%d", "").length()) / 2];
        for (int i = 0; i < args.length; i++) {
            boolean fixed = s.contains("thủ tục hành chính thuộc thẩm quyền") || s.contains("xóm.");
            int n = i == 0 && s.contains("lượt cán bộ, công chức và người dân") ? 2 + rnd.nextInt(4)
                    : s.contains("tờ rơi") ? 200 + rnd.nextInt(600)
                    : s.contains("thủ tục hành chính thuộc thẩm quyền") ? 95 + rnd.nextInt(40)
                    : i == 1 ? 120 + rnd.nextInt(400) : 2 + rnd.nextInt(6);
            args[i] = fixed ? n : n * span;
        }
        return String.format(s, args);
    }

    private static List<String> bullets(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add("- " + l);
        }
        return out;
    }

    private static String lines(String lead, List<String> lines) {
        List<String> all = new ArrayList<>();
        if (lead != null) {
            all.add(lead);
        }
        all.addAll(lines);
        return String.join("\n", all);
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
