package vn.socongvu.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.i18n.Messages;

/**
 * Conflicts an inspection form warns about (it does not refuse them: the clerk records what happened, and a commune
 * sometimes has no one else to send).
 * <ul>
 * <li><b>Nobody inspects himself or his own unit</b> (a commune habit, see DOMAIN.md): a member of the team, the
 * leader included, is among the persons inspected; or works in a unit inspected; or in the unit of a person
 * inspected.</li>
 * <li><b>The committee disciplines only the staff within its authority.</b> A disciplinary measure (khiển trách and
 * heavier, not the in-house nhắc nhở, phê bình, kiểm điểm) decided by a decision of the Ủy ban nhân dân (a number
 * "…/QĐ-UBND", or none yet) is out of its authority for: the Công an xã (police officers, disciplined by the police
 * under their own regulations), the Ban Chỉ huy Quân sự xã (disciplined by the military), the Mặt trận Tổ quốc and
 * the mass organisations (each by its own charter), whatever category the directory gives the person; and for a
 * cán bộ (elected posts: disciplined by the body that elected or approved them, Nghị định 172/2025). The team
 * proposes; the person's own body decides. A decision numbered by another body ("05/QĐ-CAX") is that body's, and
 * no warning is given.</li>
 * </ul>
 */
public final class InspectionConflicts {
    private InspectionConflicts() {
    }

    /** A member of the team as the rules see them: staff id (null for a guest), name, unit in the directory. */
    public record TeamMember(Long staffId, String fullName, Long unitId, boolean leader) {
    }

    /** A person inspected: staff id, name, unit in the directory. */
    public record Subject(long staffId, String fullName, Long unitId) {
    }

    /**
     * The warnings about the team, one line each: who inspects himself, his own unit or a person of his unit.
     *
     * @param units the names of the units, by id (for the units inspected and those of the team)
     */
    public static List<String> team(List<TeamMember> team, Set<Long> inspectedUnits, List<Subject> persons,
                                    Map<Long, String> units) {
        List<String> out = new ArrayList<>();
        for (TeamMember m : team) {
            if (m.staffId() == null) {
                continue;
            }
            String role = Messages.get(m.leader() ? "inspection.conflict.leader" : "inspection.conflict.member");
            if (persons.stream().anyMatch(p -> p.staffId() == m.staffId())) {
                out.add(Messages.get("inspection.conflict.self", role, m.fullName()));
                continue;
            }
            if (m.unitId() == null) {
                continue;
            }
            if (inspectedUnits.contains(m.unitId())) {
                out.add(Messages.get("inspection.conflict.ownUnit", role, m.fullName(), units.getOrDefault(m.unitId(),
                        "")));
                continue;
            }
            persons.stream().filter(p -> m.unitId().equals(p.unitId())).findFirst().ifPresent(p -> out.add(
                    Messages.get("inspection.conflict.colleague", role, m.fullName(), p.fullName(),
                            units.getOrDefault(m.unitId(), ""))));
        }
        return out;
    }

    /**
     * Why the Ủy ban nhân dân may not decide this handling itself, in words; empty when it may (or when nothing
     * disciplinary is decided).
     *
     * @param who            the person's name (null: the unit as a whole, which only gets in-house steps)
     * @param category       the person's category on the day
     * @param unitKind       the kind of the person's unit
     * @param unitName       its name
     * @param decisionNumber the decision's number ("12/QĐ-UBND"); blank while not yet decided
     */
    public static String authority(String who, StaffCategory category, UnitKind unitKind, String unitName,
                                   DisciplineMeasure decided, String decisionNumber) {
        if (who == null || decided == null || decided.inHouse() || !byCommittee(decisionNumber)) {
            return "";
        }
        if (unitKind != null) {
            String key = switch (unitKind) {
                case POLICE -> "inspection.conflict.police";
                case MILITARY -> "inspection.conflict.military";
                case MASS_ORGANISATION -> "inspection.conflict.massOrganisation";
                default -> null;
            };
            if (key != null) {
                return Messages.get(key, who, unitName == null ? "" : unitName, decided.label());
            }
        }
        if (category == StaffCategory.CAN_BO) {
            return Messages.get("inspection.conflict.canBo", who, decided.label());
        }
        return "";
    }

    /** Whether the decision is the committee's: numbered "…-UBND", or not numbered yet. */
    static boolean byCommittee(String decisionNumber) {
        if (decisionNumber == null || decisionNumber.isBlank()) {
            return true;
        }
        String n = decisionNumber.toUpperCase(Locale.ROOT);
        return !n.contains("/") || n.contains("-" + DocumentRegister.ISSUER_CODE);
    }
}
