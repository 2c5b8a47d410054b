package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.interphase.app.editor.StudyEditorBody;
import org.interphase.app.editor.StudyTreeActions;
import org.interphase.app.editor.StudyTreeDrop;
import org.interphase.app.imports.ImportFilesPage;
import org.interphase.app.imports.ImportMeasurementsWizard;
import org.interphase.app.imports.ImportRow;
import org.interphase.app.imports.ImportSummary;
import org.interphase.app.imports.ImportTarget;
import org.interphase.app.study.CellTemplateDialog;
import org.interphase.app.study.NewStudyWizard;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.DepthProfile;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Interface;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.TomographyVolume;
import org.interphase.model.XpsSpectrum;
import org.interphase.model.edit.CellTemplates;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SharedData;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.measurement.MeasurementEditors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's own data, end to end in real SWT (under Xvfb): a study from the New Study wizard, a second cell from
 * a template, an interface and two cycle states added in the tree, EIS, XPS and SIMS files imported by the import
 * wizard and a tomography volume by a simulated drop, undo/redo of the imports, save, reopen, and every imported
 * measurement opened in its technique editor.
 */
class OwnDataWorkflowTest {

    private static final String DTA_SHA256 = "8419f2f703346557a7324cbbe7d68b9dd82d72349f5342fda815a07f6cabdefd";

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final SwtDriver driver = new SwtDriver(display);
    private final List<Shell> shells = new ArrayList<>();

    @AfterEach
    void close() {
        shells.forEach(Shell::dispose);
        driver.flush();
    }

