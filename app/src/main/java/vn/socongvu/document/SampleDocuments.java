package vn.socongvu.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * One document of each kind, written from the data folder's commune (identity, signers, units, staff)
 * with sample content in the style of the commune plans in shared/samples: for looking at the layout
 * ({@code socongvu sample-documents}) and for the writers' tests. The texts are demo content.
 */
public final class SampleDocuments {
    private final CommuneIdentity identity;
    private final List<Signer> signers;
    private final List<Unit> units;
    private final List<Staff> staff;
    private final LocalDate date;

    public SampleDocuments(SettingsService settings, DirectoryService directory, LocalDate date) {
        this.identity = settings.identity().orElseThrow(() ->
                new IllegalStateException("the commune is not set up"));
        this.signers = settings.signers().stream().filter(Signer::active).toList();
        this.units = directory.activeUnits().stream().sorted(VnText.comparing(Unit::name)).toList();
        this.staff = directory.staff().stream().filter(Staff::active).toList();
        this.date = date;
    }

    private Signer signer(SignAuthority a) {
        return signers.stream().filter(x -> x.authority() == a).findFirst()
                .orElse(signers.isEmpty() ? new Signer(0, "", "CHỦ TỊCH", SignAuthority.TM, 0, true) : signers.get(0));
    }

    private String unitNamed(String start, String fallback) {
        return units.stream().map(Unit::name).filter(n -> n.startsWith(start)).findFirst().orElse(fallback);
    }

