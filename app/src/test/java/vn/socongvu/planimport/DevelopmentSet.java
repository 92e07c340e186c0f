package vn.socongvu.planimport;

import vn.socongvu.planimport.PlanScore.Labels;
import vn.socongvu.task.Recurrence;

/**
 * The hand labels of the development set (the two plans of ../shared/samples, as docs/plan-import.md counts them):
 * every task by its first words; the lead unit where the plan names one for the task (the units of "Tổ chức thực
 * hiện" and their duties; null for the tasks of "all units", whose lead the reader can only guess); the recurrence
 * where the plan states one (neither plan states a date).
 */
final class DevelopmentSet {
    static final String OFFICE = HeldOutPlans.OFFICE;
    static final String CULTURE = HeldOutPlans.CULTURE;
    static final String ONE_STOP = HeldOutPlans.ONE_STOP;
    static final String SERVICES = HeldOutPlans.SERVICES;

    private DevelopmentSet() {
    }

    static Labels binhThanh() {
        // 9 bases: 7 paragraphs, the first citing three laws ("Căn cứ Luật Cán bộ, công chức …; Luật Viên chức …; …").
        return new PlanScore.Builder("Bình Thành (kỷ luật, kỷ cương 2026)", 9, 7)
                .every("Thường xuyên phổ biến, quán triệt", null, Recurrence.ONGOING)
                .open("Rà soát, điều chỉnh, bổ sung", null)
                .open("Xây dựng chương trình, kế hoạch", null)
                .open("Thực hiện đồng bộ các biện", null)
                .open("Phát huy cao vai trò, trách", null)
                .open("Tăng cường và nâng cao chất", null)
                .open("Phối hợp và tạo điều kiện", null)
                .every("Phát động phong trào thi đua", null, Recurrence.YEARLY)
                .open("Đánh giá đúng chất lượng, trình", null)
                .open("Tiếp tục nghiên cứu, hoàn thiện", null)
                .open("Thực hiện nghiêm, đầy đủ quy", null)
                .open("Trong thực thi nhiệm vụ công", null)
                .open("Thực hiện đúng, đầy đủ quy", null)
                .open("Tiếp tục đổi mới phong cách", null)
                .open("Nghiêm cấm lợi dụng chức năng", null)
                .open("Cán bộ, công chức, viên chức", null)
                .open("Trong giao tiếp với người dân", null)
                .open("Đối với đồng nghiệp, cán bộ", null)
                .open("Chủ động phối hợp, theo dõi", CULTURE)
                .open("Tham mưu cho UBND xã tăng", CULTURE)
                .open("Tham mưu cho UBND xã xử", CULTURE)
                .open("Tham mưu cho UBND xã cử", CULTURE)
                .open("Duy trì, phát triển hạ tầng", CULTURE)
                .open("Đăng tải phản ánh kịp thời", CULTURE)
                .open("Phối hợp với Phòng Văn hoá", OFFICE)
                .open("Tổ chức triển khai thực hiện", ONE_STOP)
                .open("Tham mưu cho UBND xã phối", ONE_STOP)
                .every("Niêm yết công khai toàn bộ", ONE_STOP, Recurrence.ONGOING)
                .every("Xây dựng kế hoạch kiểm tra", null, Recurrence.ONGOING)
                .open("Chấp hành nghiêm túc quy định", null)
                .open("Chủ động thực hiện và phối", null)
                .build();
    }

    static Labels danTien() {
        return new PlanScore.Builder("Dân Tiến (chấn chỉnh lề lối 2026)", 1, 9)
                .open("Các cơ quan, đơn vị trực", null)
                .open("Tổ chức tuyên truyền sâu rộng", null)
                .open("Thủ trưởng các cơ quan, đơn", null)
                .every("Các cơ quan chuyên môn, các", null, Recurrence.YEARLY)
                .open("Nâng cao trách nhiệm, bảo đảm", null)
                .open("Thực hiện nghiêm việc đổi mới", null)
                .open("Chấp hành nghiêm các quy định", null)
                .open("Ưu tiên bố trí thời gian", null)
                .open("Cơ quan chủ trì soạn thảo", null)
                .open("Nâng cao chất lượng các dự", null)
                .open("Tham mưu Ủy ban nhân dân", null)
                .open("Xây dựng lịch họp khoa học", null)
                .every("Xây dựng kế hoạch tổ chức", null, Recurrence.YEARLY)
                .open("Thực hiện nghiêm quy định về", null)
                .open("Tăng cường đầu tư, nâng cấp", null)
                .open("Chủ động rà soát, hoàn thiện", null)
                .open("Thực hiện nghiêm quy định về", null)
                .open("Phấn đấu thực hiện việc xử", null)
                .open("Thúc đẩy việc cung cấp dịch", null)
                .open("Tiếp tục hoàn thiện và phát", null)
                .open("Tăng cường kiểm tra công vụ", null)
                .open("Kịp thời chấn chỉnh và đề", null)
                .every("Nghiên cứu bổ sung tiêu chí", null, Recurrence.YEARLY)
                .open("Rà soát, bổ sung, hoàn chỉnh", null)
                .open("Thực hiện nghiêm túc việc xử", null)
                .every("Lấy kết quả thực hiện đổi", null, Recurrence.YEARLY)
                .open("Phát huy mạnh mẽ vai trò", null)
                .open("Căn cứ chức năng, nhiệm vụ", null)
                .every("Chủ trì, theo dõi, đôn đốc", CULTURE, Recurrence.HALF_YEARLY)
                .open("Trên cơ sở kết quả đạt", CULTURE)
                .open("Đăng tải toàn văn Kế hoạch", SERVICES)
                .build();
    }
}
