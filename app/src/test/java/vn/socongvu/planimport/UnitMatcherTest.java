package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.directory.Unit;

class UnitMatcherTest {
    private final UnitMatcher matcher = new UnitMatcher(typical());

    static List<Unit> typical() {
        List<Unit> units = new ArrayList<>();
        long id = 1;
        for (Unit.Draft d : TypicalUnits.drafts()) {
            units.add(new Unit(id++, d.name(), d.shortName(), d.kind(), null, null, true));
        }
        return units;
    }

    private String matched(String mention) {
        return matcher.match(mention).map(m -> m.unit().name() + " " + m.confidence()).orElse("none");
    }

    @Test
    void namesAsPlansWriteThem() {
        assertEquals("Văn phòng HĐND và UBND HIGH", matched("VP HĐND-UBND"));
        assertEquals("Văn phòng HĐND và UBND HIGH", matched("VĂN PHÒNG HĐND VÀ UBND XÃ"));
        assertEquals("Văn phòng HĐND và UBND HIGH", matched("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"));
        assertEquals("Phòng Văn hóa – Xã hội HIGH", matched("phòng VH-XH"));
        assertEquals("Phòng Văn hóa – Xã hội HIGH", matched("Phòng Văn hoá - xã hội xã"), "hoá/hóa, – and -, case");
        assertEquals("Trung tâm Phục vụ hành chính công HIGH", matched("Trung tâm PV HCC xã"));
        assertEquals("Công an xã HIGH", matched("Công an"));
        assertEquals("Văn phòng HĐND và UBND MEDIUM", matched("Văn phòng"), "the start of one unit's name");
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam xã HIGH", matched("UBMTTQ xã"), "the Front's names are one");
        assertEquals("Văn phòng HĐND và UBND LOW", matched("Văn phòng - TK"),
                "the title before 2025 shares only its first words with the office");
    }

    @Test
    void nothingIsMatchedOnAGuessTooFar() {
        assertEquals("none", matched("Phòng"), "two departments: which one is not guessed");
        assertEquals("none", matched("Trung tâm"));
        assertEquals("none", matched("cá nhân có thành tích"), "\"cá\" is not the police's CA");
        assertEquals("none", matched("Hội Nông dân xã"));
    }

    @Test
    void unitsNamedInRunningText() {
        String text = "Giao phòng VH-XH chủ trì, phối hợp với Công an xã và cá nhân liên quan thực hiện";
        List<UnitMatcher.Found> found = matcher.find(text);
        assertEquals(List.of("phòng VH-XH", "Công an xã"),
                found.stream().map(f -> text.substring(f.start(), f.end())).toList());
        assertTrue(matcher.find("các cá nhân, tổ chức").isEmpty());
    }

    private static String matchedIn(List<Unit> units, String mention) {
        return new UnitMatcher(units).match(mention).map(m -> m.unit().name() + " " + m.confidence()).orElse("none");
    }

    @Test
    void theFrontAndTheMassOrganisationsByAnyOfTheirNames() {
        List<Unit> units = AreaPlans.directory();
        for (String front : List.of("Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc xã", "MTTQ", "UBMTTQVN xã",
                "Ủy ban MTTQ Việt Nam xã", "UB MTTQ", "Mặt trận")) {
            assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam xã HIGH", matchedIn(units, front), front);
        }
        assertEquals("none", matchedIn(units, "Ban công tác Mặt trận thôn Đồng Tâm"), "a hamlet's body, not the Front");
        assertEquals("Hội Liên hiệp Phụ nữ xã HIGH", matchedIn(units, "Hội Phụ nữ xã"));
        assertEquals("Hội Liên hiệp Phụ nữ xã HIGH", matchedIn(units, "Hội LHPN xã"));
        assertEquals("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã HIGH", matchedIn(units, "Đoàn Thanh niên xã"));
        assertEquals("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã HIGH", matchedIn(units, "Đoàn TNCS Hồ Chí Minh"));
        assertEquals("Hội Cựu chiến binh xã HIGH", matchedIn(units, "Hội CCB xã"));
        assertEquals("none", matchedIn(units, "Hội Người cao tuổi xã"));
        UnitMatcher m = new UnitMatcher(units);
        assertEquals(List.of("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Nông dân xã",
                "Hội Cựu chiến binh xã"), m.massOrganisations().stream().map(Unit::name).toList(), "the Front not among them");
        assertEquals("Lãnh đạo HĐND và UBND xã", m.leadership().orElseThrow().name());
        assertTrue(matcher.leadership().isEmpty());
        assertTrue(matcher.massOrganisations().isEmpty());
    }

    @Test
    void kindWordsOtherLevelsAndOtherBodiesAreNoUnitOfTheDirectory() {
        assertEquals("none", matched("ban"), "\"các phòng, ban\": not Ban Chỉ huy Quân sự");
        assertEquals("none", matched("Ban"));
        assertEquals("Ban Chỉ huy Quân sự xã HIGH", matched("Ban CHQS xã"));
        assertEquals("Ban Chỉ huy Quân sự xã MEDIUM", matched("Ban Chỉ huy"));
        assertEquals("none", matched("Ban chỉ đạo chuyển đổi số xã"), "shares \"Ban chỉ\" only");
        assertEquals("Công an xã HIGH", matched("Công an"));
        assertEquals("none", matched("Công an tỉnh"));
        assertEquals("none", matched("Công an huyện"));
        assertEquals("none", matched("Văn phòng Đảng ủy"));
        assertEquals("none", matched("VP Đảng ủy"));
        assertEquals("Văn phòng HĐND và UBND MEDIUM", matched("VP HĐND"));
        assertEquals("Trung tâm Phục vụ hành chính công HIGH", matched("TT PVHCC"));
        assertEquals("Trung tâm Dịch vụ tổng hợp HIGH", matched("TT DVTH"));
        assertEquals("Phòng Văn hóa – Xã hội HIGH", matched("Phòng VH-XH"));
    }

    private List<String> foundIn(String text) {
        return new UnitMatcher(AreaPlans.directory()).find(text).stream().map(f -> text.substring(f.start(), f.end()))
                .toList();
    }

    @Test
    void unitsInRunningTextNotOrdinaryWords() {
        assertEquals(List.of(), foundIn("Duy trì họp giao ban hoặc họp trực tuyến; tuần tra ban đêm; ban hành quy chế."));
        assertEquals(List.of("Công an xã"), foundIn("Công an tỉnh và Công an xã phối hợp kiểm tra."));
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Nông dân"),
                foundIn("Ủy ban Mặt trận Tổ quốc Việt Nam xã và Hội Nông dân tuyên truyền."),
                "the Front's name as written, whole");
        assertEquals(List.of("Mặt trận Tổ quốc Việt Nam"), foundIn("Mặt trận Tổ quốc Việt Nam và các đoàn thể"));
        assertEquals(List.of("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội LHPN"),
                foundIn("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Hội LHPN tham gia."));
    }
}
