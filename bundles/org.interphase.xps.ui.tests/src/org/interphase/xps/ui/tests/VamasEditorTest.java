package org.interphase.xps.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Study;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.interphase.model.edit.StudyEditing;
import org.interphase.xps.api.EnergyScale;
import org.interphase.xps.ui.XpsEditorBody;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor on the Kratos VAMAS file (README: 9 blocks, kinetic-energy abscissa, C 1s/8 BE 293 -> 270 eV):
 * charge correction on C 1s at 284.8 eV through the command stack, two fitted regions quantified.
 */
class VamasEditorTest {

    static final Path FILE = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"),
            "xps/vamas/mjr9_59c.vms");

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private XpsEditorBody body;
    private XpsSpectrum spectrum;
    private CommandStack stack;

    @BeforeEach
    void open() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        stack = domain.getCommandStack();
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        spectrum = f.createXpsSpectrum();
        spectrum.setName("Kratos");
        for (String[] r : new String[][] { { "S 2p", "174", "156", "181" }, { "C 1s", "293", "270", "231" } }) {
            XpsRegion x = f.createXpsRegion();
            x.setLabel(r[0]);
            x.setBindingEnergyStartEV(Double.parseDouble(r[1]));
            x.setBindingEnergyEndEV(Double.parseDouble(r[2]));
            x.setPointCount(Integer.parseInt(r[3]));
            spectrum.getRegions().add(x);
        }
        spectrum.setSourceUri(URI.createFileURI(FILE.toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(spectrum);
        study.getCells().add(cell);
        resource.getContents().add(study);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1270, 1000);
        body = new XpsEditorBody(shell, spectrum, domain, Optional.of(FILE));
        shell.open();
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void chargeCorrectsOnC1sAndQuantifiesTwoRegions() {
        assertEquals(9, body.regions().getItemCount(), body.message().getText());
        TableItem c1s = body.regions().getItem(4);
        assertEquals("C 1s/8", c1s.getText(0));
        assertEquals("293.00 \u2013 270.00", c1s.getText(1), "README: C 1s BE 293 -> 270");
        body.select(4);
        double[] x = body.chart().spectrum().getSeriesSet().getSeries("data").getXSeries();
        assertEquals(293.0, x[0], 1e-9, "kinetic data shown as binding energy, high BE first");
        assertTrue(body.chart().spectrum().getAxisSet().getXAxis(0).isReversed());

        body.charge().apply("284.8", "3");
        flush();
        assertEquals(1, EnergyScale.history(spectrum).size(), body.message().getText());
        double shift = EnergyScale.history(spectrum).get(0).shift();
        assertTrue(Math.abs(shift) < 3, "shift " + shift);
        assertEquals(174 + shift, spectrum.getRegions().get(0).getBindingEnergyStartEV(), 1e-9, "all regions move");
        double[] y = body.selected().orElseThrow().data().cps();
        double[] be = body.selected().get().data().bindingEnergy();
        int top = 0;
        for (int i = 0; i < y.length; i++) {
            top = Math.abs(be[i] - 284.8) < 3 && y[i] > y[top] ? i : top;
        }
        assertEquals(284.8, be[top], 0.1, "C 1s maximum now at 284.8 eV");

        body.components().addSpecies("CC");
        fit(1);
        body.select(2);
        assertEquals("O 1s/6", body.selected().orElseThrow().data().label());
        // a small, noisy O 1s: linear background over a narrower window (Shirley iterations misbehave when the
        // step is below the noise; see the report)
        body.background().select(org.interphase.xps.api.BackgroundSpec.Kind.LINEAR);
        body.background().setRange("537", "527");
        body.components().addPlain("532");
        fit(2);
        org.interphase.ui.chart.Charts.savePng(shell, Path.of(System.getProperty("user.dir"), "target", "xps-vamas.png"));
        assertEquals(2, body.quantification().table().getItemCount(), "two fitted regions quantified");
        double sum = 0;
        for (TableItem it : body.quantification().table().getItems()) {
            String at = it.getText(3);
            assertTrue(at.contains("\u00b1"), at);
            sum += Double.parseDouble(at.split(" ")[0]);
            assertTrue(Double.parseDouble(it.getText(2)) > 0, "RSF from the Scofield table");
        }
        assertEquals(100, sum, 0.15);
        double o = Double.parseDouble(body.quantification().table().getItem(0).getText(3).split(" ")[0]);
        assertTrue(o > 5 && o < 95, "O and C both present: O " + o + " %");
        System.out.println("QUANT " + Arrays.stream(body.quantification().table().getItems())
                .map(i -> i.getText(0) + " " + i.getText(2) + " " + i.getText(3)).toList());

        stack.undo();
        flush();
        assertTrue(EnergyScale.history(spectrum).isEmpty());
        assertEquals(174, spectrum.getRegions().get(0).getBindingEnergyStartEV(), 1e-12);
    }

    private void fit(int n) {
        assertTrue(body.fitButton().isEnabled(), body.message().getText());
        body.fitButton().notifyListeners(SWT.Selection, new Event());
        long deadline = System.currentTimeMillis() + 60_000;
        while (body.completedJobs() < n && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        assertEquals(n, body.completedJobs(), body.message().getText());
        flush();
        assertTrue(body.selected().orElseThrow().fit().isPresent(), body.message().getText());
    }

    private void flush() {
        new SwtDriver(display).flush();
    }
}
