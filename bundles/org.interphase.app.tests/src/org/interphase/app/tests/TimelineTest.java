package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.timeline.TimelineBody;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.QuantityKind;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.ui.chart.Charts;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interface timeline on the demo study, whose results come from the techniques' real analyses. */
class TimelineTest {

    @TempDir
    Path dir;

    @Test
    void demoInterfacesCarryResultsFromEveryLandedTechnique() throws Exception {
        Study study = StudyStore.load(DemoProject.install(dir));
        Cell cell = study.getCells().get(0);
        Interface anode = cell.getInterfaces().get(0);
        Interface cathode = cell.getInterfaces().get(1);

        List<InterfaceTimeline.Series> anodeSeries = InterfaceTimeline.of(anode);
        Set<QuantityKind> anodeKinds = anodeSeries.stream().map(InterfaceTimeline.Series::quantity).collect(Collectors.toSet());
        assertTrue(anodeKinds.containsAll(Set.of(QuantityKind.BULK_RESISTANCE, QuantityKind.GRAIN_BOUNDARY_RESISTANCE,
                QuantityKind.VOID_FRACTION, QuantityKind.SPECIES_FRACTION)), anodeKinds.toString());
        // the XPS shares of the three P 2p species add up to 100 %
        double shares = anodeSeries.stream().filter(s -> s.quantity() == QuantityKind.SPECIES_FRACTION)
                .mapToDouble(s -> s.points().get(0).value()).sum();
        assertEquals(100.0, shares, 1e-6);
        // README §1.3: R0-p(R1,CPE1)-CPE2 on the LPSCl spectrum converges to R1 of 1262-1306 Ohm (impedance.py)
        InterfaceTimeline.Series r1 = anodeSeries.stream().filter(s -> s.name().equals("R1")).findFirst().orElseThrow();
        double value = r1.points().get(0).value();
        assertTrue(value > 1200 && value < 1350, "R1 = " + value);
        assertEquals(0, r1.points().get(0).x(), "pristine cycle");

        Set<QuantityKind> cathodeKinds = InterfaceTimeline.of(cathode).stream().map(InterfaceTimeline.Series::quantity)
                .collect(Collectors.toSet());
        assertTrue(cathodeKinds.containsAll(Set.of(QuantityKind.INTERFACIAL_RESISTANCE, QuantityKind.INTERFACE_WIDTH)),
                cathodeKinds.toString());
    }

