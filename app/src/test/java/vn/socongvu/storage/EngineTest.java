package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.socongvu.storage.jooq.Tables.HOLIDAY;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;

/** What the app needs of its database engine, as the engine is opened (Database.ENGINE_OPTIONS). */
class EngineTest {
    @TempDir
    Path tmp;

    /**
     * The same EXISTS query with other values, in one transaction, after rows were added: each answer is the
     * database's, never an earlier one (H2 2.4.240 answered from its cached command: H2 issue 4299).
     */
    @Test
    void anExistsQueryRunAgainAnswersFromTheData() {
        try (Services s = TestServices.empty(tmp.resolve("data"))) {
            s.db().txRun(tx -> {
                for (int year = 2030; year <= 2033; year++) {
                    var inYear = HOLIDAY.HOLIDAY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                    assertFalse(tx.fetchExists(HOLIDAY, inYear), "nothing in " + year + " yet");
                    tx.insertInto(HOLIDAY, HOLIDAY.HOLIDAY_DATE, HOLIDAY.NAME, HOLIDAY.KIND)
                            .values(LocalDate.of(year, 1, 1), "Tết Dương lịch", "OFF").execute();
                    assertTrue(tx.fetchExists(HOLIDAY, inYear), "the holiday just added in " + year);
                }
            });
        }
    }
}