    @Test
    void newStudyCellsStructureImportDropUndoRedoSaveReopenAndOpen() throws Exception {
        Shell shell = shell();

        // 1. File > New > Interphase Study
        NewStudyWizard newStudy = new NewStudyWizard();
        WizardDialog newDialog = new WizardDialog(shell, newStudy);
        newDialog.create();
        newStudy.studyPage().nameText().setText("My LLZO cells");
        newStudy.cellPage().form().template().select(2); // Li | LLZO | LFP
        newStudy.cellPage().form().template().notifyListeners(SWT.Selection, null);
        assertTrue(newStudy.canFinish(), String.valueOf(newStudy.cellPage().getErrorMessage()));
        Path file = newStudy.writeStudy(dir);
        newDialog.close();

        // the Cell editor's body on the new file
        ComposedAdapterFactory factory = StudyEditing.newAdapterFactory();
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(factory);
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        Resource resource = StudyStore.load(domain.getResourceSet(), file);
        Study study = (Study) resource.getContents().get(0);
        CommandStack stack = domain.getCommandStack();
        StudyEditorBody body = new StudyEditorBody(shell, domain, factory, resource);
        shell.layout(true, true);
        driver.flush();
        StudyTreeActions actions = new StudyTreeActions(domain, o -> { });

        // 2. Add Cell from Template (the dialog, OK pressed)
        CellTemplateDialog cellDialog = new CellTemplateDialog(shell, "Cell 2");
        cellDialog.setBlockOnOpen(false);
        cellDialog.open();
        Combo template = findCombo(cellDialog.getShell(), "Li | Li6PS5Cl | NMC811");
        template.select(0);
        template.notifyListeners(SWT.Selection, null);
        press(cellDialog.getShell(), IDialogConstants.OK_LABEL);
        assertEquals(CellTemplateDialog.OK, cellDialog.getReturnCode());
        stack.execute(CellTemplates.addCommand(domain, study, CellTemplates.build(study, cellDialog.spec())));
        assertEquals(2, study.getCells().size());
        Cell cell = study.getCells().get(1);
        assertEquals(List.of("Li | Li6PS5Cl", "Li6PS5Cl | NMC811"), names(cell.getInterfaces()));

        // 3. In the tree: a coating layer, the interface to it, two cycle states (the second renumbered in the form)
        run(actions.newChild(group(body, cell, "Layers")), "Layer");
        run(actions.newChild(group(body, cell, "Interfaces")), "Interface");
        Interface coating = cell.getInterfaces().get(2);
        assertSame(cell.getLayers().get(2), coating.getLower());
        assertSame(cell.getLayers().get(3), coating.getUpper());
        assertEquals("NMC811 | Layer 4", coating.getName());
        run(actions.newChild(group(body, cell, "Cycle states")), "Cycle state");
        run(actions.newChild(group(body, cell, "Cycle states")), "Cycle state");
        CycleState pristine = cell.getCycleStates().get(0);
        CycleState later = cell.getCycleStates().get(1);
        driver.flush(); // the tree refreshes after model changes
        body.tree().setSelection(new org.eclipse.jface.viewers.StructuredSelection(later), true);
        driver.flush();
        type(body, "cycleNumber", "10");
        type(body, "name", "Cycle 10");
        assertEquals(10, later.getCycleNumber());
        int structureCommands = 6;

        // 4. Import by the wizard: EIS, XPS, SIMS with interface and cycle per selection
        Path eis = SharedData.file("eis", "hybriddrt_EISGALV_EISTest3.DTA");
        Path xps = SharedData.file("xps", "specs", "mm-specs.xy");
        Path sims = SharedData.file("sims", "iontof_depth_profiles", "I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt");
        Path notData = SharedData.file("README.md");
        ImportSummary imported = importWith(shell, ImportTarget.of(domain, study, cell), List.of(eis, xps, sims, notData), page -> {
            List<ImportRow> rows = page.rows();
            assertEquals(List.of("EIS", "XPS", "ToF-SIMS", "?"), rows.stream().map(ImportRow::technique).toList());
            assertTrue(page.getErrorMessage().startsWith("README.md: no importer recognises it"), page.getErrorMessage());
            // forcing a format on a file that is not of it: the file fails, the others are still imported
            page.select(List.of(rows.get(3)));
            Combo format = page.combo("format");
            choose(format, java.util.Arrays.stream(format.getItems()).filter(i -> i.startsWith("Gamry")).findFirst()
                    .orElseThrow());
            assertEquals("EIS", rows.get(3).technique());
            rows.subList(0, 3).forEach(r -> assertTrue(r.confidence() > 0, r.file() + " detected with a confidence"));
            assertSame(cell, page.cell());
            page.proposeFromNames(); // none of these names says a cycle: nothing proposed
            rows.forEach(r -> assertNull(r.cycle()));
            page.select(List.of(rows.get(0)));
            choose(page.combo("interface"), "Li | Li6PS5Cl");
            page.combo("cycle").setText("10");
            page.select(List.of(rows.get(1), rows.get(2)));
            choose(page.combo("interface"), "Li6PS5Cl | NMC811");
            page.combo("cycle").setText("0 Pristine");
            assertEquals(Integer.valueOf(10), rows.get(0).cycle());
            assertEquals("Li6PS5Cl | NMC811", rows.get(2).interfaceName());
        });
        assertEquals(3, imported.imported(), imported.text());
        assertEquals(1, imported.failures().size(), imported.text());
        assertTrue(imported.failures().get(0).startsWith("README.md: "), imported.failures().get(0));
        assertTrue(imported.text().startsWith("Imported 3 measurements.\n\nFailed: 1"), imported.text());
        assertEquals(3, cell.getMeasurements().size());
        ImpedanceSpectrum spectrum = (ImpedanceSpectrum) cell.getMeasurements().get(0);
        assertSame(later, spectrum.getCycleState());
        assertEquals("Li | Li6PS5Cl", spectrum.getInterface().getName());
        assertEquals(DTA_SHA256, spectrum.getSha256(), "the SHA-256 of the copied file is the original's");
        assertSame(pristine, cell.getMeasurements().get(2).getCycleState());
        assertTrue(Files.isRegularFile(dir.resolve("data").resolve(eis.getFileName())), "copied into data/");

        // 5. Drop a tomography folder on the pristine cycle state
        Path tomo = SharedData.file("tomo", "ucl_cylindrical_cell", "cell_vol");
        AtomicReference<ImportSummary> dropped = new AtomicReference<>();
        StudyTreeDrop drop = StudyTreeDrop.install(body.tree(), domain, body::study, (target, files) -> {
            assertSame(pristine, target.cycleState());
            dropped.set(importWith(shell, target, files, page -> {
                assertEquals(1, page.rows().size(), "a folder of slices is one volume");
                assertEquals("Tomography", page.rows().get(0).technique());
                assertEquals(Integer.valueOf(0), page.rows().get(0).cycle(), "preset to the drop target");
                page.select(page.rows());
                choose(page.combo("interface"), coating.getName());
            }));
        });
        assertTrue(drop.handle(pristine, new String[] { tomo.toString() }));
        assertEquals(1, dropped.get().imported(), dropped.get().text());
        assertEquals(4, cell.getMeasurements().size());
        TomographyVolume volume = (TomographyVolume) cell.getMeasurements().get(3);
        assertSame(coating, volume.getInterface());
        assertSame(pristine, volume.getCycleState());

        // 6. Undo and redo both imports
        stack.undo();
        assertEquals(3, cell.getMeasurements().size());
        stack.undo();
        assertEquals(0, cell.getMeasurements().size());
        assertEquals(2, cell.getCycleStates().size(), "only the cycle states made in the tree remain");
        assertEquals(structureCommands + 1, undoDepth(stack), "structure edits and the cell still on the stack");
        stack.redo();
        stack.redo();
        assertEquals(4, cell.getMeasurements().size());
        assertSame(later, cell.getMeasurements().get(0).getCycleState());
        assertFalse(stack.canRedo());

        // 7. Save and reopen
        StudyStore.save(resource, file);
        Study reopened = (Study) StudyStore.load(StudyStore.newResourceSet(), file).getContents().get(0);
        Cell again = reopened.getCells().get(1);
        assertEquals(4, again.getMeasurements().size());
        assertEquals(List.of("Li | Li6PS5Cl", "Li6PS5Cl | NMC811", "Li6PS5Cl | NMC811",
                coating.getName()), again.getMeasurements().stream().map(m -> m.getInterface().getName()).toList());
        assertEquals(List.of(10, 0, 0, 0),
                again.getMeasurements().stream().map(m -> m.getCycleState().getCycleNumber()).toList());
        assertEquals(DTA_SHA256, again.getMeasurements().get(0).getSha256());

        // 8. Open each imported measurement in its technique editor
        for (Measurement m : again.getMeasurements()) {
            assertTrue(MeasurementEditors.editorFor(m).isPresent(), "an editor is registered for " + m.getName());
            Shell editorShell = shell();
            Optional<Path> source = org.interphase.ui.measurement.MeasurementFiles.resolve(m);
            assertTrue(source.isPresent(), "the stored file of " + m.getName() + " is found");
            Composite editor = switch (m) {
                case ImpedanceSpectrum s -> new org.interphase.eis.ui.EisEditorBody(editorShell, s, domain, source);
                case XpsSpectrum s -> new org.interphase.xps.ui.XpsEditorBody(editorShell, s, domain, source);
                case DepthProfile s -> new org.interphase.sims.ui.SimsEditorBody(editorShell, s, domain, source);
                case TomographyVolume s -> new org.interphase.tomo.ui.TomoEditorBody(editorShell, s, domain, source);
                default -> throw new AssertionError("unexpected " + m.eClass().getName());
            };
            editorShell.layout(true, true);
            driver.flush();
            assertTrue(editor.getChildren().length > 0, m.getName() + " editor shows content");
        }
    }

