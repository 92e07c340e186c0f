package vn.socongvu.planimport;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import vn.socongvu.document.PlainText;
import vn.socongvu.document.TextParagraph;
import vn.socongvu.document.WordPlan;

/** Test fixtures: commune plans modelled on real ones, as typed text and as .docx with Word's own numbering. */
final class CommunePlans {
    static final String[] CCHC_HEAD = {"ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 15/KH-UBND",
        "Tân Lập, ngày 20 tháng 01 năm 2022", "KẾ HOẠCH", "Cải cách hành chính năm 2022",
        "Căn cứ Kế hoạch số 10/KH-UBND ngày 10/01/2022 của UBND huyện về cải cách hành chính năm 2022;"};
    static final String[] CCHC_TAIL = {"Trên đây là Kế hoạch cải cách hành chính năm 2022 của UBND xã Tân Lập./.",
        "Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"};

    /** The body as typed: "a. Nội dung: …", the responsibility's bullets typed, "đ." among the letters. */
    static final String[] CCHC_BODY = {
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân.",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "1. Cải cách thể chế",
        "a. Nội dung: Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.",
        "b. Yêu cầu: Kịp thời phát hiện, đề xuất sửa đổi văn bản không còn phù hợp.",
        "c. Trách nhiệm thực hiện:",
        "- Chủ tịch UBND xã chỉ đạo chung;",
        "- Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã thực hiện.",
        "d. Thời gian hoàn thành: 15/12/2022.",
        "2. Cải cách thủ tục hành chính",
        "a. Nội dung: Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa.",
        "b. Yêu cầu: Người dân dễ tiếp cận, tra cứu thủ tục.",
        "c. Trách nhiệm thực hiện: Trung tâm Phục vụ hành chính công xã.",
        "d. Thời gian thực hiện: Thường xuyên.",
        "3. Cải cách tổ chức bộ máy",
        "a. Nội dung: Rà soát chức năng, nhiệm vụ của các phòng, ban chuyên môn.",
        "b. Trách nhiệm thực hiện: Chủ tịch UBND xã; Trưởng Công an xã.",
        "c. Thời gian hoàn thành: Quý III/2022.",
        "4. Hiện đại hóa hành chính",
        "a. Nội dung: Sử dụng phần mềm quản lý văn bản và điều hành trong xử lý công việc.",
        "b. Kết quả/Sản phẩm: Văn bản đi, đến được xử lý trên môi trường mạng.",
        "c. Cơ quan chủ trì: Văn phòng HĐND và UBND xã.",
        "d. Cơ quan phối hợp: Phòng Văn hóa – Xã hội.",
        "đ. Tiến độ: Tháng 3/2022, hoàn thành tháng 6/2022.",
        "5. Tổ chức Hội nghị tập huấn nghiệp vụ cải cách hành chính cho cán bộ, công chức",
        "- Yêu cầu: Cán bộ, công chức nắm vững quy trình giải quyết thủ tục hành chính.",
        "- Đơn vị thực hiện: Văn phòng HĐND và UBND xã.",
        "- Thời gian: Quý I/2022.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng HĐND và UBND xã",
        "Tham mưu UBND xã theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch.",
    };

    static final String[] SECTION_II_WITH_PROSE = {
        "ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: 31/KH-UBND", "Hòa Bình, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
        "Tăng cường kỷ luật, kỷ cương hành chính năm 2026",
        "Căn cứ Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ;",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao ý thức trách nhiệm của cán bộ, công chức.",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "Để thực hiện tốt mục tiêu trên, UBND xã đề ra các nhiệm vụ sau:",
        "1. Tăng cường tuyên truyền, quán triệt các quy định về kỷ luật, kỷ cương hành chính; thực hiện thường xuyên.",
        "2. Rà soát, sửa đổi Quy chế làm việc của UBND xã, hoàn thành trước ngày 30/6/2026.",
        "3. Công an xã tăng cường kiểm tra việc chấp hành giờ giấc làm việc hằng quý.",
        "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch cụ thể của đơn vị mình.",
        "4. Thực hiện nghiêm chế độ báo cáo định kỳ 6 tháng.",
        "Trong đó, báo cáo 6 tháng gửi trước ngày 15/6/2026 qua Văn phòng HĐND và UBND xã.",
        "5. Phòng Văn hóa – Xã hội chủ trì, phối hợp với Trung tâm Dịch vụ tổng hợp công khai kết quả trên Trang "
                + "thông tin điện tử xã.",
        "Ghi chú: các đơn vị gửi báo cáo bằng văn bản điện tử.",
        "6. Kiểm tra đột xuất việc thực hiện nhiệm vụ tại Bộ phận Một cửa; thời gian hoàn thành: tháng 9/2026.",
        "Tổ chức sơ kết việc thực hiện Kế hoạch vào tháng 7/2026.",
        "7. Đánh giá, xếp loại cán bộ, công chức gắn với kết quả thực hiện nhiệm vụ; thời hạn: 15/12/2026.",
        "III. KINH PHÍ",
        "Kinh phí thực hiện từ ngân sách xã năm 2026.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng HĐND và UBND xã",
        "- Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND xã.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về UBND xã để chỉ đạo./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Lê Văn Tâm"};

    private CommunePlans() {
    }

    static List<TextParagraph> text(String[]... parts) {
        StringBuilder b = new StringBuilder();
        for (String[] part : parts) {
            for (String line : part) {
                b.append(line).append('\n');
            }
        }
        return PlainText.paragraphs(b.toString());
    }

    /** The "Kế hoạch cải cách hành chính" as Word writes it: every number Word's own, the fields a lettered level. */
    static Path cchcDocx(Path file) throws Exception {
        try (WordPlan w = new WordPlan()) {
            BigInteger outline = w.list("upperRoman|%1.", "decimal|%2.", "lowerLetter|%3.", "bullet|-");
            for (String line : CCHC_HEAD) {
                if (line.equals("Cải cách hành chính năm 2022")) {
                    w.bold(line);
                } else {
                    w.p(line);
                }
            }
            for (String line : CCHC_BODY) {
                String t = line.replaceFirst("^(?:[IVX]+\\.|\\d+\\.|[a-zđ]\\.|-)\\s*", "");
                int level = line.matches("^[IVX]+\\..*") ? 0 : line.matches("^\\d+\\..*") ? 1
                        : line.matches("^[a-zđ]\\..*") ? 2 : line.startsWith("-") ? 3 : -1;
                if (level == 3 && line.contains(":")) {
                    level = 2; // item 5's fields: Word's letters there
                }
                if (level < 0) {
                    w.p(line);
                } else {
                    w.item(outline, level, t, level < 2);
                }
            }
            for (String line : CCHC_TAIL) {
                w.p(line);
            }
            return w.save(file);
        }
    }
}
