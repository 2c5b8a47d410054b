package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.interphase.app.demo.DemoProject;
import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.emf.ItemPropertySourceProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Properties view on the demo study's cell, its first interface and first measurement, in a workbench-like
 * shell of the size its page gets at a 1366 × 768 screen: {@link #PAGE_AREA_1366x768}. The page is Eclipse's own
 * {@link PropertySheetPage} with the Cell editor's {@link ItemPropertySourceProvider}; without a running workbench
 * its createControl stops after the viewer is made (its toolbar actions ask PlatformUI for shared images), which
 * is the part measured here.
 */
class PropertiesLayout1366Test {

    /**
     * The Properties page's tree at a 1366 × 768 screen, below the view's tab and toolbar: 366 × 227 px, measured
     * on the product's screenshot docs/screenshots/timeline-1366x768.png (x = 993 to 1358, y = 480 to 706).
     */
    static final Point PAGE_AREA_1366x768 = new Point(366, 227);

    @TempDir
    static Path dir;

    private static Study study;

    @BeforeAll
    static void install() throws Exception {
        study = StudyStore.load(DemoProject.install(dir));
    }

    private record Shown(String what, int rows, int items, List<String> clipped) {
    }

    /** Opens the page on {@code object}, saves a screenshot, and measures rows and the Property column. */
    private static Shown show(EObject object, String what, String png) {
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, PAGE_AREA_1366x768, "Properties at 1366 x 768");
        PropertySheetPage page = new org.interphase.app.editor.StudyPropertySheetPage();
        try {
            page.setPropertySourceProvider(new ItemPropertySourceProvider(StudyEditing.newAdapterFactory()));
            try {
                page.createControl(shell);
            } catch (IllegalStateException noWorkbench) {
                // "Workbench has not been created yet": thrown by the toolbar actions, after the viewer exists
            }
            assertTrue(page.getControl() instanceof Tree, "the Properties viewer was made");
            shell.open();
            page.selectionChanged(null, new StructuredSelection(object));
            new SwtDriver(display).settle(shell, 300);
            Charts.savePng(shell, Path.of("target", "screenshots", png).toAbsolutePath());
            Tree tree = (Tree) page.getControl();
            List<String> clipped = new ArrayList<>();
            int column = tree.getColumn(0).getWidth();
            GC gc = new GC(tree);
            try {
                for (TreeItem item : tree.getItems()) {
                    Rectangle text = item.getTextBounds(0);
                    int needed = text.x + gc.textExtent(item.getText(0)).x;
                    if (needed > column) {
                        clipped.add("'" + item.getText(0) + "' needs " + needed + " px of the Property column's " + column);
                    }
                }
            } finally {
                gc.dispose();
            }
            Shown s = new Shown(what, LayoutChecks.visibleRows(tree), tree.getItemCount(), clipped);
            System.out.println("Properties at 1366x768, " + what + ": " + s.rows() + " rows of " + s.items()
                    + " properties showing, Property column " + column + " of " + tree.getClientArea().width + " px; "
                    + (clipped.isEmpty() ? "no name clipped" : clipped));
            List<String> problems = LayoutChecks.shortTables(shell, 3);
            assertTrue(problems.isEmpty(), what + ": " + String.join("\n", problems));
            assertTrue(s.items() >= 3, what + " has " + s.items() + " properties");
            return s;
        } finally {
            // the page was made only up to its viewer: disposing the shell disposes what there is
            shell.dispose();
        }
    }

    private static List<Shown> showAll() {
        Cell cell = study.getCells().get(0);
        return List.of(show(cell, "cell '" + cell.getName() + "'", "properties-cell-1366x768.png"),
                show(cell.getInterfaces().get(0), "interface", "properties-interface-1366x768.png"),
                show(cell.getMeasurements().get(0), "measurement", "properties-measurement-1366x768.png"));
    }

    /** Every selection shows at least three whole property rows (or all of them). */
    @Test
    void showsThreeRowsAt1366x768() {
        showAll();
    }

    /**
     * The Property column shows the whole name: the platform's viewer gives the column 40 % of the view's width
     * (146 of 366 px), which cut "Fabrication pressure (MPa)" and "Stack pressure (MPa)" of a cell (the product's
     * screenshot showed "Fabrication pressur", "Stack pressure (MF"); the Cell editor's page widens it to its names.
     */
    @Test
    void propertyNamesFitAt1366x768() {
        List<String> clipped = new ArrayList<>();
        showAll().forEach(s -> s.clipped().forEach(c -> clipped.add(s.what() + ": " + c)));
        assertTrue(clipped.isEmpty(), String.join("\n", clipped));
    }
}