    @Test
    void timelineChartsShareTheCycleAxisAndPickPoints() throws Exception {
        Study study = StudyStore.load(DemoProject.install(dir));
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(700, 900);
            TimelineBody body = new TimelineBody(shell);
            Interface cathode = study.getCells().get(0).getInterfaces().get(1);
            body.setStudy(study, cathode);
            shell.open();
            new SwtDriver(display).settle(shell, 500);
            assertEquals(cathode, body.selected());
            var chart = body.chart(QuantityKind.INTERFACIAL_RESISTANCE);
            assertNotNull(chart, "resistance chart");
            assertEquals("Cycle number", chart.getAxisSet().getXAxis(0).getTitle().getText());
            assertTrue(chart.getAxisSet().getYAxis(0).getTitle().getText().endsWith("/ Ω"),
                    chart.getAxisSet().getYAxis(0).getTitle().getText());
            assertTrue(Charts.drawnPixels(chart) > 200, "chart drawn");
            // Stacked charts share the cycle axis: their plot areas must start and end at the same pixel column.
            var plotEdges = new java.util.HashSet<java.util.List<Integer>>();
            for (QuantityKind q : QuantityKind.values()) {
                var c = body.chart(q);
                if (c != null) {
                    var plot = (org.eclipse.swt.widgets.Control) c.getPlotArea();
                    var origin = display.map(plot, shell, 0, 0);
                    plotEdges.add(java.util.List.of(origin.x, origin.x + plot.getSize().x));
                }
            }
            assertEquals(1, plotEdges.size(), "plot areas not aligned: " + plotEdges);
            Charts.savePng(shell, Path.of("target", "timeline.png"));
        } finally {
            shell.dispose();
        }
    }

    /**
     * A plug-in technique's values (kind OTHER under a key of its own, like a cycling bundle's capacity retention)
     * join the timeline as a chart of their own beside the EIS resistances; OTHER values with a derived key stay off.
     */
    @Test
    void pluginQuantitiesJoinTheTimelineUnderTheirOwnKey() throws Exception {
        Study study = StudyStore.load(DemoProject.install(dir));
        Cell cell = study.getCells().get(0);
        Interface anode = cell.getInterfaces().get(0);
        var measurement = cell.getMeasurements().get(0);
        var analysis = org.interphase.model.InterphaseFactory.eINSTANCE.createAnalysisResult();
        analysis.setAlgorithmId("cycling.summary");
        double[] retention = { 100.0, 96.5 };
        for (int i = 0; i < 2; i++) {
            var p = org.interphase.model.InterphaseFactory.eINSTANCE.createResultParameter();
            p.setName("Capacity retention");
            p.setQuantity(QuantityKind.OTHER);
            p.setQuantityKey("CYCLING/Capacity retention");
            p.setUnit("%");
            p.setValue(retention[i]);
            p.setStandardError(Double.NaN);
            p.setInterface(anode);
            p.setCycleState(cell.getCycleStates().get(i));
            analysis.getParameters().add(p);
        }
        var exponent = org.interphase.model.InterphaseFactory.eINSTANCE.createResultParameter();
        exponent.setName("n1");
        exponent.setQuantity(QuantityKind.OTHER);
        exponent.setValue(0.8);
        exponent.setInterface(anode);
        exponent.setCycleState(cell.getCycleStates().get(0));
        analysis.getParameters().add(exponent);
        measurement.getAnalyses().add(analysis);

        List<InterfaceTimeline.Series> series = InterfaceTimeline.of(anode);
        InterfaceTimeline.Series capacity = series.stream().filter(s -> s.key().equals("CYCLING/Capacity retention"))
                .findFirst().orElseThrow(() -> new AssertionError(series.stream().map(InterfaceTimeline.Series::key).toList()));
        assertEquals("Capacity retention", capacity.name());
        assertEquals(2, capacity.points().size());
        assertTrue(series.stream().noneMatch(s -> s.key().startsWith("OTHER/")), "derived OTHER keys stay off");
        assertTrue(series.stream().anyMatch(s -> s.quantity() == QuantityKind.BULK_RESISTANCE), "EIS beside it");

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(700, 900);
            TimelineBody body = new TimelineBody(shell);
            body.setStudy(study, anode);
            shell.open();
            new SwtDriver(display).settle(shell, 300);
            var chart = body.chart(capacity);
            assertNotNull(chart, "a chart of its own");
            assertEquals("Capacity retention / %", chart.getAxisSet().getYAxis(0).getTitle().getText());
            assertTrue(chart != body.chart(QuantityKind.BULK_RESISTANCE));
            assertNotNull(body.chart(QuantityKind.BULK_RESISTANCE));
        } finally {
            shell.dispose();
        }
    }

    /**
     * A plug-in quantity measured on the whole cell (a cycling record linked to no interface) is shown beside every
     * interface of the cell; a built-in quantity of a measurement linked to no interface stays off every timeline.
     */
    @Test
    void cellLevelPluginQuantitiesShowOnEveryInterface() throws Exception {
        Study study = StudyStore.load(DemoProject.install(dir));
        Cell cell = study.getCells().get(0);
        var record = org.interphase.model.InterphaseFactory.eINSTANCE.createXpsSpectrum();
        record.setName("whole-cell record");
        record.setCycleState(cell.getCycleStates().get(0));
        cell.getMeasurements().add(record);
        var analysis = org.interphase.model.InterphaseFactory.eINSTANCE.createAnalysisResult();
        analysis.setAlgorithmId("cycling.summary");
        var retention = org.interphase.model.InterphaseFactory.eINSTANCE.createResultParameter();
        retention.setName("Capacity retention");
        retention.setQuantity(QuantityKind.OTHER);
        retention.setQuantityKey("CYCLING/Capacity retention");
        retention.setUnit("%");
        retention.setValue(100);
        analysis.getParameters().add(retention);
        var resistance = org.interphase.model.InterphaseFactory.eINSTANCE.createResultParameter();
        resistance.setName("Rcell");
        resistance.setQuantity(QuantityKind.BULK_RESISTANCE);
        resistance.setUnit("Ohm");
        resistance.setValue(12);
        analysis.getParameters().add(resistance);
        record.getAnalyses().add(analysis);
        for (Interface iface : cell.getInterfaces()) {
            List<InterfaceTimeline.Series> series = InterfaceTimeline.of(iface);
            assertTrue(series.stream().anyMatch(s -> s.key().equals("CYCLING/Capacity retention")),
                    iface.getName() + ": " + series.stream().map(InterfaceTimeline.Series::key).toList());
            assertTrue(series.stream().flatMap(s -> s.points().stream()).noneMatch(p -> p.parameter() == resistance),
                    iface.getName() + " shows a built-in value of a measurement linked to no interface");
        }
    }
}
