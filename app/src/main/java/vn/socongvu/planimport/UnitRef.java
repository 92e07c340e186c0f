package vn.socongvu.planimport;

/**
 * A unit as a plan names it ("phòng VH-XH"), and the directory's unit it was matched to — or none, when the
 * name is new to the directory and saving the plan would add it.
 *
 * @param unitId   the matched unit; null for a new one
 * @param unitName the matched unit's name; the name as written for a new one
 * @param match    how sure the match is (HIGH for a new one: nothing was guessed)
 */
public record UnitRef(String mention, Long unitId, String unitName, Confidence match) {
    public boolean isNew() {
        return unitId == null;
    }
}
