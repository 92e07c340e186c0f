package vn.socongvu.common;

/** The years the app's forms accept (a plan's year, a report's year): 2000–2100. The database checks the same. */
public final class Years {
    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private Years() {
    }

    public static boolean allowed(int year) {
        return year >= FIRST && year <= LAST;
    }
}
