package vn.socongvu.registerbook.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.common.UserException;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.XlsxWriter;
import vn.socongvu.i18n.Messages;
import vn.socongvu.registerbook.RegisterBook;
import vn.socongvu.registerbook.RegisterBookService;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Sổ văn bản đi: the register of a chosen year and type (or all types) as its book — the numbers given, each with
 * its paper's signer and recipients — printed (the preview: print, Word) or saved as an Excel workbook.
 */
public final class RegisterBookViewModel {
    private static final List<DialogService.FileType> EXCEL =
            List.of(new DialogService.FileType("registerBook.ui.excelFiles", "*.xlsx"));
    private final RegisterBookService book;
    private final SettingsService settings;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final LocalDate today;
    final ObservableList<Integer> years = FXCollections.observableArrayList();
    /** The types numbered in the register; null stands for every type. */
    final ObservableList<DocumentKind> kinds = FXCollections.observableArrayList();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>();
    final ObservableList<RegisterBook.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public RegisterBookViewModel(RegisterBookService book, SettingsService settings, DialogService dialogs,
                                 TaskRunner runner, LocalDate today) {
        this.book = book;
        this.settings = settings;
        this.dialogs = dialogs;
        this.runner = runner;
        this.today = today;
        List<DocumentKind> ks = new ArrayList<>();
        ks.add(null);
        ks.addAll(Arrays.stream(DocumentKind.values()).filter(DocumentKind::numbered).toList());
        kinds.setAll(ks);
        year.addListener((o, a, b) -> load());
        kind.addListener((o, a, b) -> load());
    }

    /** Reads the years again and shows this year's book, every type. */
    public void open() {
        years.setAll(book.years(today.getYear()));
        if (year.get() == null || !years.contains(year.get())) {
            year.set(today.getYear()); // loads
        } else {
            load();
        }
    }

    /** Reads the chosen year's and type's lines in the background. */
    void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        DocumentKind k = kind.get();
        loading.set(true);
        runner.run("registerBook.ui.loading", p -> book.lines(y, k), ls -> {
            loading.set(false);
            if (y.equals(year.get()) && k == kind.get()) {
                lines.setAll(ls);
                status.set(Messages.get("registerBook.ui.count", Integer.toString(ls.size()), Integer.toString(y),
                        RegisterBook.scope(k)));
            }
        }, e -> {
            loading.set(false);
            dialogs.report(e);
        });
    }

    /** The book as it prints (DANH SÁCH under the committee's header), from the lines shown. */
    public OfficialDocument document() {
        return RegisterBook.document(settings.identity().orElseThrow(), year.get(), kind.get(), List.copyOf(lines),
                today);
    }

    public String fileName() {
        return RegisterBook.fileBase(year.get(), kind.get()) + ".docx";
    }

    /** Asks where, then writes the Excel workbook of the lines shown in the background and offers to open it. */
    public void saveExcel() {
        dialogs.chooseFileToSave("registerBook.ui.saveExcel", RegisterBook.fileBase(year.get(), kind.get()) + ".xlsx",
                        EXCEL)
                .map(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? f
                        : f.resolveSibling(f.getFileName() + ".xlsx"))
                .ifPresent(this::saveExcel);
    }

    /** Writes the workbook to {@code target} (as "Lưu Excel…" does once the file is chosen). */
    public void saveExcel(Path target) {
        var sheet = RegisterBook.workbook(settings.identity().orElseThrow(), year.get(), kind.get(), List.copyOf(lines));
        Consumer<Path> done = saved -> {
            status.set(Messages.get("preview.saved", saved));
            dialogs.saved("register-book-saved-dialog", "app.title", Messages.get("preview.saved", saved), saved, true);
        };
        runner.run("registerBook.ui.saveExcel", p -> SafeFiles.write(target, out -> XlsxWriter.write(sheet, out)), done,
                e -> {
                    if (e instanceof UserException ue) {
                        status.set(ue.userMessage());
                    } else {
                        dialogs.report(e);
                    }
                });
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
