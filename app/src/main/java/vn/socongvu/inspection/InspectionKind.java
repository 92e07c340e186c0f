package vn.socongvu.inspection;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;
import vn.socongvu.i18n.Messages;

/** How an inspection came about: by plan (định kỳ), unannounced (đột xuất), or online (trên môi trường số). */
public enum InspectionKind implements Labeled {
    SCHEDULED("inspection.kind.scheduled", "inspection.doc.kind.scheduled"),
    SURPRISE("inspection.kind.surprise", "inspection.doc.kind.surprise"),
    ONLINE("inspection.kind.online", "inspection.doc.kind.online");

    private final String labelKey;
    private final String wordsKey;

    InspectionKind(String labelKey, String wordsKey) {
        this.labelKey = labelKey;
        this.wordsKey = wordsKey;
    }

    /** The kind as words inside a sentence: "theo kế hoạch", "đột xuất", "trên môi trường số". */
    public String words() {
        return Messages.get(wordsKey);
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #SCHEDULED} for a name no constant has (see StoredValues). */
    public static InspectionKind stored(String name) {
        return StoredValues.of(InspectionKind.class, name, SCHEDULED);
    }
}
