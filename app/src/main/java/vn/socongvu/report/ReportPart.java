package vn.socongvu.report;

import vn.socongvu.i18n.Messages;

/**
 * The parts of a periodic report the clerk writes, in the order of its outline (DOMAIN.md, "The periodic report"):
 * I. the communication work beside the app's own sentences on plans, meetings and inspections; II. a text for
 * each area of administrative reform, beside the app's figures for that area; III. the assessment; IV. the next
 * tasks; V. the recommendations. Each is kept with the report and offered to the next one.
 */
public enum ReportPart {
    COMMUNICATION(Section.DIRECTION, "communication", "report.field.communication",
            "reports.part.hint.communication"),
    INSTITUTIONS(Section.RESULTS, "institutions", "report.field.institutions",
            "reports.part.hint.institutions"),
    PROCEDURES(Section.RESULTS, "procedures", "report.field.procedures",
            "reports.part.hint.procedures"),
    ORGANISATION(Section.RESULTS, "organisation", "report.field.organisation",
            "reports.part.hint.organisation"),
    CIVIL_SERVICE(Section.RESULTS, "civilService", "report.field.civilService",
            "reports.part.hint.civilService"),
    PUBLIC_FINANCE(Section.RESULTS, "publicFinance", "report.field.publicFinance",
            "reports.part.hint.publicFinance"),
    DIGITAL_GOVERNMENT(Section.RESULTS, "digitalGovernment", "report.field.digitalGovernment",
            "reports.part.hint.digitalGovernment"),
    HIGHLIGHTS(Section.ASSESSMENT, "highlights", "report.field.highlights",
            "reports.part.hint.highlights"),
    SHORTCOMINGS(Section.ASSESSMENT, "shortcomings", "report.field.shortcomings",
            "reports.part.hint.shortcomings"),
    NEXT_TASKS(Section.NEXT_TASKS, "nextTasks", "report.field.nextTasks",
            "reports.part.hint.nextTasks"),
    RECOMMENDATIONS(Section.RECOMMENDATIONS, "recommendations", "report.field.recommendations",
            "reports.part.hint.recommendations");

    /** The five sections of the report, I to V. */
    public enum Section {
        DIRECTION, RESULTS, ASSESSMENT, NEXT_TASKS, RECOMMENDATIONS;

        private static final String[] ROMAN = {"I", "II", "III", "IV", "V"};

        /** "I" … "V". */
        public String roman() {
            return ROMAN[ordinal()];
        }
    }

    private final Section section;
    private final String field;
    private final String labelKey;
    private final String hintKey;

    ReportPart(Section section, String field, String labelKey, String hintKey) {
        this.section = section;
        this.field = field;
        this.labelKey = labelKey;
        this.hintKey = hintKey;
    }

    public Section section() {
        return section;
    }

    /** The name of its field in forms, errors and validation ("civilService"). */
    public String field() {
        return field;
    }

    /** Its name in the form and in the history ("Cải cách thể chế"). */
    public String label() {
        return Messages.get(labelKey());
    }

    /** The bundle key of {@link #label()}, as the history records it. */
    public String labelKey() {
        return labelKey;
    }

    /** What the clerk writes there, and what the app adds to it by itself. */
    public String hint() {
        return Messages.get(hintKey);
    }

    /** An area of part II: printed under its own heading, left out when it has neither text nor figures. */
    public boolean area() {
        return section == Section.RESULTS;
    }
}
