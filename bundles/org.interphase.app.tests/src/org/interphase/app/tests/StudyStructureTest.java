package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.interphase.app.editor.StudyEditorBody;
import org.interphase.app.editor.StudyTreeActions;
import org.interphase.app.study.NewStudyWizard;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphasePackage.Literals;
import org.interphase.model.Layer;
import org.interphase.model.Study;
import org.interphase.model.edit.CellTemplates;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structure editing in the Cell editor: range validation, New Child/Sibling, Move, and the New Study wizard. */
class StudyStructureTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private StudyEditorBody body;
    private AdapterFactoryEditingDomain domain;
    private CommandStack stack;
    private Study study;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("t.interphase");
        StudyStore.save(CellTemplates.newStudy("T", CellTemplates.spec(CellTemplates.ALL.get(0), "Cell 1")), file);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        ComposedAdapterFactory factory = StudyEditing.newAdapterFactory();
        domain = StudyEditing.newEditingDomain(factory);
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        Resource resource = StudyStore.load(domain.getResourceSet(), file);
        stack = domain.getCommandStack();
        study = (Study) resource.getContents().get(0);
        body = new StudyEditorBody(shell, domain, factory, resource);
        shell.open();
        SwtDriver.current().flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        SwtDriver.current().flush();
    }

    @Test
    void negativeThicknessAndPorosityAboveOneAreRefusedAndTheModelIsUnchanged() {
        Layer separator = study.getCells().get(0).getLayers().get(1);
        body.tree().setSelection(new StructuredSelection(separator), true);
        SwtDriver.current().flush();

        type("thicknessUm", "-50");
        assertEquals(500.0, separator.getThicknessUm(), "-50 µm never reaches the model");
        assertTrue(body.form().message().contains("Thickness (µm) must be greater than 0"), body.form().message());

        type("porosity", "1.5");
        assertEquals(0.0, separator.getPorosity());
        assertTrue(body.form().message().contains("Porosity must be between 0 and 1"), body.form().message());
        assertFalse(stack.canUndo(), "nothing was executed");

        // the Properties view and any other caller go through the same domain: its set command cannot execute
        assertFalse(SetCommand.create(domain, separator, Literals.LAYER__THICKNESS_UM, -50.0).canExecute());
        assertFalse(SetCommand.create(domain, study.getCells().get(0), Literals.CELL__TEMPERATURE_C, -300.0).canExecute());

        type("porosity", "0.25");
        assertEquals(0.25, separator.getPorosity(), "a value in range is applied");
        assertEquals("", body.form().message());
        assertTrue(stack.canUndo());
    }

    @Test
    void newChildNewSiblingAndMoveAreUndoableCommands() {
        Cell cell = study.getCells().get(0);
        assertEquals(2, cell.getInterfaces().size(), "template: one interface between each pair of neighbours");
        StudyTreeActions actions = new StudyTreeActions(domain, o -> { });
        Object cycleGroup = groupOf(cell, "Cycle states");
        run(actions.newChild(cycleGroup), "Cycle state");
        run(actions.newSibling(cell.getCycleStates().get(0)), "Cycle state");
        assertEquals(List.of(0, 1), cell.getCycleStates().stream().map(CycleState::getCycleNumber).toList());
        assertEquals("Pristine", cell.getCycleStates().get(0).getName());

        run(actions.newChild(groupOf(cell, "Layers")), "Layer");
        Layer added = cell.getLayers().get(3);
        run(actions.newChild(groupOf(cell, "Interfaces")), "Interface");
        Interface between = cell.getInterfaces().get(2);
        assertSame(cell.getLayers().get(2), between.getLower(), "the new interface joins the first free pair");
        assertSame(added, between.getUpper());

        actions.move(added, -1).run();
        assertSame(added, cell.getLayers().get(2), "moved up");
        run(actions.newChild(between), "Interphase");
        assertEquals(1, between.getInterphases().size());

        for (int i = 0; i < 6; i++) {
            stack.undo();
        }
        assertEquals(0, cell.getCycleStates().size());
        assertEquals(3, cell.getLayers().size());
        assertEquals(2, cell.getInterfaces().size());
        assertFalse(stack.canUndo());
        assertTrue(actions.newChild(study).stream().anyMatch(a -> a.getText().equals("Material")));
        assertTrue(actions.newChild(study).stream().anyMatch(a -> a.getText().equals("Cell")));
        assertTrue(actions.newChild(cell).stream().noneMatch(a -> a.getText().contains("Spectrum")),
                "measurements come in by import, not New Child");
    }

    @Test
    void newStudyWizardWritesTheStudyAsEnteredOnItsPages() throws Exception {
        NewStudyWizard wizard = new NewStudyWizard();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.create();
        wizard.studyPage().nameText().setText("Garnet cells");
        var form = wizard.cellPage().form();
        form.template().select(2);
        form.template().notifyListeners(SWT.Selection, null);
        assertEquals(3, form.layerCount());
        form.layerText(1, 2).setText("-1");
        assertFalse(wizard.canFinish(), "a negative thickness blocks Finish");
        assertTrue(wizard.cellPage().getErrorMessage().contains("Thickness of LLZO pellet"), wizard.cellPage().getErrorMessage());
        form.layerText(1, 2).setText("850");
        form.layerText(1, 1).setText("Ta-doped LLZO");
        form.field("area").setText("0.785");
        form.field("name").setText("LLZO #7");
        assertTrue(wizard.canFinish());

        Path file = wizard.writeStudy(dir.resolve("out"));
        dialog.close();
        assertEquals("Garnet_cells.interphase", file.getFileName().toString());
        Study written = (Study) StudyStore.load(StudyStore.newResourceSet(), file).getContents().get(0);
        assertEquals("Garnet cells", written.getName());
        Cell cell = written.getCells().get(0);
        assertEquals("LLZO #7", cell.getName());
        assertEquals(0.785, cell.getAreaCm2());
        assertEquals(List.of(50.0, 850.0, 50.0), cell.getLayers().stream().map(Layer::getThicknessUm).toList());
        assertEquals("Ta-doped LLZO", cell.getLayers().get(1).getMaterial().getName());
        assertEquals(List.of("Li | LLZO", "LLZO | LFP"),
                cell.getInterfaces().stream().map(Interface::getName).toList());
    }

    private Object groupOf(Cell cell, String label) {
        Object[] children = ((org.eclipse.jface.viewers.ITreeContentProvider) body.tree().getContentProvider()).getChildren(cell);
        for (Object c : children) {
            if (c.toString().contains("label=" + label)) {
                return c;
            }
        }
        throw new AssertionError("no group " + label);
    }

    private static void run(List<IAction> actions, String label) {
        IAction a = actions.stream().filter(x -> x.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + label + " in " + actions.stream().map(IAction::getText).toList()));
        assertNotNull(a);
        a.run();
    }

    private void type(String feature, String value) {
        Text text = (Text) body.form().control(feature);
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
        SwtDriver.current().flush();
    }
}
