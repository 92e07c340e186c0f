package vn.socongvu.report;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A report's frozen figures as JSON, so that a past report is re-exported from exactly what it said. */
final class FiguresJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private FiguresJson() {
    }

    static String write(ReportFigures f) {
        try {
            return MAPPER.writeValueAsString(f);
        } catch (JacksonException e) {
            throw new IllegalStateException("figures not writable as JSON", e);
        }
    }

    /** Whether {@code json} reads as a report's figures (a data import refuses figures that do not). */
    static boolean readable(String json) {
        try {
            read(json);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    static ReportFigures read(String json) {
        try {
            return MAPPER.readValue(json, ReportFigures.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored figures unreadable", e);
        }
    }
}
