package vn.socongvu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.control.ButtonType;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture, checked on the compiled classes (docs/architecture.md): core code (records, rules, services,
 * repositories, writers) has no JavaFX and does not reach into the screens, so it serves the window, the command
 * line and the tests alike; only the document engine touches POI; feature packages do not depend on each other in
 * a circle; ViewModels hold no scene-graph types; the composition root is used by the command line and the shell
 * only; features never use the shell.
 */
class ArchitectureTest {
    private static final String ROOT = "vn.socongvu";
    /** Where JavaFX may be used: the screens of each feature, the UI kit and the window shell. */
    private static final String UI = "..ui..";
    private static final String SHELL = "vn.socongvu.ui.shell..";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // The classes jOOQ generates from the schema (storage.jooq) are not ours to arrange.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/vn/socongvu/storage/jooq/"))
                .importPackages(ROOT);
        assertTrue(classes.size() > 200, "the app's classes were found");
    }

    @Test
    void coreCodeHasNoJavaFx() {
        check(noClasses().that().resideOutsideOfPackage(UI).and().resideOutsideOfPackage("vn.socongvu.cli..")
                .and().doNotHaveFullyQualifiedName("vn.socongvu.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx.."));
    }

    @Test
    void coreCodeDoesNotDependOnScreens() {
        // Only the command line may start the window or the screenshot renderer.
        check(noClasses().that().resideOutsideOfPackage(UI).and().resideOutsideOfPackage("vn.socongvu.cli..")
                .and().doNotHaveFullyQualifiedName("vn.socongvu.Main")
                .should().dependOnClassesThat().resideInAPackage(UI));
    }

    @Test
    void noDialogButtonInJavafxEnglish() {
        // ButtonType.OK, CANCEL, CLOSE … show "OK", "Cancel", "Close": the kit's Dialogs.OK, CANCEL, CLOSE say it
        // in Vietnamese.
        check(noClasses().should().accessField(ButtonType.class, "OK")
                .orShould().accessField(ButtonType.class, "CANCEL").orShould().accessField(ButtonType.class, "CLOSE")
                .orShould().accessField(ButtonType.class, "YES").orShould().accessField(ButtonType.class, "NO")
                .orShould().accessField(ButtonType.class, "APPLY").orShould().accessField(ButtonType.class, "FINISH")
                .orShould().accessField(ButtonType.class, "NEXT")
                .orShould().accessField(ButtonType.class, "PREVIOUS"));
    }

    @Test
    void onlyTheDocumentEngineTouchesPoi() {
        // Features describe content; the writers and readers in vn.socongvu.document use POI.
        check(noClasses().that().resideOutsideOfPackage("vn.socongvu.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats.."));
    }

    @Test
    void packagesHaveNoCycles() {
        // Each package on its own: a feature's screens may use another feature's core, never in a circle.
        check(slices().matching("vn.socongvu.(**)").should().beFreeOfCycles());
    }

    @Test
    void viewModelsHoldNoSceneGraph() {
        check(classes().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Model")
                .and().resideInAPackage(UI)
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "atlantafx.."));
    }

    @Test
    void theCompositionRootIsUsedByTheCommandLineAndTheShellOnly() {
        check(noClasses().that().resideOutsideOfPackages("vn.socongvu.app..", "vn.socongvu.cli..",
                        SHELL).and().doNotHaveFullyQualifiedName("vn.socongvu.Main")
                .should().dependOnClassesThat().resideInAPackage("vn.socongvu.app.."));
    }

    @Test
    void featuresNeverUseTheShell() {
        check(noClasses().that().resideOutsideOfPackages(SHELL, "vn.socongvu.cli..")
                .and().doNotHaveFullyQualifiedName("vn.socongvu.Main")
                .should().dependOnClassesThat().resideInAPackage(SHELL));
    }

    @Test
    void everyViewHasAViewModelOrIsAPlainComponent() {
        Set<String> names = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> containers = Set.of("DirectoryView", "SettingsView"); // tab containers hold no state
        for (JavaClass c : classes) {
            if (c.getSimpleName().endsWith("View") && !c.isNestedClass() && !containers.contains(c.getSimpleName())) {
                String vm = c.getName() + "Model";
                assertTrue(names.contains(vm), c.getName() + " has no " + vm);
            }
        }
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
