package vn.socongvu.planimport;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.WordPlan;

/**
 * Hard cases modelled on real commune plans, written as Word writes them (automatic numbering and bullets):
 * a xã's "Kế hoạch cải cách hành chính" whose "Tổ chức thực hiện" assigns the areas to units.
 */
final class AreaPlans {
    private AreaPlans() {
    }

    /** The typical units, the leadership unit made at setup, and the four mass organisations. */
    static List<Unit> directory() {
        List<Unit> units = new ArrayList<>(UnitMatcherTest.typical());
        units.add(new Unit(20, "Lãnh đạo HĐND và UBND xã", "Lãnh đạo xã", UnitKind.OFFICE, null, null, true));
        long id = 21;
        for (String n : List.of("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Nông dân xã",
                "Hội Cựu chiến binh xã")) {
            units.add(new Unit(id++, n, null, UnitKind.MASS_ORGANISATION, null, null, true));
        }
        return units;
    }

    /**
     * Hòa Bình's administrative reform plan: the date line left for the signing day ("……, ngày … tháng … năm …"),
     * "(Kèm theo Quyết định …)" under the title, two bases in one "Thực hiện …; Kế hoạch …" paragraph, five task
     * areas in Word's numbering with bulleted tasks, a "Tổ chức thực hiện" that gives three units their areas,
     * one unit's follow-up and the other units' duty, and the recipients as Word bullets in the signature's table
     * ({@code recipientsInTable}) or below the body.
     */
    static Path caiCachHanhChinh(Path file, boolean recipientsInTable) throws Exception {
        try (WordPlan w = new WordPlan()) {
            BigInteger numbers = w.list("decimal|%1.", "decimal|%1.%2.", "lowerLetter|%3)");
            BigInteger bullets = w.list("bullet|-", "bullet|+");
            BigInteger again = w.restarting(numbers, 0, 1);
            w.header(List.of("ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH"), "Số: 08/KH-UBND", "……, ngày … tháng 01 năm 2026")
                    .bold("KẾ HOẠCH")
                    .bold("Cải cách hành chính năm 2026")
                    .p("(Kèm theo Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND xã Hòa Bình)")
                    .p("Thực hiện Quyết định số 2347/QĐ-UBND ngày 17/12/2025 của UBND tỉnh Thái Nguyên về việc ban hành "
                            + "Chương trình cải cách hành chính nhà nước tỉnh Thái Nguyên giai đoạn 2026 - 2030; Kế hoạch "
                            + "số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh về cải cách hành chính năm 2026, UBND xã Hòa Bình "
                            + "xây dựng Kế hoạch cải cách hành chính năm 2026 như sau:")
                    .bold("I. MỤC ĐÍCH, YÊU CẦU")
                    .p("Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân, doanh nghiệp.")
                    .bold("II. NHIỆM VỤ TRỌNG TÂM")
                    .item(numbers, 0, "Cải cách thể chế", true)
                    .item(bullets, 0, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.")
                    .item(bullets, 0, "Kiểm tra việc thi hành văn bản quy phạm pháp luật trên địa bàn. Thời gian hoàn thành: "
                            + "30/11/2026.")
                    .item(numbers, 0, "Cải cách thủ tục hành chính", true)
                    .item(bullets, 0, "Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công.")
                    .item(bullets, 0, "Trung tâm Phục vụ hành chính công chủ trì tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình.")
                    .item(numbers, 0, "Cải cách tổ chức bộ máy hành chính", true)
                    .item(bullets, 0, "Rà soát chức năng, nhiệm vụ của các phòng, ban, bộ phận thuộc UBND xã.")
                    .item(numbers, 0, "Cải cách tài chính công", true)
                    .item(bullets, 0, "Công khai dự toán, quyết toán ngân sách xã theo quy định.")
                    .item(numbers, 0, "Xây dựng và phát triển chính quyền điện tử, chính quyền số", true)
                    .item(bullets, 0, "Duy trì họp giao ban hoặc họp trực tuyến qua hệ thống hội nghị truyền hình.")
                    .item(bullets, 0, "Mặt trận Tổ quốc Việt Nam và các đoàn thể tuyên truyền người dân sử dụng dịch vụ công "
                            + "trực tuyến.")
                    .bold("III. TỔ CHỨC THỰC HIỆN")
                    .item(again, 0, "Văn phòng HĐND và UBND xã – chủ trì, tham mưu triển khai các nhiệm vụ cải cách thể chế, "
                            + "cải cách thủ tục hành chính.", true)
                    .item(again, 0, "Phòng Kinh tế – chủ trì, phối hợp với Văn phòng HĐND và UBND xã tham mưu triển khai nhiệm "
                            + "vụ cải cách tài chính công.", true)
                    .item(again, 0, "Phòng Văn hóa – Xã hội – chủ trì, tham mưu triển khai nhiệm vụ cải cách tổ chức bộ máy "
                            + "hành chính.", true)
                    .item(again, 0, "Các phòng, ban, bộ phận thuộc UBND xã căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế "
                            + "hoạch; báo cáo kết quả thực hiện trước ngày 10/12/2026 qua phòng văn hóa, xã hội để tổng hợp.", true)
                    .item(again, 0, "Văn phòng HĐND và UBND xã chủ trì, theo dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp, "
                            + "báo cáo kết quả định kỳ hằng quý.", true)
                    .p("Trên đây là Kế hoạch cải cách hành chính năm 2026 của UBND xã Hòa Bình./.");
            List<String> recipients = List.of("Sở Nội vụ tỉnh;", "Thường trực Đảng ủy xã;", "Thường trực HĐND xã;",
                    "Các phòng, ban, bộ phận thuộc UBND xã;", "Lưu: VT, VP.");
            List<String> signer = List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lường Văn Hải");
            if (recipientsInTable) {
                w.signature(recipients, bullets, signer);
            } else {
                w.bold("Nơi nhận:");
                recipients.forEach(r -> w.item(bullets, 0, r));
                signer.forEach(w::bold);
            }
            return w.save(file);
        }
    }
}
