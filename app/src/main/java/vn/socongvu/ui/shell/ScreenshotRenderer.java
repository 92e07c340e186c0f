package vn.socongvu.ui.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.socongvu.account.Role;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.EditConflictException;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.ui.DirectoryModels;
import vn.socongvu.document.SampleDocuments;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.Product;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.inspection.ui.InspectionPaperDialog;
import vn.socongvu.inspection.ui.InspectionPaperModel;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.meeting.ui.MeetingPaperDialog;
import vn.socongvu.meeting.ui.MeetingPaperViewModel;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.ui.PlanReviewView;
import vn.socongvu.report.ReportKind;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.settings.ui.BackupView;
import vn.socongvu.settings.ui.BackupViewModel;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.StorageException;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.ui.FollowUpLetterDialog;
import vn.socongvu.task.ui.FollowUpLetterModel;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.ConflictView;
import vn.socongvu.ui.kit.ConflictViewModel;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.Theme;

/**
 * Renders every main screen to PNG without a display, on JavaFX's headless platform: for reviewing
 * the UI ({@code socongvu screenshots --out DIR}) and in tests.
 */
public final class ScreenshotRenderer {
    /** The sections whose lists are read off the FX thread, by the id of the spinner shown meanwhile. */
    private static final Map<Section<?>, String> LISTS = Map.of(Sections.TASKS, "#task-loading",
            Sections.MEETINGS, "#meeting-loading", Sections.INSPECTIONS, "#inspection-loading",
            Sections.EVALUATION, "#evaluation-loading");
    /** The directory part of a data file the first-day screens import: two hamlets and their people. */
    private static final String FIRST_DAY_DIRECTORY = """
            {"format": "socongvu-data", "formatVersion": 1, "schemaVersion": 9, "commune": "Bình Thành", "tables": {
            "unit": [
            {"id": 1, "name": "Văn phòng HĐND và UBND", "short_name": "VP HĐND-UBND", "kind": "OFFICE", "active": true},
            {"id": 2, "name": "Xóm Đồng Tâm", "short_name": null, "kind": "HAMLET", "active": true},
            {"id": 3, "name": "Xóm Bãi Dài", "short_name": null, "kind": "HAMLET", "active": true}],
            "staff": [
            {"id": 1, "full_name": "Lê Thị Lan", "unit_id": 1, "job_title": "Chánh Văn phòng", "category": "CONG_CHUC",
             "leader": true, "phone": "0912 345 678", "email": null, "active": true},
            {"id": 2, "full_name": "Phạm Văn Đức", "unit_id": 1, "job_title": "Chuyên viên", "category": "CONG_CHUC",
             "leader": false, "phone": null, "email": null, "active": true},
            {"id": 3, "full_name": "Trần Thị Bình", "unit_id": 2, "job_title": "Trưởng xóm", "category": "NGUOI_LAO_DONG",
             "leader": true, "phone": null, "email": null, "active": true},
            {"id": 4, "full_name": "Đỗ Văn Nam", "unit_id": 3, "job_title": "Trưởng xóm", "category": "NGUOI_LAO_DONG",
             "leader": true, "phone": null, "email": null, "active": true}]
            }}
            """;
    private final Path out; // null: no pictures (tour, check)
    /** Called with each screen's name and window instead of taking its picture (null: none). */
    private final BiConsumer<String, Stage> check;
    private final List<Path> written = new ArrayList<>();
    private int shown;
    private Stage stage;
    private Stage preview;
    private Stage minutes;
    private AppRoot root;
    /** The recent data folders the data menu lists: kept in the temporary folder, never the user's. */
    private RecentDataFolders recent;

    private ScreenshotRenderer(Path out) {
        this(out, null);
    }

    private ScreenshotRenderer(Path out, BiConsumer<String, Stage> check) {
        this.out = out;
        this.check = check;
    }

    /**
     * @param dataDir the data to show; null for a fresh demo commune in a temporary folder
     * @return the PNG files written
     */
    public static List<Path> render(Path dataDir, Path out, int width, int height) throws Exception {
        ScreenshotRenderer r = new ScreenshotRenderer(Objects.requireNonNull(out));
        r.run(dataDir, width, height);
        return List.copyOf(r.written);
    }

    /**
     * Shows the same screens on the data, one after the other, and writes no picture; the first-start screen
     * (a separate empty database) is left out. What the memory benchmark measures: the app on its data alone.
     * @return how many screens were shown
     */
    public static int tour(Path dataDir, int width, int height) throws Exception {
        ScreenshotRenderer r = new ScreenshotRenderer(null);
        r.run(dataDir, width, height);
        return r.shown;
    }

    /**
     * Shows the same screens as {@link #render} (the first-start screen included) and hands each, laid out, to
     * {@code check} on the FX thread instead of taking its picture: the tests read what every screen shows.
     * @param dataDir the data to show; null for a fresh demo commune in a temporary folder
     * @return how many screens were shown
     */
    public static int check(Path dataDir, int width, int height, BiConsumer<String, Stage> check) throws Exception {
        ScreenshotRenderer r = new ScreenshotRenderer(null, Objects.requireNonNull(check));
        r.run(dataDir, width, height);
        return r.shown;
    }

