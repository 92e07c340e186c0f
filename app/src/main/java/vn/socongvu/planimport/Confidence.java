package vn.socongvu.planimport;

/** How sure the reader is of a proposal: the review screen marks the unsure ones for the clerk's eye. */
public enum Confidence {
    /** Read from a fixed form ("Số: 12/KH-UBND", a numbered item in the tasks section). */
    HIGH,
    /** Found by its place in the document (the title after "KẾ HOẠCH", an unnumbered paragraph under a heading). */
    MEDIUM,
    /** A guess: the clerk should check it. */
    LOW
}
