package vn.socongvu.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.UnitKind;

/** The conflicts an inspection warns about: nobody inspects himself or his unit; the committee's authority. */
class InspectionConflictsTest {
    static final long OFFICE = 1;
    static final long CENTRE = 2;
    static final long POLICE = 3;
    static final Map<Long, String> UNITS = Map.of(OFFICE, "Văn phòng HĐND và UBND xã", CENTRE,
            "Trung tâm Phục vụ hành chính công", POLICE, "Công an xã");

    static InspectionConflicts.TeamMember member(long id, String name, Long unit) {
        return new InspectionConflicts.TeamMember(id, name, unit, false);
    }

    @Test
    void aMemberAmongThePersonsInspectedIsWarnedAboutOnceAsInspectingHimself() {
        List<String> w = InspectionConflicts.team(List.of(member(10, "Lê Thị Lan", OFFICE)), Set.of(OFFICE),
                List.of(new InspectionConflicts.Subject(10, "Lê Thị Lan", OFFICE)), UNITS);
        assertEquals(List.of("Thành viên Lê Thị Lan cũng là người được kiểm tra: không ai tự kiểm tra mình, nên cử "
                + "người khác."), w, "one line: himself says it all, his unit is not said again");
    }

    @Test
    void theLeaderOfAUnitInspectedIsWarnedAboutAsLeader() {
        List<String> w = InspectionConflicts.team(List.of(new InspectionConflicts.TeamMember(11L, "Đỗ Minh Anh", CENTRE,
                true)), Set.of(CENTRE), List.of(), UNITS);
        assertEquals(List.of("Trưởng đoàn Đỗ Minh Anh thuộc Trung tâm Phục vụ hành chính công, đơn vị được kiểm tra: "
                + "không ai kiểm tra đơn vị mình, nên cử người khác."), w);
    }

    @Test
    void aMemberOfTheUnitOfAPersonInspectedIsWarnedAbout() {
        List<String> w = InspectionConflicts.team(List.of(member(12, "Trần Quốc Việt", CENTRE)), Set.of(),
                List.of(new InspectionConflicts.Subject(13, "Phạm Văn Nam", CENTRE)), UNITS);
        assertEquals(List.of("Thành viên Trần Quốc Việt cùng đơn vị với Phạm Văn Nam (Trung tâm Phục vụ hành chính "
                + "công), người được kiểm tra: không ai kiểm tra đơn vị mình, nên cử người khác."), w);
    }

    @Test
    void guestsAndMembersOfOtherUnitsRaiseNothing() {
        List<String> w = InspectionConflicts.team(List.of(new InspectionConflicts.TeamMember(null, "Nguyễn Văn Khách",
                null, false), member(10, "Lê Thị Lan", OFFICE)), Set.of(CENTRE),
                List.of(new InspectionConflicts.Subject(13, "Phạm Văn Nam", CENTRE)), UNITS);
        assertTrue(w.isEmpty(), w.toString());
    }

    @Test
    void theCommitteeDisciplinesNeitherThePoliceNorTheMilitaryNorTheMassOrganisationsNorCanBo() {
        String police = InspectionConflicts.authority("Hà Văn Dũng", StaffCategory.CONG_CHUC, UnitKind.POLICE,
                "Công an xã", DisciplineMeasure.REPRIMAND, "12/QĐ-UBND");
        assertEquals("Hà Văn Dũng thuộc Công an xã: kỷ luật \"Khiển trách\" do cơ quan Công an có thẩm quyền quyết "
                + "định, không thuộc thẩm quyền của Ủy ban nhân dân xã; Đoàn kiểm tra chỉ kiến nghị xử lý.", police);
        assertTrue(InspectionConflicts.authority("A", StaffCategory.CONG_CHUC, UnitKind.MILITARY, "Ban Chỉ huy Quân sự xã",
                DisciplineMeasure.WARNING, "").contains("cơ quan quân sự"), "not numbered yet: the committee's");
        assertTrue(InspectionConflicts.authority("B", StaffCategory.CAN_BO, UnitKind.MASS_ORGANISATION, "Hội Nông dân",
                DisciplineMeasure.REPRIMAND, "3/QĐ-UBND").contains("Mặt trận, đoàn thể"));
        assertTrue(InspectionConflicts.authority("C", StaffCategory.CAN_BO, UnitKind.OFFICE, "Văn phòng",
                DisciplineMeasure.REPRIMAND, "3/QĐ-UBND").contains("là cán bộ (chức vụ do bầu cử)"));
    }

    @Test
    void noWarningForInHouseStepsOtherBodiesDecisionsUnitsOrStaffWithinAuthority() {
        assertEquals("", InspectionConflicts.authority("Hà Văn Dũng", StaffCategory.CONG_CHUC, UnitKind.POLICE,
                "Công an xã", DisciplineMeasure.SELF_CRITICISM, ""), "kiểm điểm is not a disciplinary measure");
        assertEquals("", InspectionConflicts.authority("Hà Văn Dũng", StaffCategory.CONG_CHUC, UnitKind.POLICE,
                "Công an xã", DisciplineMeasure.REPRIMAND, "05/QĐ-CAT"), "decided by the police itself");
        assertEquals("", InspectionConflicts.authority(null, null, UnitKind.POLICE, "Công an xã",
                DisciplineMeasure.REPRIMAND, "12/QĐ-UBND"), "a unit as a whole");
        assertEquals("", InspectionConflicts.authority("Lê Thị Lan", StaffCategory.CONG_CHUC, UnitKind.OFFICE,
                "Văn phòng", DisciplineMeasure.WARNING, "12/QĐ-UBND"));
        assertEquals("", InspectionConflicts.authority("Lê Thị Lan", StaffCategory.VIEN_CHUC, UnitKind.CENTER,
                "Trung tâm", null, ""), "nothing decided");
    }

    @Test
    void aDecisionIsTheCommitteesWhenNumberedUbndOrNotYet() {
        assertTrue(InspectionConflicts.byCommittee(null));
        assertTrue(InspectionConflicts.byCommittee(" "));
        assertTrue(InspectionConflicts.byCommittee("12/qđ-ubnd"));
        assertFalse(InspectionConflicts.byCommittee("05/QĐ-CAX"));
    }
}