    /** Runs the import wizard as the user would: page adjusted by {@code adjust}, Finish, wait for the job. */
    private ImportSummary importWith(Shell shell, ImportTarget target, List<Path> files,
            java.util.function.Consumer<ImportFilesPage> adjust) {
        ImportMeasurementsWizard wizard = new ImportMeasurementsWizard(target, files);
        AtomicReference<ImportSummary> summary = new AtomicReference<>();
        wizard.onSummary(summary::set);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.create();
        adjust.accept(wizard.page());
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(wizard.performFinish());
        dialog.close();
        assertTrue(driver.waitUntil(() -> summary.get() != null, 120_000), "the import job finished");
        return summary.get();
    }

    private Shell shell() {
        Shell s = new Shell(display);
        s.setLayout(new FillLayout());
        s.setSize(1200, 800);
        s.open();
        shells.add(s);
        return s;
    }

    private static int undoDepth(CommandStack stack) {
        int n = 0;
        while (stack.canUndo()) {
            stack.undo();
            n++;
        }
        for (int i = 0; i < n; i++) {
            stack.redo();
        }
        return n;
    }

    private static void choose(Combo combo, String item) {
        int i = combo.indexOf(item);
        assertTrue(i >= 0, item + " offered in " + List.of(combo.getItems()));
        combo.select(i);
        combo.notifyListeners(SWT.Selection, null);
    }

    private void type(StudyEditorBody body, String feature, String value) {
        Text text = (Text) body.form().control(feature);
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
        driver.flush();
    }

    private static Object group(StudyEditorBody body, Cell cell, String label) {
        for (Object c : ((ITreeContentProvider) body.tree().getContentProvider()).getChildren(cell)) {
            if (c.toString().contains("label=" + label)) {
                return c;
            }
        }
        throw new AssertionError("no group " + label);
    }

    private static void run(List<IAction> actions, String label) {
        actions.stream().filter(a -> a.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + actions.stream().map(IAction::getText).toList()))
                .run();
    }

    private static List<String> names(List<? extends org.interphase.model.NamedElement> elements) {
        return elements.stream().map(org.interphase.model.NamedElement::getName).toList();
    }

    private static Combo findCombo(Composite root, String item) {
        for (Control c : root.getChildren()) {
            if (c instanceof Combo combo && combo.indexOf(item) >= 0) {
                return combo;
            }
            if (c instanceof Composite comp) {
                Combo found = findCombo(comp, item);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void press(Composite root, String label) {
        Button b = findButton(root, label);
        assertNotNull(b, "button " + label);
        b.notifyListeners(SWT.Selection, null);
    }

    private static Button findButton(Composite root, String label) {
        for (Control c : root.getChildren()) {
            if (c instanceof Button b && label.equals(b.getText())) {
                return b;
            }
            if (c instanceof Composite comp) {
                Button found = findButton(comp, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
