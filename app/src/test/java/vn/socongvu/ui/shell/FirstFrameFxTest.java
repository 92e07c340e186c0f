package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.ui.kit.FileOpener;

/**
 * The window's first frame ({@link FirstFrame}) and what takes its place: the theme's main view (or "opening…" on a
 * new folder) with the header, the navigation and the message exactly where the first frame had them, in the same
 * colours and fonts, so that the clerk sees no jump when the one replaces the other.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameFxTest {
    /** How far (px) a line, an edge or a text may lie from its place in the first frame. */
    private static final double PX = 0.5;
    @TempDir
    Path tmp;
    private final AtomicReference<Stage> window = new AtomicReference<>();
    private final AtomicReference<Services> opened = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close(FxRobot r) throws Exception {
        FileOpener.use(null);
        release.countDown();
        if (window.get() != null) {
            r.interact(() -> window.get().hide());
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened.get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#overview-loading").tryQuery()
                .map(n -> !n.isVisible()).orElse(true));
        opened.get().close();
    }

    /** Starts the app on {@code dir} as {@code main} does, its data held back; returns the first frame, laid out. */
    private Parent start(FxRobot r, Path dir) throws Exception {
        SoCongVuApp.useDataDir(dir, d -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Services s = Services.open(d);
            opened.set(s);
            return s;
        });
        AtomicReference<Parent> first = new AtomicReference<>();
        r.interact(() -> {
            Stage stage = new Stage();
            window.set(stage);
            new SoCongVuApp().start(stage);
            // before any pulse: what the window's first frame shows
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            first.set(root);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.get().getScene().getRoot() instanceof AppRoot);
        WaitForAsyncUtils.waitForFxEvents();
        return first.get();
    }

    @Test
    void theMainViewTakesTheFirstFramesPlaceWithItsHeaderNavigationAndMessageWhereTheyWere(FxRobot r)
            throws Exception {
        Path dir = tmp.resolve("data");
        TestServices.demo(dir).close();
        Parent first = start(r, dir);
        assertEquals("first-frame", first.getId());
        assertTrue(controls(first).isEmpty(), "no control in the first frame: " + controls(first));
        assertTrue(first.getScene() == null, "replaced");

        Region header = (Region) first.lookup("#first-frame-header");
        Region nav = (Region) first.lookup("#first-frame-nav");
        Text title = text(first, "Sổ Công Vụ");
        Text message = text(first, "Đang mở dữ liệu…");
        Bounds headerAt = header.localToScene(header.getLayoutBounds());
        Bounds navAt = nav.localToScene(nav.getLayoutBounds());
        Bounds titleAt = title.localToScene(title.getLayoutBounds());
        Bounds messageAt = message.localToScene(message.getLayoutBounds());

        r.interact(() -> {
            AppRoot root = (AppRoot) window.get().getScene().getRoot();
            assertFalse(r.lookup("#main-view").queryAll().isEmpty(), "the main view, waiting for its data");
            assertEquals(FirstFrame.BG_DEFAULT, fill(root));

            Region realHeader = r.lookup(".app-header").queryAs(Region.class);
            same(headerAt, realHeader.localToScene(realHeader.getLayoutBounds()), "the header band");
            assertEquals(fill(realHeader), fill(header));
            assertEquals(bottomLine(realHeader), bottomLine(header));
            assertEquals(FirstFrame.BG_SUBTLE, fill(realHeader));

            Region realNav = r.lookup("#nav").queryAs(Region.class);
            same(navAt, realNav.localToScene(realNav.getLayoutBounds()), "the navigation's column");
            assertEquals(fill(realNav), fill(nav));
            assertEquals(rightLine(realNav), rightLine(nav));

            Text realTitle = labelText(realHeader, "Sổ Công Vụ");
            sameText(title, titleAt, realTitle, "the app's name");
            Text realMessage = labelText(r.lookup("#opening-data").queryAs(Parent.class), "Đang mở dữ liệu…");
            sameText(message, messageAt, realMessage, "the opening message");
        });
    }

    @Test
    void aNewFolderShowsTheOpeningMessageAloneWhereTheNextScreenHasIt(FxRobot r) throws Exception {
        Parent first = start(r, tmp.resolve("new"));
        assertEquals("first-frame", first.getId());
        assertTrue(controls(first).isEmpty(), "no control in the first frame: " + controls(first));
        assertTrue(first.lookup("#first-frame-header") == null, "no header: the setup comes next");
        Text message = text(first, "Đang mở dữ liệu…");
        Bounds messageAt = message.localToScene(message.getLayoutBounds());
        r.interact(() -> {
            assertTrue(r.lookup("#main-view").queryAll().isEmpty());
            Text real = labelText(r.lookup("#opening-data").queryAs(Parent.class), "Đang mở dữ liệu…");
            sameText(message, messageAt, real, "the opening message");
            assertEquals(FirstFrame.BG_DEFAULT, fill((Region) window.get().getScene().getRoot()));
        });
    }

    private static List<Node> controls(Node n) {
        List<Node> out = new ArrayList<>();
        if (n instanceof Control) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(controls(c)));
        }
        return out;
    }

    private static Text text(Parent root, String s) {
        return root.lookupAll("Text").stream().filter(n -> n instanceof Text t && s.equals(t.getText()))
                .map(Text.class::cast).findFirst().orElseThrow(() -> new AssertionError("no text " + s));
    }

    /** The text node of the label showing {@code s} inside {@code in}. */
    private static Text labelText(Parent in, String s) {
        Label label = in.lookupAll(".label").stream().filter(n -> n instanceof Label l && s.equals(l.getText()))
                .map(Label.class::cast).findFirst().orElseThrow(() -> new AssertionError("no label " + s));
        Text t = (Text) label.lookup(".text");
        assertNotNull(t, s);
        return t;
    }

    private static void sameText(Text first, Bounds firstAt, Text real, String what) {
        Font a = first.getFont();
        Font b = real.getFont();
        assertEquals(b.getName(), a.getName(), what + "'s font");
        assertEquals(b.getSize(), a.getSize(), 0.01, what + "'s size");
        assertEquals(real.getFill(), first.getFill(), what + "'s colour");
        assertEquals(real.getFontSmoothingType(), first.getFontSmoothingType(), what + "'s smoothing");
        same(firstAt, real.localToScene(real.getLayoutBounds()), what);
    }

    private static void same(Bounds first, Bounds real, String what) {
        String both = what + ": first frame " + first + ", then " + real;
        assertEquals(real.getMinX(), first.getMinX(), PX, both);
        assertEquals(real.getMinY(), first.getMinY(), PX, both);
        assertEquals(real.getWidth(), first.getWidth(), PX, both);
        assertEquals(real.getHeight(), first.getHeight(), PX, both);
    }

    private static Paint fill(Region r) {
        return r.getBackground() == null || r.getBackground().getFills().isEmpty() ? null
                : r.getBackground().getFills().getFirst().getFill();
    }

    private static Paint bottomLine(Region r) {
        return r.getBorder() == null ? null : r.getBorder().getStrokes().getFirst().getBottomStroke();
    }

    private static Paint rightLine(Region r) {
        return r.getBorder() == null ? null : r.getBorder().getStrokes().getFirst().getRightStroke();
    }
}
