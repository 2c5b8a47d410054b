package org.interphase.app.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.interphase.app.study.CellTemplateDialog;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.edit.CellTemplates;
import org.interphase.ui.measurement.MeasurementSeries;
import org.interphase.ui.measurement.MeasurementSeriesContribution;

/**
 * The context menu of the Cell editor's tree: New Child / New Sibling, Move Up/Down, Delete and Add Cell from Template
 * (structure edits, each one command), Import Measurements (into the selection's one cell), Open for one measurement,
 * every series analysis that plug-ins contribute for the selected measurements (e.g. fit one circuit to a cell's
 * spectra across cycles) and Properties. A selection nothing applies to gets one disabled line saying so, never an
 * empty menu (which GTK does not show at all).
 */
public final class StudyTreeMenu {

    /** The one disabled line of a menu in which nothing applies to the selection. */
    public static final String NOTHING_APPLIES = "No action applies to this selection";

    private final TreeViewer tree;
    private final IWorkbenchPage page;
    private final EditingDomain domain;
    private final java.util.function.Consumer<Measurement> opener;
    private final java.util.function.Consumer<Object> importer;

    private StudyTreeMenu(TreeViewer tree, IWorkbenchPage page, EditingDomain domain,
            java.util.function.Consumer<Measurement> opener, java.util.function.Consumer<Object> importer) {
        this.tree = tree;
        this.page = page;
        this.domain = domain;
        this.opener = opener;
        this.importer = importer;
    }

    /**
     * Installs the menu on {@code tree}; {@code importer} opens the import wizard for a tree element. Returns the
     * manager (for registration with the site).
     */
    public static MenuManager install(TreeViewer tree, IWorkbenchPage page, EditingDomain domain,
            java.util.function.Consumer<Measurement> opener, java.util.function.Consumer<Object> importer) {
        StudyTreeMenu menu = new StudyTreeMenu(tree, page, domain, opener, importer);
        MenuManager manager = new MenuManager("#StudyTree");
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(menu::fill);
        tree.getControl().setMenu(manager.createContextMenu(tree.getControl()));
        return manager;
    }

    private void fill(IMenuManager manager) {
        StudyTreeActions actions = new StudyTreeActions(domain, this::reveal);
        List<?> all = tree.getStructuredSelection().toList();
        Object first = all.isEmpty() ? null : all.get(0);
        if (all.size() <= 1 && first != null) {
            addSubmenu(manager, "New &Child", actions.newChild(first));
            addSubmenu(manager, "New &Sibling", actions.newSibling(first));
            if (first instanceof Study study) {
                manager.add(action("Add Cell from &Template...", () -> addCellFromTemplate(study)));
            }
            for (IAction move : new IAction[] { actions.move(first, -1), actions.move(first, +1) }) {
                if (move != null) {
                    manager.add(move);
                }
            }
        }
        List<EObject> deletable = all.stream().filter(o -> o instanceof EObject e && e.eContainer() != null)
                .map(EObject.class::cast).toList();
        if (!deletable.isEmpty()) {
            manager.add(action("&Delete", () -> {
                Command c = DeleteCommand.create(domain, deletable);
                if (c.canExecute()) {
                    domain.getCommandStack().execute(c);
                }
            }));
        }
        manager.add(new Separator("import"));
        if (all.size() == 1 && !(first instanceof Measurement)) {
            manager.add(action("&Import Measurements...", () -> importer.accept(first)));
        } else if (!all.isEmpty()) {
            commonCell(all).ifPresent(cell -> manager.add(action("&Import Measurements...", () -> importer.accept(cell))));
        }
        manager.add(new Separator("open"));
        List<Measurement> selected = selectedMeasurements();
        if (selected.size() == 1) {
            Measurement m = selected.get(0);
            manager.add(action("&Open", () -> opener.accept(m)));
        }
        if (!selected.isEmpty()) {
            List<Measurement> ordered = MeasurementSeries.byCycle(selected);
            List<MeasurementSeriesContribution> analyses = MeasurementSeries.applicableTo(ordered);
            if (!analyses.isEmpty()) {
                manager.add(new Separator("series"));
                for (MeasurementSeriesContribution c : analyses) {
                    manager.add(action(c.label(), () -> open(c, ordered)));
                }
            } else if (selected.size() > 1) {
                manager.add(new Separator("series"));
                IAction none = action(StudyTreeActions.noAnalysis(selected), () -> { });
                none.setEnabled(false);
                manager.add(none);
            }
        }
        if (!all.isEmpty() && all.stream().allMatch(EObject.class::isInstance)) {
            manager.add(new Separator("properties"));
            manager.add(action("P&roperties", this::showProperties));
        }
        if (Arrays.stream(manager.getItems()).noneMatch(i -> !i.isSeparator() && i.isVisible())) {
            IAction none = action(NOTHING_APPLIES, () -> { });
            none.setEnabled(false);
            manager.add(none);
        }
        manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** The one cell every selected element (object or tree group) belongs to, if there is one. */
    static Optional<Cell> commonCell(List<?> selection) {
        Cell common = null;
        for (Object o : selection) {
            Cell cell = null;
            for (Object e = o instanceof StudyTree.Group g ? g.owner() : o; e instanceof EObject eo; e = eo.eContainer()) {
                if (eo instanceof Cell c) {
                    cell = c;
                }
            }
            if (cell == null || common != null && cell != common) {
                return Optional.empty();
            }
            common = cell;
        }
        return Optional.ofNullable(common);
    }

    private void showProperties() {
        try {
            page.showView(IPageLayout.ID_PROP_SHEET);
        } catch (PartInitException e) {
            ILog.of(getClass()).log(Status.error("Cannot show the Properties view", e));
        }
    }

    private static void addSubmenu(IMenuManager manager, String label, List<IAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        MenuManager sub = new MenuManager(label);
        actions.forEach(sub::add);
        manager.add(sub);
    }

    private void addCellFromTemplate(Study study) {
        CellTemplateDialog dialog = new CellTemplateDialog(tree.getControl().getShell(),
                "Cell " + (study.getCells().size() + 1));
        if (dialog.open() == CellTemplateDialog.OK) {
            CellTemplates.Built built = CellTemplates.build(study, dialog.spec());
            domain.getCommandStack().execute(CellTemplates.addCommand(domain, study, built));
            reveal(built.cell());
        }
    }

    private void reveal(Object o) {
        tree.getControl().getDisplay().asyncExec(() -> {
            if (!tree.getControl().isDisposed()) {
                tree.refresh();
                tree.setSelection(new StructuredSelection(o), true);
            }
        });
    }

    /** The measurements in the selection, in selection order. */
    List<Measurement> selectedMeasurements() {
        List<Measurement> result = new ArrayList<>();
        for (Object o : tree.getStructuredSelection().toList()) {
            if (o instanceof Measurement m && !result.contains(m)) {
                result.add(m);
            }
        }
        return result;
    }

    private void open(MeasurementSeriesContribution c, List<Measurement> measurements) {
        try {
            c.open(page, measurements, domain);
        } catch (PartInitException | RuntimeException e) {
            ILog.of(getClass()).log(Status.error(c.label() + " failed", e));
            MessageDialog.openError(tree.getControl().getShell(), c.label().replace("…", ""),
                    "The analysis could not be opened: " + e.getMessage());
        }
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
