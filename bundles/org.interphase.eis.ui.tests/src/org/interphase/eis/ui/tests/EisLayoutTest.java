package org.interphase.eis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.interphase.eis.ui.EisEditorBody;
import org.interphase.eis.ui.internal.ImpedanceCharts;
import org.interphase.model.Cell;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EIS editor's Fit tab at the size of the product's editor area (1170 x 490 px, with the Properties and
 * Interface Timeline views below it): nothing in the left column is cut off (the column scrolls to the
 * Save button), and the four charts keep readable plots with labelled ticks, on the impedance.py example
 * spectrum (../shared/data/eis/impedancepy_exampleData.csv).
 */
class EisLayoutTest {

    /** Axis titles of counts, which have no unit. */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("M (RC elements)", "pseudo \u03C7\u00B2", "cycle");

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private EisEditorBody body;

    @BeforeEach
    void open() {
        Path data = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"), "eis",
                "impedancepy_exampleData.csv");
        assertTrue(Files.isRegularFile(data), "shared data file missing: " + data);
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Study study = f.createStudy();
        Cell cell = f.createCell();
        cell.setName("example cell");
        ImpedanceSpectrum spectrum = f.createImpedanceSpectrum();
        spectrum.setName("impedance.py example");
        spectrum.setSourceUri(URI.createFileURI(data.toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(spectrum);
        study.getCells().add(cell);
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        resource.getContents().add(study);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("EIS editor at the product's editor size");
        shell.setLayout(new FillLayout());
        Rectangle trim = shell.computeTrim(0, 0, 1170, 490);
        shell.setSize(trim.width, trim.height);
        body = new EisEditorBody(shell, spectrum, domain, MeasurementFiles.resolve(spectrum));
        shell.open();
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void fitTabFitsTheProductsEditorArea() throws Exception {
        body.circuitPanel().circuitText().setText("R0-p(R1,C1)-p(R2-Wo1,C2)");
        flush();
        press(body.circuitPanel().fitButton());
        assertTrue(waitUntil(() -> body.lastRun().isPresent() && !body.fitting(), 120_000), "fit finished");
        settle(300);
        Charts.savePng(shell, png("eis-editor-1170x490.png"));
        System.out.println("EIS fit: " + body.summary().flags().getText());
        assertTrue(body.getSize().y >= 480, "editor area " + body.getSize());

        ScrolledComposite left = body.leftColumn();
        Rectangle view = left.getClientArea();
        // every control of the column is as wide as its text needs and inside the column's width
        for (Control c : List.of(body.circuitPanel().admittanceButton(), body.circuitPanel().fitButton(),
                body.circuitPanel().guessButton(), body.circuitPanel().cancelButton(),
                body.circuitPanel().weightingCombo(), body.circuitPanel().startsSpinner(), body.summary().saveButton())) {
            assertWide(c, left);
        }
        for (Button b : nyquistButtons()) {
            assertWide(b, left);
        }
        // the Save button is reachable: scrolled to, it is fully inside the visible part of the column
        left.showControl(body.summary().saveButton());
        flush();
        Rectangle save = display.map(body.summary().saveButton().getParent(), left, body.summary().saveButton().getBounds());
        assertTrue(view.contains(save.x, save.y) && view.contains(save.x + save.width - 1, save.y + save.height - 1),
                "Save " + save + " inside the column's view " + view + " after scrolling");
        Charts.savePng(shell, png("eis-editor-1170x490-scrolled.png"));

        ImpedanceCharts charts = body.charts();
        for (Chart c : List.of(charts.nyquist(), charts.modulus(), charts.phase(), charts.residuals())) {
            Point plot = c.getPlotArea().getSize();
            assertTrue(plot.y >= 70 && plot.x >= 200, c.getTitle().getText() + " plot " + plot);
            for (IAxis a : List.of(c.getAxisSet().getXAxis(0), c.getAxisSet().getYAxis(0))) {
                assertTrue(a.getTitle().isVisible() && a.getTitle().getText().contains(" / "),
                        "axis title with unit: " + a.getTitle().getText());
                assertTrue(a.getTick().isVisible() && a.getTick().getTickLabelValues().length >= 2,
                        c.getTitle().getText() + ": " + a.getTitle().getText() + " has labelled ticks");
            }
        }
    }

    @Test
    void otherTabsKeepLabelledAxesAtTheProductsEditorSize() throws Exception {
        press(body.kkPanel().runButton());
        assertTrue(waitUntil(() -> !body.kkPanel().running() && body.kkPanel().result().isPresent(), 60_000), "KK");
        press(body.drtPanel().runButton());
        assertTrue(waitUntil(() -> !body.drtPanel().running() && body.drtPanel().result().isPresent(), 120_000), "DRT");
        assertWide(body.kkPanel().runButton());
        assertWide(body.drtPanel().runButton());
        for (int i = 1; i < body.tabs().getItemCount(); i++) {
            body.tabs().setSelection(i);
            flush();
            settle(200);
            String name = body.tabs().getItem(i).getText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            Charts.savePng(shell, png("eis-tab-" + name + "-1170x490.png"));
            for (Chart c : charts(body.tabs().getItem(i).getControl())) {
                if (c.getSeriesSet().getSeries().length == 0) {
                    continue; // e.g. the series trend before a series fit: placeholder titles
                }
                for (IAxis a : List.of(c.getAxisSet().getXAxis(0), c.getAxisSet().getYAxis(0))) {
                    assertTrue(a.getTitle().getText().contains(" / ") || COUNTS.contains(a.getTitle().getText()),
                            name + ": axis title with unit: " + a.getTitle().getText());
                }
                if (c.getSeriesSet().getSeries().length > 0 && c.isVisible()) {
                    Point plot = c.getPlotArea().getSize();
                    assertTrue(plot.y >= 60, name + " plot " + plot);
                }
            }
        }
    }

    private static List<Chart> charts(Control root) {
        List<Chart> out = new java.util.ArrayList<>();
        if (root instanceof Chart c) {
            out.add(c);
        } else if (root instanceof Composite comp) {
            for (Control k : comp.getChildren()) {
                out.addAll(charts(k));
            }
        }
        return out;
    }

    private List<Button> nyquistButtons() {
        Composite row = body.summary().getParent().getChildren()[1] instanceof Composite c ? c : null;
        assertTrue(row != null, "Nyquist button row");
        return java.util.Arrays.stream(row.getChildren()).filter(Button.class::isInstance).map(Button.class::cast)
                .toList();
    }

    /** At least its preferred width and inside the shell's width. */
    private void assertWide(Control c) {
        Rectangle r = display.map(c.getParent(), shell, c.getBounds());
        assertTrue(r.width >= c.computeSize(SWT.DEFAULT, SWT.DEFAULT).x && r.x + r.width <= shell.getClientArea().width,
                c + " " + r + " cut off");
    }

    /** At least its preferred width (no cut-off text) and within the scrolled column's width. */
    private void assertWide(Control c, ScrolledComposite left) {
        assertTrue(c.isVisible(), c + " visible");
        Rectangle r = display.map(c.getParent(), left, c.getBounds());
        Point pref = c.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        assertTrue(r.width >= pref.x, c + " width " + r.width + " < " + pref.x + " its text needs");
        assertTrue(r.x >= 0 && r.x + r.width <= left.getClientArea().width, c + " " + r + " cut off at the column's "
                + "right edge " + left.getClientArea().width);
    }

    private static void press(Button b) {
        assertTrue(b.isEnabled(), b.getText() + " enabled");
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static Path png(String name) throws Exception {
        Path d = Path.of("target").toAbsolutePath();
        Files.createDirectories(d);
        return d.resolve(name);
    }

    private void flush() {
        new SwtDriver(display).flush();
    }

    private void settle(long ms) {
        new SwtDriver(display).settle(shell, ms);
    }

    private boolean waitUntil(BooleanSupplier condition, long timeoutMs) {
        return new SwtDriver(display).waitUntil(condition, timeoutMs);
    }
}
