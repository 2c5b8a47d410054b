package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.editor.StudyEditorBody;
import org.interphase.app.editor.StudyTree;
import org.interphase.app.editor.StudyTreeMenu;
import org.interphase.model.Cell;
import org.interphase.model.DepthProfile;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.TomographyVolume;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.persistence.StudyStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cell editor tree's context menu, filled as SWT fills it when it is about to show: a mixed ToF-SIMS +
 * tomography selection gets the items that apply to both, and no selection ever gets an empty menu (GTK shows
 * none at all).
 */
class StudyTreeMenuTest {

    @TempDir
    Path dir;

    private Shell shell;
    private StudyEditorBody body;
    private Study study;
    private final List<Object> imported = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Path file = DemoProject.install(dir);
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 700);
        ComposedAdapterFactory factory = StudyEditing.newAdapterFactory();
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(factory);
        Resource resource = StudyStore.load(domain.getResourceSet(), file);
        study = (Study) resource.getContents().get(0);
        body = new StudyEditorBody(shell, domain, factory, resource);
        StudyTreeMenu.install(body.tree(), null, domain, m -> { }, imported::add);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        drain(); // leave no queued events behind for the next test
    }

    private static void drain() {
        Display display = Display.getDefault();
        while (display.readAndDispatch()) {
            // dispatch everything queued
        }
    }

    @Test
    void mixedSimsAndTomographySelectionShowsWhatAppliesToBoth() {
        Cell cell = study.getCells().get(0);
        Measurement sims = cell.getMeasurements().stream().filter(DepthProfile.class::isInstance).findFirst().orElseThrow();
        Measurement tomo = cell.getMeasurements().stream().filter(TomographyVolume.class::isInstance).findFirst()
                .orElseThrow();
        List<Item> items = open("&Import Measurements...", sims, tomo);
        List<String> enabled = items.stream().filter(Item::enabled).map(Item::text).toList();
        assertEquals(List.of("&Delete", "&Import Measurements...", "P&roperties"), enabled, texts(items).toString());
        assertTrue(texts(items).contains("No analysis across ToF-SIMS + Tomography measurements: select one technique"),
                texts(items).toString());
        assertFalse(texts(items).contains("&Open"), "Open is for one measurement");
        assertEquals(List.of(cell), imported, "imports go to the cell both measurements belong to");
    }

    @Test
    void noSelectionOrPairGetsAnEmptyMenu() {
        List<Object> all = new ArrayList<>();
        walk((ITreeContentProvider) body.tree().getContentProvider(), new Object[] { study }, all);
        // one node of each kind (model class, or folder label): the demo has thousands of nodes of a few kinds
        java.util.Map<Object, Object> kinds = new java.util.LinkedHashMap<>();
        all.forEach(n -> kinds.putIfAbsent(n instanceof StudyTree.Group g ? g.label()
                : n instanceof org.eclipse.emf.ecore.EObject e ? e.eClass() : n.getClass(), n));
        List<Object> nodes = List.copyOf(kinds.values());
        assertTrue(nodes.size() > 15, "kinds of tree nodes: " + kinds.keySet());
        List<List<Object>> selections = new ArrayList<>();
        selections.add(List.of());
        // every kind alone, and with a measurement and with a folder node (the kinds multi-selections mix)
        Object measurement = study.getCells().get(0).getMeasurements().get(0);
        Object folder = kinds.get("Layers");
        for (Object node : nodes) {
            selections.add(List.of(node));
            for (Object other : new Object[] { measurement, folder }) {
                if (other != node) {
                    selections.add(List.of(node, other));
                }
            }
        }
        for (List<Object> selection : selections) {
            List<Item> items = show(selection.toArray());
            assertFalse(items.isEmpty(), "menu for " + selection);
        }
        List<Item> none = show();
        assertEquals(List.of(StudyTreeMenu.NOTHING_APPLIES), texts(none), "empty selection");
        assertFalse(none.get(0).enabled());
    }

    /** One line of the menu as the user sees it. */
    private record Item(String text, boolean enabled) {
    }

    /** Selects {@code selection} and fills the tree's menu as SWT does before showing it; the non-separator items. */
    private List<Item> show(Object... selection) {
        return open(null, selection);
    }

    /** As {@link #show}, and chooses the item labelled {@code choose} (when not null) while the menu is open. */
    private List<Item> open(String choose, Object... selection) {
        body.tree().setSelection(new StructuredSelection(selection));
        Menu menu = body.tree().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<Item> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                items.add(new Item(item.getText(), item.getEnabled()));
                if (item.getText().equals(choose)) {
                    item.notifyListeners(SWT.Selection, new Event());
                }
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        drain();
        return items;
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    private static void walk(ITreeContentProvider content, Object[] nodes, List<Object> out) {
        for (Object node : nodes) {
            out.add(node);
            walk(content, content.getChildren(node), out);
        }
    }
}
