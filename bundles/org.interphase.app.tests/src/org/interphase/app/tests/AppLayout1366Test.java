package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.demo.DemoSeries;
import org.interphase.app.editor.StudyEditorBody;
import org.interphase.app.timeline.TimelineBody;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cell editor and the Interface Timeline on the demo study at the sizes the product gives them at a
 * 1366 × 768 screen ({@link LayoutChecks#EDITOR_AREA_1366x768}, {@link LayoutChecks#TIMELINE_AREA_1366x768}):
 * the study tree shows at least three rows, the Timeline's plot takes at least half its height, no axis title
 * is clipped; the Timeline in compact mode too.
 */
class AppLayout1366Test {

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void install() throws Exception {
        file = DemoProject.install(dir);
    }

    @Test
    void cellEditorAt1366x768() throws Exception {
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.EDITOR_AREA_1366x768, "Cell editor at 1366 x 768");
        try {
            ComposedAdapterFactory factory = StudyEditing.newAdapterFactory();
            AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(factory);
            domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
            Resource resource = StudyStore.load(domain.getResourceSet(), file);
            StudyEditorBody body = new StudyEditorBody(shell, domain, factory, resource);
            shell.open();
            new SwtDriver(display).settle(shell, 400);
            Charts.savePng(shell, Path.of("target", "screenshots", "cell-editor-1366x768.png").toAbsolutePath());
            List<String> problems = new java.util.ArrayList<>(LayoutChecks.shortTables(body, 3));
            problems.addAll(LayoutChecks.clippedControls(body));
            if (body.schematic().cell() != null) {
                problems.addAll(StackLabelsTest.problems(body.schematic().cell(), body.schematic()));
            }
            System.out.println("Cell editor at 1366x768: tree shows " + LayoutChecks.visibleRows(body.tree().getTree())
                    + " rows; " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }

    @Test
    void timelineAt1366x768() throws Exception {
        Study study = StudyStore.load(file);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.TIMELINE_AREA_1366x768, "Interface Timeline at 1366 x 768");
        try {
            TimelineBody body = new TimelineBody(shell);
            body.setStudy(study, DemoSeries.cell(study).orElseThrow().getInterfaces().get(0));
            shell.open();
            new SwtDriver(display).settle(shell, 400);
            Charts.savePng(shell, Path.of("target", "screenshots", "timeline-view-1366x768.png").toAbsolutePath());
            List<String> problems = LayoutChecks.check(body, 0.5, 3);
            System.out.println("Timeline at 1366x768: plots span " + LayoutChecks.plotRegion(body).height + " of "
                    + body.getSize().y + " px; " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }

    /**
     * Compact mode (small multiples of every quantity) in the same 778 × 257 px view: every small multiple that
     * shows keeps a plot of at least 80 px, the plots span half the view, no chart cut at the view's edge.
     */
    @Test
    void compactTimelineAt1366x768() throws Exception {
        List<String> titles = compactAt1366x768();
        System.out.println("Compact Timeline at 1366x768, axis titles: " + (titles.isEmpty() ? "ok" : titles));
    }

    /**
     * In compact mode the 90 px plots of the capacitances clipped their y titles ('Ceff(R1,CPE1) / F', 141 px): a
     * title that does not fit moves to the x axis ('Ceff(R1,CPE1)') and the y axis keeps the unit.
     */
    @Test
    void compactTimelineAxisTitlesFitAt1366x768() throws Exception {
        List<String> titles = compactAt1366x768();
        assertTrue(titles.isEmpty(), String.join("\n", titles));
    }

    /** Checks the compact view, asserts all but the axis titles, and returns the clipped axis titles. */
    private List<String> compactAt1366x768() throws Exception {
        Study study = StudyStore.load(file);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.TIMELINE_AREA_1366x768, "Compact Timeline at 1366 x 768");
        try {
            TimelineBody body = new TimelineBody(shell);
            body.setStudy(study, DemoSeries.cell(study).orElseThrow().getInterfaces().get(0));
            body.setCompact(true);
            shell.open();
            new SwtDriver(display).settle(shell, 400);
            Charts.savePng(shell, Path.of("target", "screenshots", "timeline-compact-view-1366x768.png").toAbsolutePath());
            List<String> problems = new java.util.ArrayList<>(LayoutChecks.check(body, 0.5, 3));
            List<String> titles = problems.stream().filter(p -> p.startsWith("axis title")).toList();
            problems.removeAll(titles);
            List<Chart> shown = LayoutChecks.showing(body, Chart.class);
            for (Chart c : shown) {
                int h = c.getPlotArea().getBounds().height;
                if (h < 80) {
                    problems.add("small multiple '" + c.getAxisSet().getYAxis(0).getTitle().getText() + "' has a " + h
                            + " px plot (< 80)");
                }
            }
            if (shown.isEmpty()) {
                problems.add("no small multiple showing");
            }
            System.out.println("Compact Timeline at 1366x768: " + shown.size() + " of " + body.charts().size()
                    + " small multiples showing, plots span " + LayoutChecks.plotRegion(body).height + " of "
                    + body.getSize().y + " px; " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            return titles;
        } finally {
            shell.dispose();
        }
    }
}