    private void run(Path dataDir, int width, int height) throws Exception {
        ScreenshotRenderer r = this;
        startPlatform();
        Path tmp = Files.createTempDirectory("socongvu-screens");
        recent = new RecentDataFolders(Preferences.inFile(tmp.resolve("cua-so.properties")));
        try {
            if (out != null || check != null) {
                // The first-start screen, on an empty database.
                try (Services empty = Services.open(tmp.resolve("empty"))) {
                    r.onFx(() -> r.open(empty, width, height));
                    r.shot("01-thiet-lap");
                    r.onFx(() -> r.stage.close());
                }
                // The first day after the setup, on another new folder (not part of a tour either).
                r.firstDay(tmp.resolve("first-day"), width, height);
                r.signIn(width, height);
                r.server(tmp, width, height);
            }
            Path data = dataDir;
            if (data == null) {
                data = tmp.resolve("demo");
                try (Services demo = Services.open(data)) {
                    demo.demo().generate(DemoSize.SMALL, 3, LocalDate.now().getYear(), 2026, Progress.NONE);
                }
            }
            // The main window as the start shows it while this data is still being opened.
            Path shell = data;
            r.onFx(() -> r.window(width, height).showShell(shell));
            r.shot("00-dang-mo-du-lieu");
            r.onFx(() -> r.stage.close());
            try (Services s = Services.open(data)) {
                r.onFx(() -> r.open(s, width, height));
                int n = 2;
                for (Section<?> section : Sections.ALL) {
                    r.onFx(() -> r.root.main().showSection(section));
                    if (section == Sections.OVERVIEW) { // its figures are counted off the FX thread
                        r.await(() -> r.root.main().model(Sections.OVERVIEW).shownProperty().get());
                    } else if (section == Sections.REPORTS) {
                        r.awaitReport();
                    } else if (LISTS.containsKey(section)) {
                        r.awaitList(LISTS.get(section));
                    }
                    r.shot(String.format("%02d-%s", n++, section.slug()));
                }
                r.onFx(() -> {
                    r.root.main().showSection(Sections.DIRECTORY);
                    ((TabPane) r.lookup("#directory-view")).getSelectionModel().select(1);
                });
                r.shot(String.format("%02d-directory-staff", n++));
                r.onFx(() -> {
                    ((TabPane) r.lookup("#directory-view")).getSelectionModel().select(0);
                    ((Button) r.lookup("#unit-new")).fire();
                    ((TextField) r.lookup("#unit-name")).setText("");
                    ((TextField) r.lookup("#unit-phone")).setText("abc");
                    ((Button) r.lookup("#unit-save")).fire();
                });
                r.shot(String.format("%02d-directory-unit-errors", n++));
                r.onFx(() -> {
                    r.root.main().showSection(Sections.PLANS);
                    @SuppressWarnings("unchecked")
                    TableView<Object> plans =
                            (TableView<Object>) r.lookup("#plan-table");
                    plans.getSelectionModel().selectFirst();
                });
                r.shot(String.format("%02d-plan-general", n++));
                for (String tab : List.of("targets", "tasks")) {
                    int index = tab.equals("targets") ? 1 : 2;
                    r.onFx(() -> ((TabPane) r.lookup("#plans-view").lookup(".tab-pane")).getSelectionModel().select(index));
                    r.shot(String.format("%02d-plan-%s", n++, tab));
                }
                // Kế hoạch → Nhập kế hoạch: the review of a plan read from text, then its check's messages.
                PlanImporter importer = s.planImporter();
                PlanImporter.Reading reading = importer.readText(samplePlan());
                r.onFx(() -> r.minutes = PlanReviewView.show(r.stage, importer, reading, "ke-hoach-mau.docx",
                        saved -> { }));
                r.shot(String.format("%02d-plan-import-review", n++), r.minutes);
                r.onFx(() -> {
                    Scene review = r.minutes.getScene();
                    TabPane tabs = (TabPane) review.lookup("#plan-review").lookup(".tab-pane");
                    // A task left without its lead unit: the check marks it. The title emptied as well (its tab is
                    // made when first opened), so that the check refuses whatever is selected, and nothing is ever
                    // saved into the data shown.
                    ((ComboBox<?>) review.lookup("#review-lead-unit")).setValue(null);
                    tabs.getSelectionModel().select(1);
                    review.getRoot().applyCss(); // the tab's scroll pane shows its content once skinned
                    review.getRoot().layout();
                    ((TextArea) review.lookup("#review-plan-title")).setText("");
                    tabs.getSelectionModel().select(0);
                    ((Button) review.lookup("#review-save")).fire();
                });
                r.shot(String.format("%02d-plan-import-errors", n++), r.minutes);
                r.onFx(() -> ((TabPane) r.minutes.getScene().lookup("#plan-review").lookup(".tab-pane"))
                        .getSelectionModel().select(1));
                r.shot(String.format("%02d-plan-import-plan", n++), r.minutes);
                r.onFx(() -> r.minutes.close());
                r.onFx(() -> r.root.main().showSection(Sections.MEETINGS));
                r.awaitList("#meeting-loading");
                r.onFx(() -> {
                    @SuppressWarnings("unchecked")
                    TableView<MeetingRow> meetings =
                            (TableView<MeetingRow>) r.lookup("#meeting-table");
                    // A held meeting with numbered minutes: every tab has something to show.
                    meetings.getItems().stream().filter(m -> m.number() != null).findFirst()
                            .ifPresent(m -> meetings.getSelectionModel().select(m));
                });
                r.shot(String.format("%02d-meeting-general", n++));
                for (String tab : List.of("participants", "content", "conclusions")) {
                    int index = List.of("general", "participants", "content", "conclusions").indexOf(tab);
                    r.onFx(() -> ((TabPane) r.lookup("#meetings-view").lookup(".tab-pane")).getSelectionModel()
                            .select(index));
                    r.shot(String.format("%02d-meeting-%s", n++, tab));
                }
                r.onFx(() -> ((ToggleButton) r.lookup("#meeting-mode-calendar")).fire());
                r.shot(String.format("%02d-meeting-calendar", n++));
                r.onFx(() -> r.minutes = DocumentPreview.show(r.stage,
                        s.meetings().minutes(
                                s.meetings().list(MeetingFilter.period(null, null)).stream()
                                        .filter(m -> m.number() != null).findFirst().orElseThrow().id()),
                                "bien-ban.docx"));
                r.shot(String.format("%02d-meeting-minutes", n++), r.minutes);
                r.onFx(() -> r.minutes.close());
                // The papers around the meetings: the invitation's dialog and preview, the weekly schedule's dialog.
                long invited = s.meetings().list(MeetingFilter.period(null, null)).stream()
                        .filter(m -> m.number() != null && m.invited() > 1).findFirst().orElseThrow().id();
                r.onFx(() -> r.minutes = MeetingPaperDialog.show(r.stage, MeetingPaperViewModel.ofMeeting(
                        s.meetingPapers(), s.meetings(), new FxDialogService(() -> r.stage), invited,
                        MeetingPaperViewModel.Target.INVITATION)));
                r.shot(String.format("%02d-meeting-invitation-dialog", n++), r.minutes);
                r.onFx(() -> r.minutes.close());
                r.onFx(() -> r.minutes = DocumentPreview.show(r.stage, s.meetingPapers().invitation(invited),
                        "giay-moi.docx"));
                r.shot(String.format("%02d-meeting-invitation", n++), r.minutes);
                r.onFx(() -> r.minutes.close());
                r.onFx(() -> r.minutes = MeetingPaperDialog.show(r.stage, MeetingPaperViewModel.ofWeek(
                        s.meetingPapers(), s.meetings(), new FxDialogService(() -> r.stage), s.tasks().today())));
                r.shot(String.format("%02d-meeting-week-dialog", n++), r.minutes);
                r.onFx(() -> r.minutes.close());
                r.onFx(() -> {
                    r.root.main().showSection(Sections.INSPECTIONS);
                    ((ComboBox<?>) r.lookup("#inspection-filter-period")).getSelectionModel()
                            .select(PeriodChoice.ALL.ordinal());
                });
                r.awaitList("#inspection-loading");
                r.onFx(() -> {
                    @SuppressWarnings("unchecked")
                    TableView<InspectionRow> inspections =
                            (TableView<InspectionRow>)
                                    r.lookup("#inspection-table");
                    // An inspection that found violations: every tab has something to show.
                    inspections.getItems().stream().filter(i -> i.violations() > 0 && i.noticeNumber() != null)
                            .findFirst().ifPresent(i -> inspections.getSelectionModel().select(i));
                });
                r.shot(String.format("%02d-inspection-general", n++));
                for (String tab : List.of("subjects", "violations", "conclusion")) {
                    int index = List.of("general", "subjects", "violations", "conclusion").indexOf(tab);
                    r.onFx(() -> ((TabPane) r.lookup("#inspections-view").lookup(".tab-pane")).getSelectionModel()
                            .select(index));
                    r.shot(String.format("%02d-inspection-%s", n++, tab));
                }
                r.onFx(() -> ((ToggleButton) r.lookup("#inspection-mode-violations")).fire());
                r.awaitList("#inspection-loading");
                r.shot(String.format("%02d-inspection-violation-list", n++));
                r.onFx(() -> r.minutes = DocumentPreview.show(r.stage,
                        s.inspections().notice(
                                s.inspections().list(InspectionFilter.period(null, null))
                                        .stream().filter(i -> i.noticeNumber() != null).findFirst().orElseThrow().id()),
                                "thong-bao.docx"));
                r.shot(String.format("%02d-inspection-notice", n++), r.minutes);
                r.onFx(() -> r.minutes.close());
                // The papers issued from an inspection and the công văn đôn đốc: their windows, then a preview.
                long paperOf = s.inspections().list(InspectionFilter.period(null, null)).stream()
                        .filter(i -> i.violations() > 0).findFirst().orElseThrow().id();
                for (InspectionPapers.Kind kind : InspectionPapers.Kind.values()) {
                    r.onFx(() -> r.minutes = InspectionPaperDialog.show(r.stage, kind,
                            d -> new InspectionPaperModel(s.inspections(), s.settings(), paperOf, kind, d)));
                    r.shot(String.format("%02d-inspection-paper-%s", n++, kind.name().toLowerCase(Locale.ROOT)),
                            r.minutes);
                    r.onFx(() -> r.minutes.close());
                }
                r.onFx(() -> r.minutes = DocumentPreview.show(r.stage,
                        s.inspections().papers().sample(paperOf, InspectionPapers.Kind.DECISION), "quyet-dinh.docx"));
                r.shot(String.format("%02d-inspection-decision-preview", n++), r.minutes);
                r.onFx(() -> r.minutes.close());
                Long letterTo = s.directory().activeUnits().stream()
                        .filter(u -> !s.tasks().followUps().items(u.id(), 5, s.tasks().today()).isEmpty())
                        .map(Unit::id).findFirst().orElse(null);
                r.onFx(() -> r.minutes = FollowUpLetterDialog.show(r.stage,
                        d -> new FollowUpLetterModel(s.tasks().followUps(), letterTo, d)));
                r.shot(String.format("%02d-task-follow-up", n++), r.minutes);
                r.onFx(() -> r.minutes.close());
                // Two PCs on one server database: the second save of a task is refused and the clerk chooses.
                ConflictViewModel conflict = sampleConflict(s);
                r.offerShot(() -> ConflictView.dialog(r.stage, conflict).show(),
                        String.format("%02d-task-edit-conflict", n++));
                r.onFx(() -> {
                    r.root.main().showSection(Sections.DIRECTORY);
                    ((TabPane) r.lookup("#directory-view")).getSelectionModel().select(2);
                });
                r.shot(String.format("%02d-directory-inspection-items", n++));
                r.onFx(() -> r.root.main().showSection(Sections.REPORTS));
                // Biểu 02: the plans' names are the longest a figure table wraps.
                r.await(() -> !r.lookup("#report-save").isDisabled()); // figures counted again on the new visit
                r.onFx(() -> ((ComboBox<?>) r.lookup("#report-table-choice")).getSelectionModel()
                        .select(1));
                r.shot(String.format("%02d-report-plans", n++));
                // A quarter's report: the quarter chosen beside the year.
                r.onFx(() -> ((ComboBox<?>) r.lookup("#report-kind")).getSelectionModel()
                        .select(ReportKind.QUARTER.ordinal()));
                r.await(() -> !r.lookup("#report-save").isDisabled());
                r.shot(String.format("%02d-report-quarter", n++));
                for (String tab : List.of("tthc", "text", "issue")) {
                    int index = List.of("figures", "tthc", "text", "issue").indexOf(tab);
                    r.onFx(() -> ((TabPane) r.lookup("#reports-view").lookup(".tab-pane")).getSelectionModel()
                            .select(index));
                    r.shot(String.format("%02d-report-%s", n++, tab));
                }
                n = r.evaluation(n);
                r.onFx(() -> r.root.main().showSection(Sections.SETTINGS));
                for (String tab : List.of("holidays", "deadlines", "backup")) {
                    int index = List.of("identity", "holidays", "deadlines", "backup").indexOf(tab);
                    r.onFx(() -> ((TabPane) r.lookup("#settings-view")).getSelectionModel().select(index));
                    r.shot(String.format("%02d-settings-%s", n++, tab));
                }
                // Cài đặt → Tài khoản: on one PC the list is empty and the form waits for a server.
                r.onFx(() -> ((TabPane) r.lookup("#settings-view")).getSelectionModel().select(4));
                r.shot(String.format("%02d-settings-accounts", n++));
                // Cài đặt → Sổ văn bản đi: the register of the year, every type.
                r.onFx(() -> ((TabPane) r.lookup("#settings-view")).getSelectionModel().select(5));
                r.await(() -> !((TableView<?>) r.lookup("#register-book-table")).getItems().isEmpty());
                r.shot(String.format("%02d-settings-register-book", n++));
                // Cài đặt → Thư mục dữ liệu: where the data is, another folder, new data, leaving the demo.
                r.onFx(() -> ((TabPane) r.lookup("#settings-view")).getSelectionModel().select(6));
                r.shot(String.format("%02d-settings-data-folder", n++));
                // Cài đặt → Máy chủ dữ liệu: the server the office would share.
                r.onFx(() -> ((TabPane) r.lookup("#settings-view")).getSelectionModel().select(7));
                r.shot(String.format("%02d-settings-server", n++));
                // "Dữ liệu ▾": where the data is, the folders, the server's settings.
                r.showDataMenu();
                r.shotWithPopup(String.format("%02d-data-menu", n++));
                r.onFx(() -> ((MenuButton) r.lookup("#data-menu")).hide());
                // The header's search, typed without diacritics, its results open under the field.
                r.onFx(() -> {
                    r.root.main().showSection(Sections.OVERVIEW);
                    r.root.main().searchBox().focus();
                    r.root.main().searchBox().field().setText("bao cao");
                });
                r.await(() -> r.popup() != null && !((ListView<?>) r.popup().getScene().lookup("#header-search-results"))
                        .getItems().isEmpty());
                r.shotWithPopup(String.format("%02d-header-search", n++));
                r.onFx(() -> r.root.main().searchBox().field().setText(""));
                r.onFx(() -> r.preview = DocumentPreview.show(r.stage,
                        new SampleDocuments(s.settings(), s.directory(), LocalDate.now()).plan(), "mau-ke-hoach.docx"));
                r.shot(String.format("%02d-document-preview", n++), r.preview);
                r.onFx(() -> r.preview.close());
                // A backup opened with the app (from the file manager): check it or restore it.
                Path backup = s.backups().write(tmp.resolve("usb"), null, Progress.NONE).file();
                r.offerShot(() -> r.root.offerBackupFile(s, backup), "01h-mo-ban-sao-luu");
                r.onFx(() -> r.stage.close());
                // The same on the first day: over the setup, which offers restoring a backup too.
                try (Services empty = Services.open(tmp.resolve("empty-2"))) {
                    r.onFx(() -> r.open(empty, width, height));
                    r.offerShot(() -> r.root.offerBackupFile(empty, backup), "01i-thiet-lap-mo-ban-sao-luu");
                    r.onFx(() -> r.stage.close());
                }
            }
            if (out != null || check != null) { // not part of a tour: a window of its own on a copy of the data
                r.unitAccount(shell, tmp.resolve("don-vi"), width, height);
            }
        } finally {
            SafeFiles.deleteTree(tmp);
        }
    }

