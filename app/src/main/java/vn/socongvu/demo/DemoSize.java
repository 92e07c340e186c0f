package vn.socongvu.demo;

/** How big a demo commune is: hamlets, extra mass organisations and staff per unit. */
public enum DemoSize {
    /** About 10 units and 40 staff: the commune a new user explores. */
    SMALL(2, 0, 40, 4, 8, 6),
    /** A large commune: about 30 units and 150 staff, 30 plans a year, for benchmarks. */
    BUSY(18, 4, 150, 30, 12, 40);

    final int hamlets;
    final int extraOrganisations;
    final int staff;
    final int plansPerYear;
    final int tasksPerPlan;
    final int instructionsPerYear;

    DemoSize(int hamlets, int extraOrganisations, int staff, int plansPerYear, int tasksPerPlan,
             int instructionsPerYear) {
        this.hamlets = hamlets;
        this.extraOrganisations = extraOrganisations;
        this.staff = staff;
        this.plansPerYear = plansPerYear;
        this.tasksPerPlan = tasksPerPlan;
        this.instructionsPerYear = instructionsPerYear;
    }
}
