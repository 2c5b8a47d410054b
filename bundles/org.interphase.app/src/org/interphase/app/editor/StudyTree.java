package org.interphase.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interphase;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.Measurement;
import org.interphase.model.NamedElement;
import org.interphase.model.Study;
import org.interphase.model.edit.Labels;

/**
 * The study tree as analysts read it: a study holds materials and cells; a cell groups its layers,
 * interfaces (with their interphases), cycle states and measurements (with their analyses) under folder
 * nodes. Objects below the groups come from the model.edit item providers.
 */
public final class StudyTree {

    /** A folder node: the {@code reference} children of {@code owner}. */
    public record Group(EObject owner, EReference reference, String label) {
        /** The objects in this group. */
        public List<?> children() {
            return (List<?>) owner.eGet(reference);
        }
    }

    private static final InterphasePackage P = InterphasePackage.eINSTANCE;

    private StudyTree() {
    }

    /** Groups shown under {@code owner}, or an empty list when its children are shown as they are. */
    static List<Group> groupsOf(Object owner) {
        if (owner instanceof Cell cell) {
            return List.of(new Group(cell, P.getCell_Layers(), "Layers"),
                    new Group(cell, P.getCell_Interfaces(), "Interfaces"),
                    new Group(cell, P.getCell_CycleStates(), "Cycle states"),
                    new Group(cell, P.getCell_Measurements(), "Measurements"));
        }
        if (owner instanceof Study study) {
            return List.of(new Group(study, P.getStudy_Materials(), "Materials"));
        }
        return List.of();
    }

    /** Tree content: groups for studies and cells, item providers below. */
    public static ITreeContentProvider content(ITreeContentProvider items) {
        return new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                if (input instanceof Resource r) {
                    return r.getContents().toArray();
                }
                return items.getElements(input);
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof Group g) {
                    return g.children().toArray();
                }
                List<Object> children = new ArrayList<>(groupsOf(parent));
                if (parent instanceof Study s) {
                    children.addAll(s.getCells());
                    return children.toArray();
                }
                return children.isEmpty() ? items.getChildren(parent) : children.toArray();
            }

            @Override
            public Object getParent(Object element) {
                if (element instanceof Group g) {
                    return g.owner();
                }
                if (element instanceof EObject e && e.eContainer() != null) {
                    for (Group g : groupsOf(e.eContainer())) {
                        if (g.reference() == e.eContainmentFeature()) {
                            return g;
                        }
                    }
                    return e.eContainer();
                }
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                if (element instanceof Group g) {
                    return !g.children().isEmpty();
                }
                return !groupsOf(element).isEmpty() || items.hasChildren(element);
            }
        };
    }

    /** Labels: names with the one fact an analyst scans for (thickness, technique, cycle, species kind). */
    public static ILabelProvider labels(ILabelProvider items) {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Group g) {
                    return g.label() + " (" + g.children().size() + ")";
                }
                if (element instanceof CycleState c) {
                    return Labels.cycleState(c);
                }
                if (element instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
                    return n.getName() + detail(n);
                }
                return items.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                if (element instanceof Group g) {
                    return g.children().isEmpty() ? null : items.getImage(g.children().get(0));
                }
                return items.getImage(element);
            }

            @Override
            public void dispose() {
                items.dispose();
            }
        };
    }

    static String detail(NamedElement n) {
        return switch (n) {
            case Layer l -> "  —  " + number(l.getThicknessUm()) + " µm";
            case Measurement m -> "  —  " + Labels.technique(m);
            case CycleState c -> "  —  cycle " + c.getCycleNumber();
            case Interphase i -> i.getKind() == null ? "" : "  —  " + Labels.literal(i.getKind()).toLowerCase(Locale.ROOT);
            default -> "";
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
