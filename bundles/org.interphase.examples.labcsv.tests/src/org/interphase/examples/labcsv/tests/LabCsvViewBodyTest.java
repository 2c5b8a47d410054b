package org.interphase.examples.labcsv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.examples.labcsv.internal.LabCsvViewBody;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view's body shows the importer's facts and a Nyquist plot, or the importer's error message. */
class LabCsvViewBodyTest {

    @TempDir
    Path dir;
    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(700, 500);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void showsFactsAndPlot() throws Exception {
        LabCsvViewBody body = new LabCsvViewBody(shell);
        shell.open();
        body.show(Samples.copy("rc-circuit.csv", dir));
        while (display.readAndDispatch()) {
            // let the chart paint
        }
        assertTrue(body.factsText().startsWith("rc-circuit.csv: lab = Battery Lab 3, points = 57"), body.factsText());
        assertEquals(57, body.chart().getSeriesSet().getSeries("spectrum").getXSeries().length);
        assertTrue(Charts.drawnPixels(body.chart()) > 0, "chart draws something");
    }

    @Test
    void showsTheErrorOfABadFile() throws Exception {
        LabCsvViewBody body = new LabCsvViewBody(shell);
        body.show(Samples.copy("rc-circuit.csv", dir));
        Path bad = Files.writeString(dir.resolve("bad.csv"), "# lab: X\nfreq_Hz,Zre_Ohm,Zim_Ohm\n1,2\n");
        body.show(bad);
        assertEquals("bad.csv, line 3: expected 3 columns, found 2", body.factsText());
        assertNull(body.chart().getSeriesSet().getSeries("spectrum"));
    }
}
