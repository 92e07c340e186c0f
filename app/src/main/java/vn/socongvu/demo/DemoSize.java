package vn.socongvu.demo;

/** How big a demo commune is: hamlets, extra mass organisations and staff per unit. */
public enum DemoSize {
    /** About 10 units and 40 staff: the commune a new user explores. */
    SMALL(2, 0, 40),
    /** A large commune: about 30 units and 150 staff, for benchmarks. */
    BUSY(18, 4, 150);

    final int hamlets;
    final int extraOrganisations;
    final int staff;

    DemoSize(int hamlets, int extraOrganisations, int staff) {
        this.hamlets = hamlets;
        this.extraOrganisations = extraOrganisations;
        this.staff = staff;
    }
}
