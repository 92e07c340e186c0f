package vn.socongvu.exchange;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * The layout of a data file: the header's entries and the table names on their own lines, then one record
 * per line, so that a problem's line number points at one record and a text editor can show the file.
 */
final class OneRowPerLine extends MinimalPrettyPrinter {
    /** The root object (1) and the "tables" and "counts" objects (2) are spread over lines; rows are not. */
    private static boolean spread(JsonGenerator g) {
        return g.streamWriteContext().getNestingDepth() <= 2;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        if (spread(g)) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(spread(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        g.writeRaw(spread(g) && entries > 0 ? "\n}" : "}");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        g.writeRaw(values > 0 ? "\n]" : "]");
    }
}
