package vn.socongvu.planimport;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import vn.socongvu.document.WordPlan;
import vn.socongvu.planimport.PlanScore.Labels;
import vn.socongvu.task.Recurrence;

/**
 * Three whole commune plans in the style of the held-out plans of issue 33, written as Word files by code (not
 * kept as binaries), each with its hand labels: what a careful clerk would enter from it. None of them is the
 * development set; each carries the failure classes of the issue as real plans do, inside a whole plan.
 * <ol>
 *   <li>{@link #reform}: "Kế hoạch cải cách hành chính năm 2021" — tasks as labelled fields (a. Nội dung / b. Yêu
 *       cầu / c. Trách nhiệm thực hiện / d. Thời gian hoàn thành) under Word-numbered headings, plain items whose
 *       lead is the unit "Tổ chức thực hiện" assigns their area to, "Thực hiện Quyết định …; Kế hoạch …", a
 *       recipients list in Word bullets;</li>
 *   <li>{@link #disasters}: a disaster-prevention plan whose task section has unnumbered prose between its items,
 *       typed and Word numbering mixed (a Word "1." under a typed "2."), and a pointer to the appendix table of
 *       tasks after the signature;</li>
 *   <li>{@link #conduct}: an office-conduct plan written with "các phòng, ban, bộ phận", "Mặt trận Tổ quốc Việt
 *       Nam và các đoàn thể", "họp giao ban hoặc họp", "(qua phòng văn hóa, xã hội để tổng hợp)".</li>
 * </ol>
 */
public final class HeldOutPlans {
    static final String OFFICE = "Văn phòng HĐND và UBND";
    static final String ECONOMY = "Phòng Kinh tế";
    static final String CULTURE = "Phòng Văn hóa – Xã hội";
    static final String ONE_STOP = "Trung tâm Phục vụ hành chính công";
    static final String SERVICES = "Trung tâm Dịch vụ tổng hợp";
    static final String POLICE = "Công an xã";
    static final String MILITARY = "Ban Chỉ huy Quân sự xã";
    static final String FRONT = "Ủy ban Mặt trận Tổ quốc Việt Nam xã";

    private HeldOutPlans() {
    }

    /** A plan written as .docx and its labels. */
    public record Plan(Path file, Labels labels) {
    }

    /** The three plans, written into {@code dir}. */
    public static List<Plan> all(Path dir) throws Exception {
        return List.of(reform(dir), disasters(dir), conduct(dir));
    }

