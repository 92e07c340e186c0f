package vn.socongvu.ui.kit;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.app.Services;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;

/**
 * What a ViewModel test without the window starts from: real services over a temporary data folder (opened by the
 * test), the dialogs recorded and answered from a queue, the background work run at once on the test's thread.
 */
public abstract class ScreenModelTest {
    /** The day the tests' folders take for today. */
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    protected Path tmp;
    protected Services s;
    protected final RecordingDialogService dialogs = new RecordingDialogService();
    protected final CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner();

    /** The committee's office, with one clerk in it, Lê Thị Lan; @return the office */
    protected Unit officeWithClerk() {
        Unit office = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND xã", null, UnitKind.OFFICE,
                null, null));
        s.directory().saveStaff(new Staff.Draft(null, "Lê Thị Lan", office.id(), "Chuyên viên",
                StaffCategory.CONG_CHUC, false, null, null));
        return office;
    }

    @AfterEach
    void closeServices() {
        if (s != null) {
            s.close();
        }
    }
}
