package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.timeline.TimelineBody;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.XpsSpectrum;
import org.interphase.model.persistence.StudyStore;
import org.interphase.report.api.CellReport;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One quantity, one series: the demo's XPS species fractions (made by the XPS result builder) and a value saved
 * the way the editor named it before ("Li3P fraction of P 2p") in another cycle form one Timeline series; the
 * demo's PS4 fraction, whose area ends on its bound, is flagged, drawn hollow, and its flag is in the tooltip
 * and in the cell report.
 */
class QuantityIdentityTest {

    @TempDir
    Path dir;

    @Test
    void demoAndEditorNamesAreOneSeriesAndFlagsShow() throws Exception {
        Study study = StudyStore.load(DemoProject.install(dir));
        Cell cell = study.getCells().get(0);
        Interface anode = cell.getInterfaces().get(0);
        XpsSpectrum demoXps = (XpsSpectrum) cell.getMeasurements().stream().filter(m -> m instanceof XpsSpectrum
                && !m.getAnalyses().isEmpty()).findFirst().orElseThrow();
        assertEquals(anode, demoXps.getInterface(), "the demo's XPS spectrum probes the anode side");

        // a second spectrum at cycle 10 with a result as saved by an older editor (no key, old naming)
        CycleState tenth = cell.getCycleStates().stream().filter(c -> c.getCycleNumber() == 10).findFirst().orElseThrow();
        XpsSpectrum later = InterphaseFactory.eINSTANCE.createXpsSpectrum();
        later.setName("P 2p after 10 cycles");
        later.setInterface(anode);
        later.setCycleState(tenth);
        cell.getMeasurements().add(later);
        AnalysisResult a = InterphaseFactory.eINSTANCE.createAnalysisResult();
        a.setAlgorithmId("xps.fit");
        ResultParameter p = InterphaseFactory.eINSTANCE.createResultParameter();
        p.setName("Li3P fraction of P 2p");
        p.setValue(12.5);
        p.setStandardError(0.4);
        p.setUnit("%");
        p.setQuantity(QuantityKind.SPECIES_FRACTION);
        a.getParameters().add(p);
        later.getAnalyses().add(a);

        List<InterfaceTimeline.Series> series = InterfaceTimeline.of(anode);
        List<InterfaceTimeline.Series> li3p = series.stream().filter(s -> s.key().equals("SPECIES_FRACTION/Li3P/P 2p"))
                .toList();
        assertEquals(1, li3p.size(), "one series: " + series.stream().map(InterfaceTimeline.Series::key).toList());
        assertEquals("Li3P fraction of P 2p", li3p.get(0).name());
        assertEquals(List.of(1.0, 10.0), li3p.get(0).points().stream().map(InterfaceTimeline.Point::x).toList());

        InterfaceTimeline.Series ps4 = series.stream().filter(s -> s.key().equals("SPECIES_FRACTION/PS4/P 2p"))
                .findFirst().orElseThrow();
        InterfaceTimeline.Point flagged = ps4.points().get(0);
        assertTrue(flagged.flags().contains(ResultFlag.AT_BOUND), "PS4 has nothing to fit: its area ends on 0 "
                + flagged.flags());
        assertTrue(Double.isNaN(flagged.standardError()), "no measured +-0");
        assertTrue(TimelineBody.describe(ps4, flagged).contains("AT_BOUND"), TimelineBody.describe(ps4, flagged));

        String html = CellReport.html(cell);
        assertTrue(html.contains("At bound"), "the report prints flags beside values, in words");
        assertTrue(html.contains("fill=\"white\""), "flagged points are hollow in the report's charts");

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(700, 900);
            TimelineBody body = new TimelineBody(shell);
            body.setStudy(study, anode);
            shell.open();
            new SwtDriver(display).settle(shell, 300);
            var chart = body.chart(QuantityKind.SPECIES_FRACTION);
            assertNotNull(chart);
            assertNotNull(chart.getSeriesSet().getSeries(TimelineBody.flaggedId(ps4)), "hollow marker series for PS4");
            assertEquals(null, chart.getSeriesSet().getSeries(TimelineBody.flaggedId(li3p.get(0))), "Li3P is not flagged");
        } finally {
            shell.dispose();
        }
    }
}