    /** (i) Cải cách hành chính năm 2021, xã Tân Lập: labelled fields, Word numbering, areas assigned. */
    public static Plan reform(Path dir) throws Exception {
        try (WordPlan w = new WordPlan()) {
            w.header(List.of("UBND HUYỆN ĐỒNG HỶ", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP"), "Số: 18/KH-UBND",
                    "Tân Lập, ngày 20 tháng 01 năm 2021");
            w.title("KẾ HOẠCH", "Cải cách hành chính năm 2021");
            w.italic("Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách "
                    + "hành chính nhà nước giai đoạn 2011 - 2020;");
            w.italic("Thực hiện Quyết định số 2156/QĐ-UBND ngày 28/12/2020 của UBND huyện Đồng Hỷ về việc ban hành Kế hoạch "
                    + "cải cách hành chính năm 2021; Kế hoạch số 07/KH-UBND ngày 12/01/2021 của UBND huyện về tuyên "
                    + "truyền cải cách hành chính năm 2021.");
            w.p("Ủy ban nhân dân xã Tân Lập xây dựng Kế hoạch cải cách hành chính năm 2021 như sau:");
            w.bold("I. MỤC ĐÍCH, YÊU CẦU");
            BigInteger aims = w.list("decimal|%1.", "decimal|%1.%2.", "lowerLetter|%3)");
            w.item(aims, 0, "Mục đích", true);
            w.p("Đẩy mạnh cải cách hành chính, xây dựng nền hành chính phục vụ, chuyên nghiệp, hiện đại; nâng cao chất "
                    + "lượng phục vụ người dân, tổ chức.");
            w.item(aims, 0, "Yêu cầu", true);
            w.p("Các nhiệm vụ phải cụ thể, rõ trách nhiệm, thời gian hoàn thành; gắn trách nhiệm người đứng đầu với kết "
                    + "quả cải cách hành chính.");
            w.bold("II. NHIỆM VỤ TRỌNG TÂM");
            BigInteger t = w.continuing(aims);
            w.item(t, 0, "Công tác chỉ đạo, điều hành cải cách hành chính", true);
            w.item(t, 1, "Kiểm tra công tác cải cách hành chính");
            w.p("a. Nội dung: Tổ chức kiểm tra công tác cải cách hành chính tại các bộ phận chuyên môn và bộ phận một "
                    + "cửa của xã.");
            w.p("b. Yêu cầu: Mỗi bộ phận được kiểm tra ít nhất 01 lần trong năm; kết quả kiểm tra được công khai.");
            w.p("c. Trách nhiệm thực hiện: - Chủ tịch UBND xã chỉ đạo; - Văn phòng HĐND và UBND xã chủ trì tham mưu, "
                    + "thực hiện.");
            w.p("d. Thời gian hoàn thành: 30/11/2021.");
            w.item(t, 1, "Báo cáo cải cách hành chính");
            w.p("a. Nội dung: Xây dựng báo cáo cải cách hành chính định kỳ quý, 6 tháng, năm gửi UBND huyện đúng thời "
                    + "hạn.");
            w.p("b. Yêu cầu: Báo cáo đầy đủ, đúng đề cương, số liệu chính xác.");
            w.p("c. Trách nhiệm thực hiện: Văn phòng HĐND và UBND xã.");
            w.p("d. Thời gian thực hiện: Hằng quý.");
            w.item(t, 0, "Cải cách thể chế", true);
            w.item(t, 1, "Rà soát văn bản quy phạm pháp luật");
            w.p("a. Nội dung: Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.");
            w.p("b. Yêu cầu: Kịp thời phát hiện văn bản trái pháp luật, hết hiệu lực để đề nghị sửa đổi, bãi bỏ.");
            w.p("c. Trách nhiệm thực hiện: Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã.");
            w.p("đ. Thời gian hoàn thành: 15/12/2021.");
            w.item(t, 1, "Nâng cao chất lượng công tác phổ biến, giáo dục pháp luật cho cán bộ, công chức và nhân dân; "
                    + "thời gian thực hiện: thường xuyên.");
            w.item(t, 0, "Cải cách thủ tục hành chính", true);
            w.item(t, 1, "Công khai thủ tục hành chính");
            w.p("a. Nội dung: Niêm yết công khai đầy đủ các thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã "
                    + "tại bộ phận một cửa và trên Trang thông tin điện tử xã.");
            w.p("b. Yêu cầu: 100% thủ tục hành chính được công khai đúng quy định.");
            w.p("c. Trách nhiệm thực hiện: Trung tâm Phục vụ hành chính công xã.");
            w.p("d. Thời gian hoàn thành: 31/3/2021.");
            w.item(t, 1, "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng, trễ hẹn; thực hiện "
                    + "thường xuyên.");
            w.item(t, 1, "Tổ chức khảo sát mức độ hài lòng của người dân, tổ chức đối với việc giải quyết thủ tục hành "
                    + "chính, hoàn thành trước ngày 30/10/2021.");
            w.item(t, 0, "Cải cách tổ chức bộ máy", true);
            w.item(t, 1, "Rà soát chức năng, nhiệm vụ của các bộ phận chuyên môn, khắc phục tình trạng chồng chéo, bỏ sót "
                    + "nhiệm vụ; hoàn thành trong quý II/2021.");
            w.item(t, 0, "Cải cách chế độ công vụ", true);
            w.item(t, 1, "Kỷ luật, kỷ cương hành chính");
            w.p("a. Nội dung: Tăng cường kỷ luật, kỷ cương hành chính; kiểm tra việc chấp hành giờ giấc làm việc của "
                    + "cán bộ, công chức.");
            w.p("b. Yêu cầu: Không để xảy ra vi phạm kỷ luật lao động.");
            w.p("c. Trách nhiệm thực hiện: Phòng Văn hóa - Xã hội chủ trì; các bộ phận chuyên môn phối hợp.");
            w.p("d. Thời gian thực hiện: Thường xuyên.");
            w.item(t, 1, "Cử cán bộ, công chức tham gia các lớp đào tạo, bồi dưỡng chuyên môn, nghiệp vụ theo kế hoạch của "
                    + "huyện.");
            w.item(t, 0, "Cải cách tài chính công", true);
            w.item(t, 1, "Công khai ngân sách");
            w.p("a. Nội dung: Thực hiện công khai dự toán, quyết toán ngân sách xã theo quy định.");
            w.p("b. Yêu cầu: Đúng thời hạn, đúng nội dung, hình thức công khai.");
            w.p("c. Trách nhiệm thực hiện: Phòng Kinh tế.");
            w.p("d. Thời gian hoàn thành: 30/6/2021.");
            w.item(t, 1, "Thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính, tiết kiệm chi thường xuyên.");
            w.item(t, 0, "Hiện đại hóa hành chính", true);
            w.item(t, 1, "Ứng dụng công nghệ thông tin");
            w.p("a. Nội dung: Sử dụng hiệu quả hệ thống quản lý văn bản và điều hành; gửi, nhận văn bản điện tử giữa "
                    + "UBND xã và các cơ quan, đơn vị.");
            w.p("b. Yêu cầu: Tỷ lệ văn bản điện tử đạt từ 90% trở lên.");
            w.p("c. Trách nhiệm thực hiện: Văn phòng HĐND và UBND xã chủ trì; Trung tâm Phục vụ hành chính công phối "
                    + "hợp.");
            w.p("d. Thời gian thực hiện: Hằng tháng.");
            w.item(t, 1, "Duy trì, áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 trong hoạt động "
                    + "của UBND xã; thời gian hoàn thành: 15/12/2021.");
            w.bold("III. KINH PHÍ THỰC HIỆN");
            w.p("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2021.");
            w.bold("IV. TỔ CHỨC THỰC HIỆN");
            BigInteger o = w.continuing(aims);
            w.item(o, 0, "Văn phòng HĐND và UBND xã – chủ trì, tham mưu thực hiện công tác chỉ đạo, điều hành, cải cách "
                    + "thể chế, cải cách tổ chức bộ máy và hiện đại hóa hành chính; tổng hợp, báo cáo kết quả thực hiện "
                    + "Kế hoạch.");
            w.item(o, 0, "Trung tâm Phục vụ hành chính công – chủ trì thực hiện cải cách thủ tục hành chính.");
            w.item(o, 0, "Phòng Văn hóa – Xã hội – chủ trì thực hiện cải cách chế độ công vụ.");
            w.item(o, 0, "Phòng Kinh tế – chủ trì tham mưu thực hiện cải cách tài chính công.");
            w.p("Trên đây là Kế hoạch cải cách hành chính năm 2021 của UBND xã Tân Lập; yêu cầu các bộ phận, đơn vị "
                    + "nghiêm túc triển khai thực hiện./.");
            w.signature(List.of("UBND huyện (b/c);", "Phòng Nội vụ huyện (b/c);", "TT Đảng ủy, HĐND xã;",
                    "Chủ tịch, các PCT UBND xã;", "Các bộ phận chuyên môn;", "Lưu: VT."), w.list("bullet|-", "bullet|+"),
                    List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Thắng"));
            Labels labels = new PlanScore.Builder("(i) Cải cách hành chính 2021, Tân Lập", 3, 6)
                    .due("Tổ chức kiểm tra công tác cải cách hành chính tại các bộ phận", OFFICE, 2021, 11, 30)
                    .every("Xây dựng báo cáo cải cách hành chính định kỳ", OFFICE, Recurrence.QUARTERLY)
                    .due("Rà soát, hệ thống hóa văn bản quy phạm pháp luật", OFFICE, 2021, 12, 15)
                    .every("Nâng cao chất lượng công tác phổ biến, giáo dục pháp luật", OFFICE, Recurrence.ONGOING)
                    .due("Niêm yết công khai đầy đủ các thủ tục hành chính", ONE_STOP, 2021, 3, 31)
                    .every("Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn", ONE_STOP, Recurrence.ONGOING)
                    .due("Tổ chức khảo sát mức độ hài lòng", ONE_STOP, 2021, 10, 30)
                    .due("Rà soát chức năng, nhiệm vụ của các bộ phận chuyên môn", OFFICE, 2021, 6, 30)
                    .every("Tăng cường kỷ luật, kỷ cương hành chính", CULTURE, Recurrence.ONGOING)
                    .open("Cử cán bộ, công chức tham gia các lớp đào tạo", CULTURE)
                    .due("Thực hiện công khai dự toán, quyết toán ngân sách xã", ECONOMY, 2021, 6, 30)
                    .open("Thực hiện cơ chế tự chủ về sử dụng kinh phí", ECONOMY)
                    .every("Sử dụng hiệu quả hệ thống quản lý văn bản và điều hành", OFFICE, Recurrence.MONTHLY)
                    .due("Duy trì, áp dụng hệ thống quản lý chất lượng", OFFICE, 2021, 12, 15)
                    .build();
            return new Plan(w.save(dir.resolve("ke-hoach-cchc-2021-tan-lap.docx")), labels);
        }
    }

    /** (ii) Phòng, chống thiên tai năm 2026, xã Hòa Bình: prose between items, mixed numbering, an appendix. */
    public static Plan disasters(Path dir) throws Exception {
        try (WordPlan w = new WordPlan()) {
            w.header(List.of("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"), "Số: 22/KH-UBND", "Hòa Bình, ngày 10 tháng 3 năm 2026");
            w.title("KẾ HOẠCH", "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026");
            w.italic("Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;");
            w.italic("Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết thi hành một số điều "
                    + "của Luật Phòng, chống thiên tai;");
            w.italic("Căn cứ Kế hoạch số 35/KH-UBND ngày 20/02/2026 của UBND tỉnh về công tác phòng, chống thiên tai năm "
                    + "2026.");
            w.p("UBND xã Hòa Bình ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 như sau:");
            w.bold("I. MỤC ĐÍCH, YÊU CẦU");
            w.p("1. Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương, có hiệu quả khi thiên tai xảy ra; "
                    + "giảm đến mức thấp nhất thiệt hại về người và tài sản.");
            w.p("2. Quán triệt và thực hiện có hiệu quả phương châm “bốn tại chỗ” trong phòng, chống thiên tai.");
            w.bold("II. NHIỆM VỤ, GIẢI PHÁP");
            w.bold("1. Công tác chuẩn bị");
            BigInteger a = w.list("lowerLetter|%1)", "bullet|-");
            w.item(a, 0, "Văn phòng HĐND và UBND xã tham mưu kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu "
                    + "nạn xã, phân công nhiệm vụ cho từng thành viên; hoàn thành trước ngày 31/3/2026.");
            w.item(a, 0, "Ban Chỉ huy Quân sự xã xây dựng phương án ứng phó thiên tai theo cấp độ rủi ro, chuẩn bị lực "
                    + "lượng, phương tiện theo phương châm “bốn tại chỗ”; hoàn thành trong tháng 4/2026.");
            w.p("Trong quá trình chuẩn bị, nếu có phát sinh vướng mắc, các đơn vị kịp thời báo cáo Ban Chỉ huy phòng, "
                    + "chống thiên tai xã để được hướng dẫn.");
            w.item(a, 0, "Trung tâm Dịch vụ tổng hợp xã chuẩn bị vật tư, nhu yếu phẩm, thuốc men dự phòng; hoàn thành trước "
                    + "ngày 15/5/2026.");
            w.bold("2. Công tác ứng phó, khắc phục hậu quả");
            BigInteger d = w.list("decimal|%1.", "decimal|%1.%2.", "lowerLetter|%3)");
            w.item(d, 0, "Công an xã bảo đảm an ninh, trật tự tại các khu vực bị ảnh hưởng, bảo vệ tài sản của Nhà nước và "
                    + "nhân dân khi có thiên tai xảy ra.");
            w.item(d, 0, "Phòng Kinh tế tổng hợp, thống kê thiệt hại, đề xuất hỗ trợ khôi phục sản xuất; báo cáo UBND xã "
                    + "hằng tháng trong mùa mưa bão.");
            w.p("Việc huy động lực lượng, phương tiện của các thôn thực hiện theo phương án đã được phê duyệt.");
            w.item(d, 0, "Phòng Văn hóa – Xã hội phối hợp với Trạm Y tế xã tổ chức vệ sinh môi trường, phòng, chống dịch "
                    + "bệnh sau thiên tai.");
            w.item(d, 0, "Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động, tiếp nhận, phân bổ nguồn hỗ trợ cho các hộ bị thiệt "
                    + "hại, bảo đảm công khai, minh bạch.");
            w.bold("3. Nhiệm vụ cụ thể của các cơ quan, đơn vị");
            w.p("(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo)");
            w.bold("III. KINH PHÍ THỰC HIỆN");
            w.p("Từ nguồn ngân sách xã năm 2026 và Quỹ phòng, chống thiên tai theo quy định.");
            w.bold("IV. TỔ CHỨC THỰC HIỆN");
            w.p("1. Văn phòng HĐND và UBND xã: Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch; báo cáo UBND "
                    + "xã định kỳ 6 tháng, hằng năm.");
            w.p("Trên đây là Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 của UBND xã Hòa Bình. Yêu cầu "
                    + "các cơ quan, đơn vị, các thôn nghiêm túc triển khai thực hiện./.");
            w.signature(List.of("Ban Chỉ huy PCTT và TKCN tỉnh (b/c);", "TT Đảng ủy xã (b/c);", "TT HĐND xã;",
                    "CT, các PCT UBND xã;", "Thành viên BCH PCTT xã;", "Các thôn;", "Lưu: VT, KT."), null,
                    List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa"));
            w.pageBreak();
            w.title("PHỤ LỤC", "DANH MỤC NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI NĂM 2026");
            w.italic("(Kèm theo Kế hoạch số 22/KH-UBND ngày 10/3/2026 của UBND xã Hòa Bình)");
            w.table(List.of(
                    new String[]{"TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"},
                    new String[]{"1", "Rà soát, cập nhật danh sách hộ dân sống trong vùng có nguy cơ sạt lở đất, lũ quét",
                        "Ban Chỉ huy Quân sự xã", "Các thôn", "30/4/2026"},
                    new String[]{"2", "Tổ chức diễn tập phương án ứng phó thiên tai cấp xã", "Ban Chỉ huy Quân sự xã",
                        "Công an xã", "Quý III/2026"},
                    new String[]{"3", "Kiểm tra, đánh giá hiện trạng hệ thống kênh mương, hồ đập trước mùa mưa bão",
                        "Phòng Kinh tế", "Các thôn", "31/5/2026"},
                    new String[]{"4", "Tuyên truyền kiến thức phòng, chống thiên tai trên hệ thống loa truyền thanh xã",
                        "Trung tâm Dịch vụ tổng hợp", "Phòng Văn hóa – Xã hội", "Hằng tháng"},
                    new String[]{"5", "Tổng hợp, báo cáo thiệt hại do thiên tai gửi UBND tỉnh", "Phòng Kinh tế",
                        "Văn phòng HĐND và UBND", "Thường xuyên"},
                    new String[]{"6", "Tập huấn kỹ năng cứu hộ, cứu nạn cho lực lượng xung kích các thôn", "Công an xã",
                        "Ban Chỉ huy Quân sự xã", "30/6/2026"}));
            Labels labels = new PlanScore.Builder("(ii) Phòng, chống thiên tai 2026, Hòa Bình", 3, 7)
                    .due("Văn phòng HĐND và UBND xã tham mưu kiện toàn", OFFICE, 2026, 3, 31)
                    .due("Ban Chỉ huy Quân sự xã xây dựng phương án", MILITARY, 2026, 4, 30)
                    .due("Trung tâm Dịch vụ tổng hợp xã chuẩn bị vật tư", SERVICES, 2026, 5, 15)
                    .open("Công an xã bảo đảm an ninh, trật tự", POLICE)
                    .every("Phòng Kinh tế tổng hợp, thống kê thiệt hại", ECONOMY, Recurrence.MONTHLY)
                    .open("Phòng Văn hóa – Xã hội phối hợp với Trạm Y tế", CULTURE)
                    .open("Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động", FRONT)
                    .due("Rà soát, cập nhật danh sách hộ dân", MILITARY, 2026, 4, 30)
                    .due("Tổ chức diễn tập phương án ứng phó", MILITARY, 2026, 9, 30)
                    .due("Kiểm tra, đánh giá hiện trạng hệ thống kênh mương", ECONOMY, 2026, 5, 31)
                    .every("Tuyên truyền kiến thức phòng, chống thiên tai", SERVICES, Recurrence.MONTHLY)
                    .every("Tổng hợp, báo cáo thiệt hại do thiên tai", ECONOMY, Recurrence.ONGOING)
                    .due("Tập huấn kỹ năng cứu hộ, cứu nạn", POLICE, 2026, 6, 30)
                    .every("Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch", OFFICE, Recurrence.HALF_YEARLY)
                    .build();
            return new Plan(w.save(dir.resolve("ke-hoach-pctt-2026-hoa-binh.docx")), labels);
        }
    }

    /** (iii) Văn hóa công vụ năm 2026, xã Thanh Sơn: the phrasings that made false units and a false lead. */
    public static Plan conduct(Path dir) throws Exception {
        try (WordPlan w = new WordPlan()) {
            w.header(List.of("ỦY BAN NHÂN DÂN XÃ THANH SƠN"), "Số: 31/KH-UBND", "Thanh Sơn, ngày 02 tháng 4 năm 2026");
            w.title("KẾ HOẠCH", "Thực hiện văn hóa công vụ năm 2026");
            w.italic("Căn cứ Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hóa công "
                    + "vụ;");
            w.italic("Căn cứ Kế hoạch số 58/KH-UBND ngày 16/3/2026 của UBND tỉnh về thực hiện Đề án Văn hóa công vụ năm "
                    + "2026.");
            w.p("Ủy ban nhân dân xã ban hành Kế hoạch thực hiện văn hóa công vụ năm 2026, cụ thể như sau:");
            w.bold("I. MỤC ĐÍCH, YÊU CẦU");
            w.p("- Xây dựng phong cách ứng xử, lề lối làm việc chuẩn mực, chuyên nghiệp của cán bộ, công chức.");
            w.p("- Việc thực hiện văn hóa công vụ phải thường xuyên, gắn với thi đua, khen thưởng.");
            w.bold("II. NỘI DUNG THỰC HIỆN");
            w.bold("1. Tinh thần, thái độ làm việc");
            w.p("a) Cán bộ, công chức các phòng, ban, bộ phận thực hiện nghiêm túc nội quy, quy chế làm việc của cơ "
                    + "quan; chấp hành giờ giấc làm việc, không làm việc riêng trong giờ hành chính. Thời gian: thường "
                    + "xuyên.");
            w.p("b) Văn phòng HĐND và UBND xã tổ chức kiểm tra việc chấp hành giờ giấc làm việc, đeo thẻ công chức; kết "
                    + "quả kiểm tra được thông báo tại cuộc họp giao ban hoặc họp cơ quan hằng tháng.");
            w.bold("2. Chuẩn mực giao tiếp, ứng xử");
            w.p("a) Trung tâm Phục vụ hành chính công niêm yết công khai quy tắc ứng xử của công chức tại nơi tiếp nhận "
                    + "hồ sơ, số điện thoại đường dây nóng; hoàn thành trước ngày 30/4/2026.");
            w.p("b) Phòng Văn hóa – Xã hội tổ chức lấy ý kiến đánh giá của người dân về thái độ phục vụ của công chức, "
                    + "hằng quý tổng hợp kết quả.");
            w.p("c) Mặt trận Tổ quốc Việt Nam và các đoàn thể xã giám sát việc thực hiện văn hóa công vụ của cán bộ, "
                    + "công chức; phản ánh kịp thời những hành vi gây phiền hà, sách nhiễu nhân dân.");
            w.bold("3. Chuẩn mực đạo đức, lối sống");
            w.p("a) Tuyên truyền, giáo dục cán bộ, công chức về chuẩn mực đạo đức, lối sống; phòng, chống các biểu hiện "
                    + "tiêu cực. Phòng Văn hóa – Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã thực "
                    + "hiện; thời gian: thường xuyên.");
            w.p("b) Công an xã phối hợp với các phòng, ban, bộ phận kiểm tra việc chấp hành quy định không uống rượu, bia "
                    + "trong giờ làm việc, giờ nghỉ trưa; định kỳ 6 tháng báo cáo kết quả.");
            w.bold("4. Cơ sở vật chất, trang phục");
            w.p("- Phòng Kinh tế bố trí kinh phí mua sắm thẻ công chức, biển tên, bảng chức danh tại phòng làm việc; "
                    + "hoàn thành trong tháng 6/2026.");
            w.p("- Văn phòng HĐND và UBND xã bố trí, sắp xếp phòng làm việc khoa học, gọn gàng, sạch đẹp; hoàn thành "
                    + "trước ngày 31/5/2026.");
            w.p("- Trung tâm Dịch vụ tổng hợp xã đăng tải tin, bài về gương điển hình trong thực hiện văn hóa công vụ "
                    + "trên Trang thông tin điện tử xã, hằng tháng.");
            w.bold("III. TỔ CHỨC THỰC HIỆN");
            w.p("1. Các phòng, ban, bộ phận thuộc UBND xã căn cứ Kế hoạch này triển khai thực hiện; định kỳ hằng quý báo "
                    + "cáo kết quả về UBND xã (qua phòng văn hóa, xã hội để tổng hợp).");
            w.p("2. Phòng Văn hóa – Xã hội: Tham mưu Chủ tịch UBND xã khen thưởng tập thể, cá nhân thực hiện tốt văn hóa "
                    + "công vụ; tổng hợp kết quả báo cáo UBND tỉnh trước ngày 10/12/2026.");
            w.p("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, ban, bộ phận báo cáo về UBND xã (qua "
                    + "phòng văn hóa, xã hội) để tổng hợp, báo cáo Chủ tịch UBND xã xem xét, chỉ đạo./.");
            w.signature(List.of("Sở Nội vụ (b/c);", "TT Đảng ủy xã (b/c);", "TT HĐND xã;", "CT, các PCT UBND xã;",
                    "Ủy ban MTTQ và các đoàn thể xã;", "Các phòng, ban, bộ phận;", "Lưu: VT, VHXH."), null,
                    List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Lan"));
            Labels labels = new PlanScore.Builder("(iii) Văn hóa công vụ 2026, Thanh Sơn", 2, 7)
                    .every("Cán bộ, công chức các phòng, ban, bộ phận thực hiện", null, Recurrence.ONGOING)
                    .every("Văn phòng HĐND và UBND xã tổ chức kiểm tra việc chấp hành", OFFICE, Recurrence.MONTHLY)
                    .due("Trung tâm Phục vụ hành chính công niêm yết", ONE_STOP, 2026, 4, 30)
                    .every("Phòng Văn hóa – Xã hội tổ chức lấy ý kiến", CULTURE, Recurrence.QUARTERLY)
                    .open("Mặt trận Tổ quốc Việt Nam và các đoàn thể xã giám sát", FRONT)
                    .every("Tuyên truyền, giáo dục cán bộ, công chức về chuẩn mực", CULTURE, Recurrence.ONGOING)
                    .every("Công an xã phối hợp với các phòng, ban, bộ phận", POLICE, Recurrence.HALF_YEARLY)
                    .due("Phòng Kinh tế bố trí kinh phí mua sắm", ECONOMY, 2026, 6, 30)
                    .due("Văn phòng HĐND và UBND xã bố trí, sắp xếp phòng làm việc", OFFICE, 2026, 5, 31)
                    .every("Trung tâm Dịch vụ tổng hợp xã đăng tải tin", SERVICES, Recurrence.MONTHLY)
                    .every("Các phòng, ban, bộ phận thuộc UBND xã căn cứ", null, Recurrence.QUARTERLY)
                    .due("Tham mưu Chủ tịch UBND xã khen thưởng", CULTURE, 2026, 12, 10)
                    .build();
            return new Plan(w.save(dir.resolve("ke-hoach-vhcv-2026-thanh-son.docx")), labels);
        }
    }
}
