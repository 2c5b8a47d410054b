package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.model.TomographyVolume;
import org.interphase.model.edit.StudyEditing;
import org.interphase.testing.SwtDriver;
import org.interphase.tomo.ui.TomoEditorBody;
import org.interphase.tomo.ui.internal.iface.InterfacePanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the user types counts: a voxel size typed without Enter is applied before an analysis, a success clears the
 * last complaint, and input mistakes stay in the editor instead of the Error Log.
 */
class TomoInputTest {

    private static final long TIMEOUT_MS = 60_000;

    private Display display;
    private Shell shell;
    private TomoEditorBody body;
    private TomographyVolume measurement;
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);

    @BeforeEach
    void open() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell cell = f.createCell();
        Layer li = f.createLayer();
        li.setName("Li");
        li.setThicknessUm(20);
        Layer se = f.createLayer();
        se.setName("LPSCl");
        se.setThicknessUm(30);
        cell.getLayers().add(li);
        cell.getLayers().add(se);
        Interface iface = f.createInterface();
        iface.setName("Li | LPSCl");
        iface.setLower(li);
        iface.setUpper(se);
        cell.getInterfaces().add(iface);
        measurement = f.createTomographyVolume();
        measurement.setName("cell_vol");
        measurement.setSourceUri(
                URI.createFileURI(TomoEditorBodyTest.cellVol().toAbsolutePath().toString()).toString());
        measurement.setInterface(iface);
        cell.getMeasurements().add(measurement);

        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 960);
        body = new TomoEditorBody(shell, measurement, StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory()),
                Optional.of(TomoEditorBodyTest.cellVol()));
        shell.open();
        assertTrue(waitUntil(() -> body.viewer() != null), "volume opened: " + body.messageLabel().getText());
        Platform.addLogListener(listener);
    }

    @AfterEach
    void close() {
        Platform.removeLogListener(listener);
        shell.dispose();
        new SwtDriver(display).flush();
    }

    @Test
    void voxelSizeTypedWithoutEnterIsAppliedBeforeTheAnalysis() {
        assertEquals(0.0, measurement.getVoxelSizeUm(), "the study has no voxel size yet");
        body.displayPanel().voxelSizeField().setText("2"); // typed, no Enter, focus still in the field
        InterfacePanel ip = body.interfacePanel();
        ip.offsetText().setText("0");
        ip.place();
        assertEquals("", body.messageLabel().getText(), "no 'set the voxel size first' while the field shows 2");
        assertEquals(2.0, measurement.getVoxelSizeUm(), "the typed value reached the study");
        assertEquals(2.0, measurement.getVoxelSizeZUm());
        assertTrue(ip.planeCombo().getText().startsWith("Li | LPSCl at 20 µm: z = 10"), ip.planeCombo().getText());
        assertEquals("2", body.displayPanel().voxelSizeField().getText());
    }

    @Test
    void aSuccessClearsTheLastComplaintAndMistakesAreNotLogged() {
        body.displayPanel().voxelSizeField().setText("2");
        InterfacePanel ip = body.interfacePanel();
        ip.offsetText().setText("ten");
        ip.place();
        assertEquals("The offset must be a number of µm, not 'ten'", body.messageLabel().getText());
        ip.start(); // nothing segmented yet: a user mistake as well
        assertTrue(body.messageLabel().getText().startsWith("Segment the volume first"), body.messageLabel().getText());
        ip.offsetText().setText("0");
        ip.place();
        assertEquals("", body.messageLabel().getText(), "the complaint went away with the success");
        new SwtDriver(display).flush();
        assertTrue(logged.stream().noneMatch(s -> s.getSeverity() == IStatus.ERROR), "logged: " + logged);
    }

    @Test
    void aMistypedVoxelSizeIsSaidNextToTheFieldAndKeepsTheStudy() {
        body.displayPanel().voxelSizeField().setText("two");
        assertEquals(false, body.displayPanel().applyTypedVoxelSize());
        assertEquals(0.0, measurement.getVoxelSizeUm());
        assertTrue(logged.isEmpty(), "logged: " + logged);
    }

    private boolean waitUntil(BooleanSupplier condition) {
        return new SwtDriver(display).waitUntil(condition, TIMEOUT_MS);
    }
}