    public OfficialDocument plan() {
        String year = Integer.toString(date.getYear());
        String commune = identity.communeName();
        List<Block> body = new ArrayList<>();
        body.add(Block.Heading.of(1, "Mục đích, yêu cầu"));
        body.add(Block.Heading.of(2, "Mục đích"));
        body.add(Block.Paragraph.labelled("1.1.", "Tiếp tục thực hiện có hiệu quả Đề án Văn hóa công vụ, tạo sự chuyển biến "
                + "mạnh mẽ về nhận thức, hành động của đội ngũ cán bộ, công chức, viên chức, người lao động đối với "
                + "thực hiện văn hóa công vụ."));
        body.add(Block.Paragraph.labelled("1.2.", "Nâng cao chất lượng, hiệu quả các hoạt động công vụ của đội ngũ cán bộ, "
                + "công chức tại các cơ quan xã và tăng cường kỷ luật, kỷ cương hành chính trên địa bàn xã."));
        body.add(Block.Heading.of(2, "Yêu cầu"));
        body.add(Block.Paragraph.labelled("2.1.", "Phân công nhiệm vụ đến từng cán bộ, công chức theo tinh thần 6 rõ: "
                + "rõ người, rõ việc, rõ trách nhiệm, rõ thẩm quyền, rõ tiến độ, rõ kết quả."));
        body.add(Block.Paragraph.labelled("2.2.", "Tăng cường kiểm tra, giám sát việc thực thi công vụ của cán bộ, công chức, "
                + "viên chức; xử lý nghiêm, công khai các trường hợp vi phạm."));
        body.add(Block.Heading.of(1, "Chỉ tiêu"));
        body.add(Block.Paragraph.bullet("100% nhiệm vụ được giao hoàn thành đúng hạn."));
        body.add(Block.Paragraph.bullet("Trên 95% hồ sơ thủ tục hành chính được giải quyết trên môi trường số."));
        body.add(Block.Paragraph.bullet("Mức độ hài lòng của người dân, doanh nghiệp đạt từ 90% trở lên."));
        body.add(Block.Paragraph.bullet("Giảm ít nhất 10% số hội nghị so với năm " + (date.getYear() - 1) + "."));
        body.add(Block.Heading.of(1, "Nội dung thực hiện"));
        body.add(Block.Heading.of(2, "Thủ trưởng các phòng, cơ quan, đơn vị xã"));
        body.add(Block.Paragraph.labelled("1.1.", "Thường xuyên phổ biến, quán triệt chủ trương của Đảng, chính sách, pháp luật "
                + "của Nhà nước về thực thi công vụ, văn hóa công vụ; ngăn chặn có hiệu quả tình trạng nhũng nhiễu, gây "
                + "phiền hà cho người dân, doanh nghiệp trong giải quyết công việc."));
        body.add(Block.Paragraph.labelled("1.2.", "Rà soát, bổ sung quy chế làm việc; xác định rõ chức trách, nhiệm vụ của từng "
                + "cán bộ, công chức; không để chồng chéo, bỏ sót nhiệm vụ."));
        body.add(Block.Heading.of(2, "Đối với cán bộ, công chức, viên chức và người lao động"));
        body.add(Block.Paragraph.bullet("Chấp hành nghiêm thời giờ làm việc; đeo thẻ công chức khi thi hành công vụ; không sử "
                + "dụng rượu, bia trong giờ làm việc và giờ nghỉ trưa của ngày làm việc."));
        body.add(Block.Paragraph.bullet("Không để quá hạn, bỏ sót nhiệm vụ được phân công; không đùn đẩy, né tránh trách nhiệm."));
        body.add(Block.Heading.of(1, "Tổ chức thực hiện"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("1", "Tham mưu ban hành kế hoạch kiểm tra công vụ năm " + year,
                unitNamed("Văn phòng", "Văn phòng HĐND và UBND"), "Trước 31/3/" + year));
        rows.add(List.of("2", "Tổ chức kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính",
                unitNamed("Phòng Văn hóa", "Phòng Văn hóa – Xã hội"), "Hằng quý"));
        rows.add(List.of("3", "Công khai kết quả giải quyết thủ tục hành chính, tỷ lệ hồ sơ trực tuyến",
                unitNamed("Trung tâm Phục vụ", "Trung tâm Phục vụ hành chính công"), "Thường xuyên"));
        rows.add(List.of("4", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
                unitNamed("Phòng Văn hóa", "Phòng Văn hóa – Xã hội"), "Trước 08/12/" + year));
        body.add(new Block.Table(List.of(Block.Column.number("STT", 6), Block.Column.text("Nội dung công việc", 44),
                Block.Column.text("Đơn vị chủ trì", 28), Block.Column.number("Thời gian hoàn thành", 22)), rows, false));
        body.add(Block.Paragraph.of("Trên đây là Kế hoạch nâng cao chất lượng, hiệu quả hoạt động công vụ và tăng cường kỷ "
                + "luật, kỷ cương hành chính trên địa bàn xã " + commune + " năm " + year + ". Trong quá trình thực hiện, "
                + "nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND xã (qua Phòng Văn hóa – Xã hội) "
                + "để được hướng dẫn./."));
        return new OfficialDocument(DocumentKind.KE_HOACH, "UBND", DocumentKind.KE_HOACH.formatNumber(6, "UBND"), date,
                OfficialDocument.Issuer.of(identity),
                "Nâng cao chất lượng, hiệu quả hoạt động công vụ và tăng cường kỷ luật, kỷ cương hành chính trên địa bàn xã "
                        + commune + " năm " + year,
                List.of("Căn cứ Luật Cán bộ, công chức năm 2025; Luật Viên chức năm 2010",
                        "Căn cứ Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về việc phê duyệt Đề án "
                                + "Văn hóa công vụ",
                        "Căn cứ Kế hoạch số 99/KH-UBND ngày 17/3/" + year + " của UBND tỉnh " + identity.province()
                                + " về việc nâng cao chất lượng, hiệu quả hoạt động công vụ năm " + year),
                body,
                List.of("Thường trực Đảng ủy", "Thường trực HĐND xã", "Lãnh đạo UBND xã", "UBMTTQVN xã",
                        "Các phòng, ban chuyên môn, CBCC và người lao động xã", "Lưu: VT, VHXH"),
                Signature.of(signer(SignAuthority.KT)), null);
    }

    public OfficialDocument report() {
        List<Block> body = new ArrayList<>();
        body.add(Block.Heading.of(1, "Công tác chỉ đạo, điều hành"));
        body.add(Block.Paragraph.of("Ủy ban nhân dân xã đã ban hành kế hoạch, văn bản chỉ đạo các cơ quan, đơn vị thực hiện "
                + "nghiêm kỷ luật, kỷ cương hành chính; tổ chức quán triệt đến toàn thể cán bộ, công chức, viên chức."));
        body.add(Block.Heading.of(1, "Kết quả thực hiện"));
        body.add(Block.Heading.of(2, "Tổ chức bộ máy và đội ngũ"));
        body.add(Block.Paragraph.of("Tổng số cán bộ, công chức, viên chức và người lao động đang công tác: " + staff.size()
                + " người, cụ thể theo đơn vị như sau:"));
        body.add(staffTable());
        body.add(Block.Heading.of(1, "Đánh giá chung"));
        body.add(Block.Heading.of(2, "Ưu điểm"));
        body.add(Block.Paragraph.of("Ý thức chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức có chuyển biến rõ nét."));
        body.add(Block.Heading.of(2, "Tồn tại, hạn chế và nguyên nhân"));
        body.add(Block.Paragraph.of("Một số nhiệm vụ còn chậm tiến độ; việc cập nhật hồ sơ trên môi trường số chưa đồng đều."));
        body.add(Block.Heading.of(1, "Nhiệm vụ kỳ tới"));
        body.add(Block.Paragraph.bullet("Tiếp tục kiểm tra đột xuất việc chấp hành thời giờ làm việc."));
        body.add(Block.Heading.of(1, "Kiến nghị"));
        body.add(Block.Paragraph.of("Không./."));
        return new OfficialDocument(DocumentKind.BAO_CAO, "UBND", DocumentKind.BAO_CAO.formatNumber(125, "UBND"), date,
                OfficialDocument.Issuer.of(identity),
                "Kết quả thực hiện kỷ luật, kỷ cương hành chính quý III năm " + date.getYear(), List.of(), body,
                List.of("Sở Nội vụ tỉnh " + identity.province(), "Thường trực Đảng ủy", "Lãnh đạo UBND xã", "Lưu: VT"),
                Signature.of(signer(SignAuthority.TM)), null);
    }

    /** Staff per unit and category, with a totals row; a unit with nobody on the staff has no row. */
    public Block.Table staffTable() {
        List<List<String>> rows = new ArrayList<>();
        int[] totals = new int[StaffCategory.values().length + 1];
        int n = 1;
        for (Unit u : units) {
            if (staff.stream().noneMatch(s -> s.unitId() == u.id())) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(Integer.toString(n++), u.name()));
            int sum = 0;
            for (StaffCategory c : StaffCategory.values()) {
                long k = staff.stream().filter(s -> s.unitId() == u.id() && s.category() == c).count();
                row.add(Long.toString(k));
                totals[c.ordinal()] += (int) k;
                sum += (int) k;
            }
            row.add(Integer.toString(sum));
            totals[totals.length - 1] += sum;
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("", "Tổng cộng"));
        for (int t : totals) {
            total.add(Integer.toString(t));
        }
        rows.add(total);
        List<Block.Column> cols = new ArrayList<>(List.of(Block.Column.number("STT", 6), Block.Column.text("Đơn vị", 34)));
        for (StaffCategory c : StaffCategory.values()) {
            cols.add(Block.Column.number(c.label(), 12));
        }
        cols.add(Block.Column.number("Tổng", 12));
        return new Block.Table(cols, rows, true);
    }