    /**
     * The first day after the setup (the leaders, the typical units, nothing else): the empty lists saying what to
     * do, the staff tab with its filter hiding everyone, then the staff tab after a directory was imported.
     */
    private void firstDay(Path dir, int width, int height) throws Exception {
        try (Services s = Services.open(dir)) {
            s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng",
                    List.of("Hoàng Thị Thu Hà", "Lê Quang Minh"), true));
            onFx(() -> open(s, width, height));
            onFx(() -> root.main().showSection(Sections.PLANS));
            shot("01a-ngay-dau-ke-hoach-trong");
            onFx(() -> root.main().showSection(Sections.TASKS));
            awaitList("#task-loading");
            shot("01b-ngay-dau-nhiem-vu-trong");
            onFx(() -> root.main().showSection(Sections.MEETINGS));
            awaitList("#meeting-loading");
            shot("01c-ngay-dau-cuoc-hop-trong");
            onFx(() -> {
                root.main().showSection(Sections.DIRECTORY);
                ((TabPane) lookup("#directory-view")).getSelectionModel().select(1);
            });
            shot("01d-ngay-dau-can-bo-sau-thiet-lap");
            onFx(() -> ((TextField) lookup("#staff-search")).setText("Không có ai tên này"));
            shot("01e-ngay-dau-can-bo-khong-khop");
            onFx(() -> ((Button) lookup("#staff-empty-clear-filter")).fire());
            Path file = dir.resolve("danh-muc-mau.json");
            Files.writeString(file, FIRST_DAY_DIRECTORY, StandardCharsets.UTF_8);
            DirectoryModels models = root.main().model(Sections.DIRECTORY);
            onFx(() -> models.staff().importFrom(file));
            await(() -> !models.staff().importOutcomeProperty().get().isEmpty());
            shot("01f-ngay-dau-can-bo-da-nhap");
            onFx(() -> {
                for (Window w : List.copyOf(Window.getWindows())) {
                    if (w != stage && w instanceof Stage dialog) {
                        minutes = dialog;
                    }
                }
            });
            if (minutes != null) {
                shot("01g-ngay-dau-ket-qua-nhap", minutes);
                onFx(() -> minutes.close());
                minutes = null;
            }
            onFx(() -> stage.close());
        }
    }

    /**
     * The window of a unit's account (issue 35), on a copy of the data (the account is written to the copy): the unit
     * that leads the most tasks, its Tổng quan, Nhiệm vụ and the header's search, with only its sections offered.
     */
    private void unitAccount(Path data, Path copy, int width, int height) throws Exception {
        Files.createDirectories(copy);
        Files.copy(DataFolder.databaseFileIn(data), DataFolder.databaseFileIn(copy));
        try (Services s = Services.open(copy)) {
            TaskService tasks = s.tasks();
            Long busiest = tasks.list(TaskFilter.year(tasks.today().getYear(), tasks.today())).stream()
                    .collect(Collectors.groupingBy(TaskRow::leadUnitId, Collectors.counting())).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
            Unit unit = s.directory().unit(busiest).orElseThrow();
            char[] password = "mat-khau-don-vi".toCharArray();
            s.accounts().signIn("vanthu"); // no account yet: the văn thư, who adds the unit's
            s.accounts().create("donvi", unit.name(), Role.DON_VI, unit.id(), password, password);
            s.accounts().signIn("donvi");
            onFx(() -> open(s, width, height));
            await(() -> root.main().model(Sections.OVERVIEW).shownProperty().get());
            shot("02a-don-vi-tong-quan");
            onFx(() -> root.main().showSection(Sections.TASKS));
            awaitList("#task-loading");
            shot("02b-don-vi-nhiem-vu");
            onFx(() -> {
                root.main().showSection(Sections.OVERVIEW);
                root.main().searchBox().focus();
                root.main().searchBox().field().setText("bao cao");
            });
            await(() -> popup() != null && !((ListView<?>) popup().getScene().lookup("#header-search-results"))
                    .getItems().isEmpty());
            shotWithPopup("02c-don-vi-tim-kiem");
            onFx(() -> root.main().searchBox().field().setText(""));
            onFx(() -> stage.close());
        }
    }

    /**
     * Đánh giá, xếp loại: a person chosen (the one with the most products, a late one among them) on each of the
     * person's tabs, the products behind a figure, the assessor's dialogs, the year and the settings.
     * @return the next screen's number
     */
    private int evaluation(int first) throws Exception {
        int n = first;
        onFx(() -> root.main().showSection(Sections.EVALUATION));
        awaitList("#evaluation-loading");
        int[] row = {-1};
        onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<PersonScore> people = (TableView<PersonScore>) lookup("#evaluation-table");
            PersonScore best = people.getItems().stream()
                    .max(Comparator.comparingInt((PersonScore p) -> p.products().stream().anyMatch(Product::late) ? 1 : 0)
                            .thenComparingInt(p -> p.products().size())).orElse(null);
            if (best != null) {
                people.getSelectionModel().select(best);
                people.scrollTo(best);
                row[0] = people.getItems().indexOf(best);
            }
        });
        shot(String.format("%02d-evaluation-products", n++));
        for (int tab = 1; tab <= 3; tab++) {
            int index = tab;
            onFx(() -> ((TabPane) lookup("#evaluation-person-tabs")).getSelectionModel().select(index));
            shot(String.format("%02d-evaluation-%s", n++, List.of("", "deductions", "general", "cases").get(tab)));
        }
        onFx(() -> ((TabPane) lookup("#evaluation-person-tabs")).getSelectionModel().select(0));
        if (row[0] >= 0) {
            offerShot(() -> ((Hyperlink) lookup("#evaluation-assigned-" + row[0])).fire(),
                    String.format("%02d-evaluation-drill", n++));
            offerShot(() -> {
                @SuppressWarnings("unchecked")
                TableView<Product> products = (TableView<Product>) lookup("#evaluation-products");
                products.getItems().stream().filter(Product::late).findFirst()
                        .ifPresent(p -> products.getSelectionModel().select(p));
                ((Button) lookup("#evaluation-exempt-delay")).fire();
            }, String.format("%02d-evaluation-exempt-delay", n++));
            offerShot(() -> ((Button) lookup("#evaluation-quality")).fire(),
                    String.format("%02d-evaluation-quality", n++));
            offerShot(() -> ((Button) lookup("#evaluation-weight")).fire(),
                    String.format("%02d-evaluation-weight", n++));
        }
        onFx(() -> ((TabPane) lookup("#evaluation-tabs")).getSelectionModel().select(1));
        awaitList("#evaluation-year-loading");
        shot(String.format("%02d-evaluation-year", n++));
        onFx(() -> ((TabPane) lookup("#evaluation-tabs")).getSelectionModel().select(2));
        shot(String.format("%02d-evaluation-settings", n++));
        onFx(() -> ((TabPane) lookup("#evaluation-tabs")).getSelectionModel().select(0));
        return n;
    }

    /** Shows the dialog {@code offer} opens over the window, pictures it and closes it. */
    private void offerShot(Runnable offer, String name) throws Exception {
        onFx(offer);
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage dialog && dialog.isShowing()) {
                    minutes = dialog;
                }
            }
        });
        if (minutes != null) {
            shot(name, minutes);
            onFx(() -> minutes.close());
            minutes = null;
        }
    }

    /**
     * The conflict dialog as a clerk meets it on a server database: another person changed a task's content and
     * deadline while the clerk was editing its expected result and deadline (audit rows made up for the picture, the
     * data left as it is).
     */
    private static ConflictViewModel sampleConflict(Services s) {
        Task t = s.tasks().list(TaskFilter.year(s.tasks().today().getYear(), s.tasks().today())).stream()
                .filter(r -> r.dueOn() != null).map(r -> s.tasks().task(r.taskId())).findFirst().orElseThrow();
        LocalDateTime at = LocalDateTime.of(s.tasks().today(), LocalTime.of(9, 42));
        String deadline = VnFormat.date(t.deadline() == null ? s.tasks().today().plusDays(20) : t.deadline());
        List<AuditEntry> changes = List.of(
                new AuditEntry(1, at, "pho.chutich", TaskService.ENTITY, t.id(), AuditAction.UPDATE,
                        "task.field.content", t.content(), t.content() + ", báo cáo kết quả về Văn phòng"),
                new AuditEntry(2, at.plusMinutes(1), "pho.chutich", TaskService.ENTITY, t.id(), AuditAction.UPDATE,
                        "task.field.deadline", deadline,
                        VnFormat.date(s.tasks().today().plusDays(30))));
        EditConflictException e = new EditConflictException(TaskService.ENTITY, t.id(), changes);
        return new ConflictViewModel(e, field -> "task.field.deadline".equals(field)
                ? VnFormat.date(s.tasks().today().plusDays(25)) : null, true);
    }

    /** The plan the review screens show: a commune plan in the genre, shipped with the app for this. */
    private static String samplePlan() throws IOException {
        try (var in = ScreenshotRenderer.class.getResourceAsStream("/planimport/ke-hoach-mau.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Starts JavaFX on the headless platform unless a platform was chosen already. */
    static void startPlatform() throws InterruptedException {
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
    }

    private void open(Services services, int width, int height) {
        window(width, height);
        new OpenData(root, services, recent); // as in the application: "restore", "Dữ liệu ▾"
        root.showFor(services);
    }

    /** A new themed window with the app's root, shown. */
    /**
     * The sign-in page of a server database, then after a wrong password (the server's refusal as the clerk reads
     * it). No server is reached: the refusal is the one the storage gives.
     */
    private void signIn(int width, int height) throws Exception {
        ServerAddress address = new ServerAddress("192.168.1.10", ServerAddress.DEFAULT_PORT, "socongvu", "nguyenvana");
        SignInViewModel[] vm = new SignInViewModel[1];
        onFx(() -> {
            AppRoot w = window(width, height);
            vm[0] = new SignInViewModel(address, (a, p) -> {
                throw new StorageException(StorageException.Reason.LOGIN_FAILED, "storage.server.error.password",
                        null, a.user(), a.host() + ":" + a.port());
            }, w.runner(), opened -> { }, () -> { });
            w.showSignIn(vm[0]);
        });
        shot("01j-dang-nhap");
        onFx(() -> vm[0].signIn("nguyenvana", "sai".toCharArray()));
        await(() -> !vm[0].messageProperty().get().isEmpty());
        shot("01k-dang-nhap-sai-mat-khau");
        onFx(() -> stage.close());
    }

    /**
     * Moving this PC's data onto a server from Cài đặt → Máy chủ dữ liệu, and working on one. No server is reached:
     * the window's own flows run with H2 folders in the place of server databases (an empty one, one holding a
     * commune), and a refusal as the storage gives it.
     */
    private void server(Path tmp, int width, int height) throws Exception {
        ServerAddress address = new ServerAddress("192.168.1.10", ServerAddress.DEFAULT_PORT, "socongvu", "vanthu");
        try (Services other = Services.open(tmp.resolve("may-chu-co-du-lieu"))) {
            other.settings().setUp(new CommuneSetup("Hòa Bình", "Thái Nguyên", null, "Trần Văn Sơn", List.of(), true));
        }
        try (Services here = Services.open(tmp.resolve("first-day"))) {
            onFx(() -> {
                open(here, width, height);
                root.main().showSection(Sections.SETTINGS);
                ((TabPane) lookup("#settings-view")).getSelectionModel().select(7);
            });
            // A wrong password: told at the login's field.
            useServerTab(here, address, (a, p) -> {
                throw new StorageException(StorageException.Reason.LOGIN_FAILED, "storage.server.error.password",
                        null, a.user(), a.host() + ":" + a.port());
            });
            await(() -> !((Label) lookup("#server-user-error")).getText().isEmpty());
            shot("01m-may-chu-sai-mat-khau");
            // An empty server database: this PC's records offered (then not taken: the dialog closed).
            useServerTab(here, address, (a, p) -> Services.open(tmp.resolve("may-chu-trong")));
            dialogShot("01n-may-chu-trong-chep-du-lieu");
            // A server database that holds a commune: this PC's records are not merged.
            useServerTab(here, address, (a, p) -> Services.open(tmp.resolve("may-chu-co-du-lieu")));
            dialogShot("01o-may-chu-co-du-lieu-khong-gop");
            // Sao lưu on a server, at a leader's PC: the văn thư's PC makes the automatic backups.
            onFx(() -> {
                TabPane settings = (TabPane) lookup("#settings-view");
                ScrollPane pane = new ScrollPane(new BackupView(new BackupViewModel(here.settings(), here.backups(),
                        here.exchange(), here.db().folder().dir(), root.dialogs(), root.runner(), null)
                        .onServer(false)));
                pane.setFitToWidth(true);
                settings.getTabs().get(3).setContent(pane);
                settings.getSelectionModel().select(3);
            });
            shot("01p-sao-luu-tren-may-chu");
            // "Dữ liệu ▾" on a server: where the data is, and the way back to this PC.
            onFx(() -> {
                root.main().showSection(Sections.OVERVIEW);
                root.main().useDataFolders(new DataFoldersViewModel(onServer(here, address), recent,
                        tmp.resolve("mac-dinh"), false, root.dialogs(), root.runner()));
            });
            showDataMenu();
            shotWithPopup("01q-du-lieu-tren-may-chu");
            onFx(() -> {
                ((MenuButton) lookup("#data-menu")).hide();
                stage.close();
            });
        }
    }

    /** Cài đặt → Máy chủ dữ liệu on {@code opener}'s databases, "Dùng máy chủ này" pressed, the password typed. */
    private void useServerTab(Services here, ServerAddress address, BiFunction<ServerAddress, char[], Services> opener)
            throws Exception {
        onFx(() -> {
            ServerViewModel vm = new ServerViewModel(Optional.of(address), here, opener, s -> { }, null,
                    root.dialogs(), root.runner());
            ScrollPane pane = new ScrollPane(new ServerView(vm));
            pane.setFitToWidth(true);
            ((TabPane) lookup("#settings-view")).getTabs().get(7).setContent(pane);
            vm.useServer(address, "mat-khau".toCharArray());
        });
    }

    /** "Dữ liệu ▾" opened in the window (laid out first: the button may have just been made), its menu shown. */
    private void showDataMenu() throws Exception {
        onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        onFx(() -> {
            stage.requestFocus();
            ((MenuButton) lookup("#data-menu")).show();
        });
        await(() -> popup() instanceof ContextMenu);
    }

    /** A switcher that works on {@code here} as if it were the server database {@code address} (pictures only). */
    private static DataFoldersViewModel.Switcher onServer(Services here, ServerAddress address) {
        return new DataFoldersViewModel.Switcher() {
            @Override
            public Path currentFolder() {
                return here.db().folder().dir();
            }

            @Override
            public Path switchTo(Path target, DataFoldersViewModel.Left left, Progress progress) {
                return null;
            }

            @Override
            public void useServer(Services opened) {
                opened.close();
            }

            @Override
            public Optional<ServerAddress> currentServer() {
                return Optional.of(address);
            }
        };
    }

    /** Waits for a dialog over the window (not a progress window), pictures it, and closes it (its "Hủy"). */
    private void dialogShot(String name) throws Exception {
        Stage[] dialog = new Stage[1];
        await(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage d && d.isShowing() && d.getScene().lookup(".dialog-pane") != null) {
                    dialog[0] = d;
                    return true;
                }
            }
            return false;
        });
        if (dialog[0] == null) {
            throw new IllegalStateException("no dialog for " + name);
        }
        shot(name, dialog[0]);
        onFx(() -> dialog[0].close());
    }

    private AppRoot window(int width, int height) {
        Theme.use(); // before the first control, as the application does
        stage = new Stage();
        root = new AppRoot();
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        return root;
    }

    private Node lookup(String selector) {
        Node n = stage.getScene().lookup(selector);
        if (n == null) {
            // A screen built this very moment (each visit builds its own) has its inner nodes once styled.
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            n = stage.getScene().lookup(selector);
        }
        if (n == null) {
            throw new IllegalStateException("no node " + selector);
        }
        return n;
    }

    /** Waits until a list read in the background (its spinner {@code busyId}) has been read and shown. */
    private void awaitList(String busyId) throws Exception {
        // Found once the screen's skin has laid it out; then shown until the rows are read.
        await(() -> {
            Node busy = stage.getScene().lookup(busyId);
            return busy != null && !busy.isVisible();
        });
    }

    /** Waits until Báo cáo has counted its figures (they are read off the FX thread). */
    private void awaitReport() throws Exception {
        await(() -> !((Label) lookup("#report-window")).getText().isEmpty());
    }

    /** Waits (at most half a minute) until {@code ready}, asked on the FX thread, holds. */
    private void await(BooleanSupplier ready) throws Exception {
        for (int i = 0; i < 300; i++) {
            CompletableFuture<Boolean> now = new CompletableFuture<>();
            Platform.runLater(() -> now.complete(ready.getAsBoolean()));
            if (now.get(60, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    /** Lets a few pulses lay out and paint the scene, then writes it to {@code name}.png. */
    private void shot(String name) throws Exception {
        shot(name, stage);
    }

    private void shot(String name, Stage window) throws Exception {
        Thread.sleep(300);
        shown++;
        if (out == null) {
            onFx(() -> { }); // the screen laid out and painted, as for a picture
            if (check != null) {
                onFx(() -> check.accept(name, window));
            }
            return;
        }
        CompletableFuture<WritableImage> img = new CompletableFuture<>();
        Platform.runLater(() -> img.complete(window.getScene().snapshot(null)));
        Path file = out.resolve(name + ".png");
        writePng(img.get(60, TimeUnit.SECONDS), file);
        written.add(file);
    }

    /** The popup shown over the window (the header's search results, a menu), if one is. */
    private PopupWindow popup() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && !(w instanceof Tooltip)
                && w.isShowing()).map(w -> (PopupWindow) w).findFirst().orElse(null);
    }

    /** The window with the popup shown over it where it is on the screen (a scene's picture leaves it out). */
    private void shotWithPopup(String name) throws Exception {
        Thread.sleep(300);
        shown++;
        if (out == null) {
            onFx(() -> { });
            return;
        }
        CompletableFuture<WritableImage[]> img = new CompletableFuture<>();
        Platform.runLater(() -> img.complete(new WritableImage[] {stage.getScene().snapshot(null),
            popup().getScene().snapshot(null)}));
        WritableImage[] both = img.get(60, TimeUnit.SECONDS);
        CompletableFuture<double[]> at = new CompletableFuture<>();
        Platform.runLater(() -> at.complete(new double[] {
            popup().getX() + popup().getScene().getX() - stage.getX() - stage.getScene().getX(),
            popup().getY() + popup().getScene().getY() - stage.getY() - stage.getScene().getY()}));
        double[] xy = at.get(60, TimeUnit.SECONDS);
        WritableImage window = both[0];
        WritableImage over = both[1];
        PixelReader pr = over.getPixelReader();
        int x0 = (int) Math.round(xy[0]);
        int y0 = (int) Math.round(xy[1]);
        for (int y = 0; y < (int) over.getHeight() && y0 + y < (int) window.getHeight(); y++) {
            for (int x = 0; x < (int) over.getWidth() && x0 + x < (int) window.getWidth(); x++) {
                if (x0 + x >= 0 && y0 + y >= 0) {
                    Color c = pr.getColor(x, y);
                    if (c.getOpacity() > 0) {
                        Color under = window.getPixelReader().getColor(x0 + x, y0 + y);
                        window.getPixelWriter().setColor(x0 + x, y0 + y, under.interpolate(
                                new Color(c.getRed(), c.getGreen(), c.getBlue(), 1), c.getOpacity()));
                    }
                }
            }
        }
        Path file = out.resolve(name + ".png");
        writePng(window, file);
        written.add(file);
    }

    static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pr.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            bi.setRGB(0, y, w, 1, row, 0, w);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        ImageIO.write(bi, "png", tmp.toFile());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
