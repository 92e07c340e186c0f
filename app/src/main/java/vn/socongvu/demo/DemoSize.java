package vn.socongvu.demo;

/** How big a demo commune is: hamlets, extra mass organisations and staff per unit. */
public enum DemoSize {
    /** About 10 units and 40 staff, some 40 meetings and 12 inspections a year: the commune a new user explores. */
    SMALL(2, 0, 40, 4, 8, 6, 40, 12, false),
    /**
     * A large commune: about 30 units and 150 staff, 30 plans a year of up to 36 tasks (with each unit's
     * monthly report: about 5,000 task occurrences a year), some 320 meetings in the last year (10% more
     * each year back: about 5,000 in ten years), 200 inspections a year, for benchmarks.
     */
    BUSY(18, 4, 150, 30, 36, 40, 320, 200, true);

    final int hamlets;
    final int extraOrganisations;
    final int staff;
    final int plansPerYear;
    final int tasksPerPlan;
    final int instructionsPerYear;
    /** Meetings in the last year; each year before has 10% more (the plans ask for 10% fewer a year). */
    final int meetingsLastYear;
    /** Public-service inspections a year, mostly clean. */
    final int inspectionsPerYear;
    /**
     * Recurring work as in a busy commune: the year's first plan asks every unit for a monthly report, and a
     * quarter of the plans' tasks are monthly (a tenth otherwise).
     */
    final boolean busyRecurrence;

    DemoSize(int hamlets, int extraOrganisations, int staff, int plansPerYear, int tasksPerPlan,
             int instructionsPerYear, int meetingsLastYear, int inspectionsPerYear, boolean busyRecurrence) {
        this.hamlets = hamlets;
        this.extraOrganisations = extraOrganisations;
        this.staff = staff;
        this.plansPerYear = plansPerYear;
        this.tasksPerPlan = tasksPerPlan;
        this.instructionsPerYear = instructionsPerYear;
        this.meetingsLastYear = meetingsLastYear;
        this.inspectionsPerYear = inspectionsPerYear;
        this.busyRecurrence = busyRecurrence;
    }
}