    public OfficialDocument minutes() {
        Signer chair = signer(SignAuthority.TM);
        String secretary = staff.stream().filter(s -> s.jobTitle() != null && s.jobTitle().startsWith("Chuyên viên"))
                .map(Staff::fullName).findFirst().orElse("");
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of("Thời gian bắt đầu: 08 giờ 00 phút, ngày " + date.getDayOfMonth() + " tháng "
                + date.getMonthValue() + " năm " + date.getYear() + "."));
        body.add(Block.Paragraph.of("Địa điểm: Hội trường UBND xã " + identity.communeName() + "."));
        body.add(Block.Paragraph.of("Thành phần tham dự: Lãnh đạo UBND xã; thủ trưởng các phòng, cơ quan, đơn vị xã. "
                + "Có mặt 12/13 người; vắng 01 người (có lý do: đi công tác)."));
        body.add(Block.Paragraph.of("Chủ trì: Ông " + chair.fullName() + ", " + chair.title().toLowerCase() + " UBND xã."));
        body.add(Block.Paragraph.of("Thư ký: " + secretary + "."));
        body.add(Block.Heading.of(1, "Nội dung cuộc họp"));
        body.add(Block.Paragraph.labelled("1.", "Văn phòng HĐND và UBND báo cáo kết quả thực hiện nhiệm vụ tháng và chương "
                + "trình công tác tháng tới."));
        body.add(Block.Paragraph.labelled("2.", "Các đại biểu thảo luận, đề xuất giải pháp đối với nhiệm vụ chậm tiến độ."));
        body.add(Block.Heading.of(1, "Kết luận của chủ trì"));
        body.add(Block.Paragraph.bullet("Giao Phòng Văn hóa – Xã hội chủ trì kiểm tra đột xuất việc chấp hành thời giờ làm "
                + "việc, hoàn thành trước ngày 15 tháng sau."));
        body.add(Block.Paragraph.of("Cuộc họp kết thúc vào 10 giờ 30 phút, ngày " + date.getDayOfMonth() + " tháng "
                + date.getMonthValue() + " năm " + date.getYear() + "./."));
        return new OfficialDocument(DocumentKind.BIEN_BAN, "UBND", DocumentKind.BIEN_BAN.formatNumber(12, "UBND"), date,
                OfficialDocument.Issuer.of(identity), "Cuộc họp giao ban tháng " + date.getMonthValue() + " năm "
                + date.getYear(), List.of(), body, List.of(),
                Signature.personal("CHỦ TRÌ", chair.fullName()), Signature.personal("THƯ KÝ", secretary));
    }

    public OfficialDocument notice() {
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of("Ngày " + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()
                + ", Ủy ban nhân dân xã tổ chức họp giao ban. Chủ tịch UBND xã kết luận như sau:"));
        body.add(Block.Paragraph.labelled("1.", "Các cơ quan, đơn vị tập trung hoàn thành các nhiệm vụ còn chậm tiến độ."));
        body.add(Block.Paragraph.labelled("2.", "Tăng cường kiểm tra công vụ đột xuất, trên môi trường số."));
        body.add(Block.Paragraph.of("Ủy ban nhân dân xã thông báo để các cơ quan, đơn vị biết, thực hiện./."));
        return new OfficialDocument(DocumentKind.THONG_BAO, "UBND", DocumentKind.THONG_BAO.formatNumber(45, "UBND"), date,
                OfficialDocument.Issuer.of(identity), "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban", List.of(),
                body, List.of("Các phòng, ban, đơn vị xã", "Lưu: VT"), Signature.of(signer(SignAuthority.TM)), null);
    }

    /** Two tables: staff per unit and category (with totals), and the staff list. */
    public Spreadsheet spreadsheet() {
        List<List<Object>> perUnit = new ArrayList<>();
        int n = 1;
        for (Unit u : units) {
            List<Object> row = new ArrayList<>(List.of(n++, u.name()));
            long all = staff.stream().filter(s -> s.unitId() == u.id()).count();
            for (StaffCategory c : StaffCategory.values()) {
                row.add(staff.stream().filter(s -> s.unitId() == u.id() && s.category() == c).count());
            }
            row.add(all);
            row.add(all == 0 ? null : (double) staff.stream().filter(s -> s.unitId() == u.id() && s.leader()).count() / all);
            perUnit.add(row);
        }
        List<Spreadsheet.Column> cols = new ArrayList<>(List.of(
                Spreadsheet.Column.ordinal(), Spreadsheet.Column.text("Đơn vị", 40)));
        for (StaffCategory c : StaffCategory.values()) {
            cols.add(Spreadsheet.Column.count(c.label(), 13));
        }
        cols.add(Spreadsheet.Column.count("Tổng số", 11));
        cols.add(new Spreadsheet.Column("Tỷ lệ lãnh đạo", Spreadsheet.Kind.PERCENT, 12, false));

        List<List<Object>> list = new ArrayList<>();
        int k = 1;
        for (Staff p : staff.stream().sorted(VnText.comparing(Staff::unitName)).toList()) {
            list.add(List.of(k++, p.fullName(), p.jobTitle() == null ? "" : p.jobTitle(), p.unitName(),
                    p.category().label(), p.phone() == null ? "" : p.phone(), date));
        }
        String period = "Số liệu đến ngày " + VnFormat.date(date);
        return new Spreadsheet(OfficialDocument.Issuer.of(identity), List.of(
                new Spreadsheet.Sheet("Biểu 01 - Theo đơn vị", "Số lượng cán bộ, công chức, viên chức, người lao động theo đơn vị",
                        period, cols, perUnit, "Tổng cộng"),
                new Spreadsheet.Sheet("Biểu 02 - Danh sách", "Danh sách cán bộ, công chức, viên chức, người lao động",
                        period, List.of(Spreadsheet.Column.ordinal(), Spreadsheet.Column.text("Họ và tên", 26), Spreadsheet.Column.text("Chức vụ", 26),
                        Spreadsheet.Column.text("Đơn vị", 36), Spreadsheet.Column.text("Đối tượng", 16),
                        Spreadsheet.Column.text("Điện thoại", 14),
                        new Spreadsheet.Column("Ngày cập nhật", Spreadsheet.Kind.DATE, 14, false)), list, null)));
    }

    public List<OfficialDocument> all() {
        return List.of(plan(), report(), minutes(), notice());
    }
}
