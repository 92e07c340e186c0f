package vn.socongvu.report;

/**
 * The period's administrative-procedure (TTHC) figures, entered by the clerk from the province's one-stop
 * system: files received online and in person, resolved early, on time and late, still pending, and the
 * citizens' satisfaction in percent. Each is null until entered.
 */
public record Tthc(Integer receivedOnline, Integer receivedInPerson, Integer resolvedEarly, Integer resolvedOnTime,
                   Integer resolvedLate, Integer pending, Double satisfaction) {

    public static final Tthc NONE = new Tthc(null, null, null, null, null, null, null);

    /** Whether the clerk has entered anything. */
    public boolean entered() {
        return !equals(NONE);
    }

    public int received() {
        return n(receivedOnline) + n(receivedInPerson);
    }

    public int resolved() {
        return n(resolvedEarly) + n(resolvedOnTime) + n(resolvedLate);
    }

    /** Online share of the files received, in percent; null with nothing received. */
    public Double onlineShare() {
        return received() == 0 ? null : 100.0 * n(receivedOnline) / received();
    }

    /** Early or on time, as a share of those resolved, in percent; null with nothing resolved. */
    public Double inTimeShare() {
        return resolved() == 0 ? null : 100.0 * (n(resolvedEarly) + n(resolvedOnTime)) / resolved();
    }

    static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
