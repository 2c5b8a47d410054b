package org.interphase.xps.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Study;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.interphase.model.edit.StudyEditing;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.ui.XpsEditorBody;
import org.interphase.xps.ui.internal.ComponentRow;
import org.interphase.xps.ui.internal.RegionFit;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XPS editor at the size of the product's editor area (1170 x 490 px, Properties and Interface Timeline
 * views below it): a readable spectrum with a residual strip a quarter of its height, tick labels on both
 * axes, the Fit and Save buttons fully shown; and reopening a spectrum with a saved fit restores its model.
 */
class XpsLayoutTest {

    static final Path FILE = XpsEditorBodyTest.FILE;

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private XpsEditorBody body;
    private XpsSpectrum spectrum;
    private AdapterFactoryEditingDomain domain;
    private CommandStack stack;

    @BeforeEach
    void open() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        stack = domain.getCommandStack();
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        cell.setName("Li | LPSCl | NMC");
        spectrum = f.createXpsSpectrum();
        spectrum.setName("P 2p (SpecsLab2)");
        XpsRegion r = f.createXpsRegion();
        r.setLabel("P 2p");
        spectrum.getRegions().add(r);
        spectrum.setSourceUri(URI.createFileURI(FILE.toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(spectrum);
        study.getCells().add(cell);
        resource.getContents().add(study);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        // the editor area itself is 1170 x 490: the shell's client area, not its outer size
        Rectangle trim = shell.computeTrim(0, 0, 1170, 490);
        shell.setSize(trim.width, trim.height);
        shell.setText("XPS spectrum");
        shell.open();
        body = newBody();
    }

    private XpsEditorBody newBody() {
        XpsEditorBody b = new XpsEditorBody(shell, spectrum, domain, MeasurementFiles.resolve(spectrum));
        shell.layout(true, true);
        flush();
        return b;
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void fittedSpectrumIsReadableAtTheProductsEditorSize() throws Exception {
        fitThreeSpecies();
        Charts.savePng(shell, png("xps-editor-1170x490.png"));
        assertTrue(body.getSize().y >= 480, "editor area height " + body.getSize());
        Chart main = body.chart().spectrum();
        Chart resid = body.chart().residuals();
        int mainH = main.getPlotArea().getSize().y;
        int residH = resid.getPlotArea().getSize().y;
        assertTrue(mainH >= 2.5 * residH, "plot " + mainH + " px vs residual strip " + residH + " px");
        assertTrue(mainH >= 140, "spectrum plot height " + mainH + " px");
        assertTrue(residH >= 25, "residual strip height " + residH + " px");
        for (Chart c : List.of(main, resid)) {
            IAxis y = c.getAxisSet().getYAxis(0);
            assertTrue(y.getTick().isVisible(), "y tick labels shown");
            assertTrue(y.getTick().getTickLabelValues().length >= 2, "at least two y tick labels: "
                    + y.getTick().getTickLabelValues().length);
            assertTrue(y.getTitle().getText().contains("/"), "y title with unit: " + y.getTitle().getText());
        }
        assertTrue(main.getAxisSet().getXAxis(0).getTick().getTickLabelValues().length >= 4, "x tick labels");
        for (Control c : List.of(body.fitButton(), body.monteCarloButton(), body.saveButton(), body.trials(),
                body.lowerTabs(), body.chart())) {
            assertFullyShown(c);
        }
        assertEquals(1, body.lowerTabs().getSelectionIndex(), "results shown after the fit");
        assertFullyShown(body.results().results());
        body.lowerTabs().setSelection(0);
        flush();
        assertFullyShown(body.components().table());
        assertTrue(body.components().table().getBounds().height >= 60, "room for the component rows: "
                + body.components().table().getBounds().height);
        assertFullyShown(body.regions());
        org.eclipse.swt.custom.ScrolledComposite left = (org.eclipse.swt.custom.ScrolledComposite) body.regions()
                .getParent().getParent();
        assertTrue(left.getMinHeight() > left.getClientArea().height && left.getVerticalBar().getVisible(),
                "the left column scrolls instead of clipping its lower panels");
        Charts.savePng(shell, png("xps-editor-1170x490-components.png"));
    }

    @Test
    void reopeningRestoresTheSavedFitAsStartingModel() throws Exception {
        RegionFit rf = fitThreeSpecies();
        FitResult fit = rf.fit().orElseThrow();
        press(body.saveButton());
        assertEquals(1, spectrum.getAnalyses().size(), body.message().getText());
        body.dispose();

        body = newBody();
        RegionFit again = body.selected().orElseThrow();
        assertEquals(List.of("LixP", "C2", "Li3P"), again.rows().stream().map(ComponentRow::name).toList(),
                body.message().getText());
        assertEquals(BackgroundSpec.Kind.SHIRLEY, again.backgroundKind());
        assertEquals(134, again.hi(), 1e-9, "window restored");
        assertEquals(125, again.lo(), 1e-9);
        assertEquals("LixP", again.rows().get(1).link(ComponentRow.Field.FWHM), "link restored");
        assertTrue(again.rows().get(0).doublet().isPresent(), "doublet restored");
        assertEquals(java.util.Optional.of("Li3P"), again.rows().get(2).species(), "species of the row");
        for (ComponentRow r : again.rows()) {
            assertEquals(fit.component(r.name()).orElseThrow().position(), r.value(ComponentRow.Field.POSITION), 1e-6,
                    r.name() + " fitted position as start value");
        }
        FitResult shown = again.fit().orElseThrow(() -> new AssertionError("restored model shown"));
        assertEquals(fit.reducedChi2(), shown.reducedChi2(), 1e-3 * fit.reducedChi2(), "same curve as saved");
        for (String s : List.of("LixP", "C2", "Li3P", "envelope")) {
            assertNotNull(body.chart().spectrum().getSeriesSet().getSeries(s), s + " drawn");
        }
        assertEquals(3, body.components().table().getItemCount());
        assertTrue(body.message().getText().startsWith("Restored the saved fit"), body.message().getText());
        assertTrue(body.fitButton().isEnabled());
        assertTrue(!body.saveButton().isEnabled(), "the restored model is not saved again before it is refitted");
        Charts.savePng(shell, png("xps-editor-restored.png"));
        press(body.fitButton());
        long deadline = System.currentTimeMillis() + 60_000;
        while (body.completedJobs() < 1 && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        flush();
        FitResult refit = again.fit().orElseThrow();
        assertTrue(refit.iterations() > 0, "refitted");
        assertEquals(fit.reducedChi2(), refit.reducedChi2(), 0.01 * fit.reducedChi2(), "refit from the saved model "
                + "returns to the saved minimum");
        assertTrue(body.saveButton().isEnabled());
    }

    @Test
    void reopeningWithSpeciesOnlySettingsRestoresTheSpeciesAndSaysSo() {
        // what the demo study writes: region, species and background, no fitted values
        AnalysisResult a = InterphaseFactory.eINSTANCE.createAnalysisResult();
        a.setName("P 2p: Li3P, LixP, PS4, Shirley, Poisson weights");
        a.setAlgorithmId("xps.fit");
        a.setAlgorithmVersion("1.0.0");
        a.setSettings("{\"region\":\"P 2p\",\"species\":[\"Li3P\",\"LixP\",\"PS4\"],\"background\":\"shirley\"}");
        a.setCreatedAt(new Date(0));
        spectrum.getAnalyses().add(a);
        body.dispose();
        body = newBody();
        RegionFit rf = body.selected().orElseThrow();
        assertEquals(List.of("Li3P", "LixP", "PS4"), rf.rows().stream().map(ComponentRow::name).toList(),
                body.message().getText());
        assertEquals(BackgroundSpec.Kind.SHIRLEY, rf.backgroundKind());
        assertTrue(body.message().getText().contains("holds only its species and background"), body.message().getText());
        assertTrue(body.fitButton().isEnabled());
    }

    private RegionFit fitThreeSpecies() {
        body.background().setRange("134", "125");
        body.components().addSpecies("LixP");
        body.components().addPlain("130.3");
        body.components().addSpecies("Li3P");
        body.components().edit(1, 8, "LixP");
        press(body.fitButton());
        long deadline = System.currentTimeMillis() + 60_000;
        while (body.completedJobs() < 1 && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        flush();
        RegionFit rf = body.selected().orElseThrow();
        assertTrue(rf.fit().isPresent(), body.message().getText());
        return rf;
    }

    /** The control is visible, at least its preferred size, and inside every ancestor's client area. */
    static void assertFullyShown(Control c) {
        assertTrue(c.isVisible(), c + " visible");
        Rectangle r = c.getDisplay().map(c.getParent(), null, c.getBounds());
        assertTrue(r.width > 0 && r.height > 0, c + " has a size");
        if (c instanceof org.eclipse.swt.widgets.Button || c instanceof org.eclipse.swt.widgets.Spinner) {
            org.eclipse.swt.graphics.Point pref = c.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            assertTrue(r.width >= pref.x && r.height >= pref.y, c + " " + r + " smaller than its text needs " + pref);
        }
        for (org.eclipse.swt.widgets.Composite p = c.getParent(); p != null; p = p.getParent()) {
            // a tab folder's top-right controls sit in its tab row, outside its client area
            Rectangle ca = p instanceof org.eclipse.swt.custom.CTabFolder && p.getParent() != null
                    ? c.getDisplay().map(p.getParent(), null, p.getBounds())
                    : c.getDisplay().map(p, null, p.getClientArea());
            assertTrue(ca.contains(r.x, r.y) && ca.contains(r.x + r.width - 1, r.y + r.height - 1),
                    c + " " + r + " cut off by " + p + " " + ca);
        }
    }

    private void press(org.eclipse.swt.widgets.Button b) {
        assertTrue(b.isEnabled(), b.getText() + " enabled; " + body.message().getText());
        b.notifyListeners(SWT.Selection, new Event());
    }

    private Path png(String name) throws Exception {
        Path out = Path.of(System.getProperty("user.dir")).resolve("target").resolve(name);
        Files.createDirectories(out.getParent());
        flush();
        return out;
    }

    private void flush() {
        new SwtDriver(display).flush();
    }
}
