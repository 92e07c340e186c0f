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
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam xã MEDIUM", matched("UBMTTQ xã"));
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
}
