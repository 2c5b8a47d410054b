package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.editor.StackGeometry;
import org.interphase.app.editor.StudyEditorBody;
import org.interphase.model.Layer;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the Cell editor's body on the demo study in a real SWT shell (under Xvfb in the build). */
class CellEditorBodyTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private StudyEditorBody body;
    private CommandStack stack;
    private Study study;

    @BeforeEach
    void open() throws Exception {
        Path file = DemoProject.install(dir);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        ComposedAdapterFactory factory = StudyEditing.newAdapterFactory();
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(factory);
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        Resource resource = StudyStore.load(domain.getResourceSet(), file);
        stack = domain.getCommandStack();
        study = (Study) resource.getContents().get(0);
        body = new StudyEditorBody(shell, domain, factory, resource);
        shell.open();
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void editThicknessUndoAndSchematicRedraws() {
        Layer separator = study.getCells().get(0).getLayers().get(1);
        assertEquals(500.0, separator.getThicknessUm());
        body.tree().setSelection(new StructuredSelection(separator), true);
        flush();
        int before = body.schematic().paintCount();
        int heightBefore = bandHeight(separator);
        assertTrue(heightBefore > 0, "separator band drawn");

        type("thicknessUm", "250");
        assertEquals(250.0, separator.getThicknessUm(), "form edit reaches the model");
        assertTrue(stack.canUndo(), "the edit is an undoable command");
        assertTrue(waitUntil(() -> body.schematic().paintCount() > before), "schematic repainted after the edit");
        int heightEdited = bandHeight(separator);
        assertTrue(heightEdited < heightBefore, "thinner layer, thinner band: " + heightEdited + " < " + heightBefore);
        // 250 um of a 547 um stack vs 500 of 797: the band share follows the thickness share
        double share = (double) heightEdited / body.schematic().geometry().bands().stream()
                .mapToInt(StackGeometry.Band::height).sum();
        assertEquals(250.0 / 547.0, share, 0.01);

        int beforeUndo = body.schematic().paintCount();
        stack.undo();
        flush();
        assertEquals(500.0, separator.getThicknessUm(), "undo restores the thickness");
        assertEquals("500.0", ((Text) body.form().control("thicknessUm")).getText(), "form shows the restored value");
        assertTrue(waitUntil(() -> body.schematic().paintCount() > beforeUndo), "schematic repainted after undo");
        assertEquals(heightBefore, bandHeight(separator));
    }

    @Test
    void invalidNumberIsReportedAndNeverReachesTheModel() {
        Layer separator = study.getCells().get(0).getLayers().get(1);
        body.tree().setSelection(new StructuredSelection(separator), true);
        flush();
        type("thicknessUm", "12 um");
        assertEquals(500.0, separator.getThicknessUm());
        assertTrue(body.form().message().contains("Thickness (µm)"), body.form().message());
        assertTrue(!stack.canUndo(), "nothing was executed");
    }

    @Test
    void schematicIsDrawnNotBlank() {
        body.tree().setSelection(new StructuredSelection(study.getCells().get(0)), true);
        flush();
        var schematic = body.schematic();
        Image image = new Image(display, schematic.getSize().x, schematic.getSize().y);
        GC gc = new GC(schematic);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        int first = data.getPixel(0, 0);
        int different = 0;
        for (int y = 0; y < data.height; y += 4) {
            for (int x = 0; x < data.width; x += 4) {
                if (data.getPixel(x, y) != first) {
                    different++;
                }
            }
        }
        assertTrue(different > 500, "schematic has content, " + different + " sampled pixels differ");
        assertNotEquals(0, schematic.geometry().lines().size(), "interfaces drawn");
    }

    private void type(String feature, String value) {
        Text text = (Text) body.form().control(feature);
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
        flush();
    }

    private int bandHeight(Layer layer) {
        return body.schematic().geometry().bands().stream().filter(b -> b.layer() == layer).findFirst()
                .orElseThrow().height();
    }

    /** Runs the event loop for a while: GTK paints from its frame clock, not synchronously. */
    private void flush() {
        waitUntil(() -> false, 300);
    }

    private boolean waitUntil(java.util.function.BooleanSupplier condition) {
        return waitUntil(condition, 5000);
    }

    private boolean waitUntil(java.util.function.BooleanSupplier condition, long millis) {
        return new SwtDriver(display).waitUntil(condition, millis);
    }
}
