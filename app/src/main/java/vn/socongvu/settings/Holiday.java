package vn.socongvu.settings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.socongvu.text.VnFormat;

public record Holiday(long id, LocalDate date, String name, HolidayKind kind) {

    public record Draft(Long id, LocalDate date, String name, HolidayKind kind) {
    }

    Map<String, String> auditFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("holiday.field.date", VnFormat.date(date));
        m.put("holiday.field.name", name);
        m.put("holiday.field.kind", kind.label());
        return m;
    }
}
