package org.interphase.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.NamedElement;
import org.interphase.model.edit.CellTemplates;

/**
 * The structure edits of the Cell editor's tree as actions: New Child and New Sibling for every containment a user
 * builds by hand (cell, material, layer, interface, interphase, cycle state, metadata entry), from the item
 * providers' new-child descriptors and EMF {@link CreateChildCommand}s, and Move Up/Down ({@link MoveCommand}) in
 * ordered lists such as a cell's layers. Every action is one command on the editor's stack.
 */
public final class StudyTreeActions {

    private static final InterphasePackage P = InterphasePackage.eINSTANCE;
    /** What users create by hand; measurements come in by import, results by analyses. */
    private static final Set<EClass> CREATABLE = Set.of(P.getCell(), P.getMaterial(), P.getLayer(), P.getInterface(),
            P.getInterphase(), P.getCycleState(), P.getMetadataEntry());

    private final EditingDomain domain;
    private final java.util.function.Consumer<Object> reveal;

    /** Actions on {@code domain}'s stack; {@code reveal} selects what an action created or moved. */
    public StudyTreeActions(EditingDomain domain, java.util.function.Consumer<Object> reveal) {
        this.domain = domain;
        this.reveal = reveal;
    }

    /** "Layer", "Interface", ... for the children {@code selected} (an object or a tree group) can hold. */
    public List<IAction> newChild(Object selected) {
        EObject owner = owner(selected);
        EReference only = selected instanceof StudyTree.Group g ? g.reference() : null;
        return owner == null ? List.of() : actions(owner, null, only);
    }

    /** The children {@code selected}'s container can hold next to it. */
    public List<IAction> newSibling(Object selected) {
        if (!(selected instanceof EObject e) || e.eContainer() == null) {
            return List.of();
        }
        return actions(e.eContainer(), e, null);
    }

    /** Move {@code selected} one place up (-1) or down (+1) in its ordered list; null when it cannot move. */
    public IAction move(Object selected, int delta) {
        if (!(selected instanceof EObject e) || e.eContainer() == null || !e.eContainmentFeature().isMany()) {
            return null;
        }
        List<?> list = (List<?>) e.eContainer().eGet(e.eContainmentFeature());
        int to = list.indexOf(e) + delta;
        if (to < 0 || to >= list.size()) {
            return null;
        }
        Command c = MoveCommand.create(domain, e.eContainer(), e.eContainmentFeature(), e, to);
        return c.canExecute() ? action(delta < 0 ? "Move &Up" : "Move Do&wn", c, e) : null;
    }

    private List<IAction> actions(EObject owner, EObject sibling, EReference only) {
        List<IAction> result = new ArrayList<>();
        Collection<?> descriptors = domain.getNewChildDescriptors(owner, sibling);
        for (Object d : descriptors) {
            if (d instanceof CommandParameter p && p.getValue() instanceof EObject value
                    && CREATABLE.contains(value.eClass()) && (only == null || p.getFeature() == only)) {
                prepare(owner, value);
                Command c = CreateChildCommand.create(domain, owner, d, List.of(sibling != null ? sibling : owner));
                if (c.canExecute()) {
                    result.add(action(typeName(value.eClass()), c, value));
                }
            }
        }
        return result;
    }

    /** Sensible first values for a new object (not yet in the model: the command adds it as it is). */
    private static void prepare(EObject owner, EObject value) {
        switch (value) {
            case Interface i when owner instanceof Cell cell -> {
                Layer[] pair = freePair(cell);
                if (pair != null) {
                    Interface named = CellTemplates.between(pair[0], pair[1]);
                    i.setLower(pair[0]);
                    i.setUpper(pair[1]);
                    i.setName(named.getName());
                } else {
                    i.setName("Interface " + (cell.getInterfaces().size() + 1));
                }
            }
            case Layer l when owner instanceof Cell cell -> {
                l.setName("Layer " + (cell.getLayers().size() + 1));
                l.setThicknessUm(10);
            }
            case CycleState c when owner instanceof Cell cell -> {
                int next = cell.getCycleStates().stream().mapToInt(CycleState::getCycleNumber).max().orElse(-1) + 1;
                c.setCycleNumber(next);
                c.setName(next == 0 ? "Pristine" : "Cycle " + next);
                c.setChargeState(next == 0 ? org.interphase.model.ChargeState.PRISTINE : org.interphase.model.ChargeState.OTHER);
            }
            case Cell c -> {
                c.setName("Cell " + (((List<?>) owner.eGet(P.getStudy_Cells())).size() + 1));
                c.setAreaCm2(1.0);
            }
            case Material m -> m.setName("New material");
            case NamedElement n -> n.setName("New " + typeName(value.eClass()).toLowerCase(java.util.Locale.ROOT));
            default -> {
            }
        }
    }

    /** The first pair of neighbouring layers without an interface between them (bottom to top). */
    static Layer[] freePair(Cell cell) {
        List<Layer> layers = cell.getLayers();
        for (int k = 0; k + 1 < layers.size(); k++) {
            Layer lower = layers.get(k);
            Layer upper = layers.get(k + 1);
            boolean taken = cell.getInterfaces().stream().anyMatch(i -> i.getLower() == lower && i.getUpper() == upper);
            if (!taken) {
                return new Layer[] { lower, upper };
            }
        }
        return null;
    }

    private static EObject owner(Object selected) {
        if (selected instanceof StudyTree.Group g) {
            return g.owner();
        }
        return selected instanceof EObject e ? e : null;
    }

    static String typeName(EClass c) {
        return org.interphase.model.edit.Labels.type(c);
    }

    private IAction action(String label, Command command, Object select) {
        return new Action(label) {
            @Override
            public void run() {
                domain.getCommandStack().execute(command);
                reveal.accept(select);
            }
        };
    }

    /**
     * The disabled context-menu line shown when no series analysis applies to the selected measurements: "No
     * analysis across ToF-SIMS + Tomography measurements: select one technique".
     */
    public static String noAnalysis(List<org.interphase.model.Measurement> selected) {
        List<String> techniques = selected.stream()
                .map(m -> org.interphase.model.technique.Techniques.label(org.interphase.model.technique.Techniques.idOf(m)))
                .distinct().toList();
        return techniques.size() > 1
                ? "No analysis across " + String.join(" + ", techniques) + " measurements: select one technique"
                : "No series analysis for these " + techniques.get(0) + " measurements";
    }
}
