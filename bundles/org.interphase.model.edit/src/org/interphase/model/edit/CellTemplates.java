package org.interphase.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.Cell;
import org.interphase.model.CellConfiguration;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Material;
import org.interphase.model.MaterialClass;
import org.interphase.model.Study;

/**
 * Layer-stack templates for new cells (Li | Li6PS5Cl | NMC811, In-Li | LPSCl | NCM, Li | LLZO | LFP, ...) as plain
 * data, and the building of a cell from one: layers bottom to top, materials shared with the study by name, and
 * one interface between every pair of neighbouring layers. No SWT: the New Study wizard, the tree's "Add cell
 * from template" and headless code use the same templates.
 */
public final class CellTemplates {

    /**
     * One layer of a stack: its name, role, material (name, formula, class), thickness, and the short label interfaces
     * are named with ("Li", "Li6PS5Cl", "NMC811": the template's name reads label | label | label).
     */
    public record LayerSpec(String name, LayerRole role, String material, String formula, MaterialClass materialClass,
            double thicknessUm, String label) {
        /** A copy with another name, material or thickness (as the user edited it). */
        public LayerSpec with(String newName, String newMaterial, double newThicknessUm) {
            return new LayerSpec(newName, role, newMaterial, formula, materialClass, newThicknessUm, label);
        }
    }

    /** A named stack with its cell configuration. */
    public record Template(String name, CellConfiguration configuration, List<LayerSpec> layers) {
        public Template {
            layers = List.copyOf(layers);
        }
    }

    /** The cell-level settings a user enters with a template. */
    public record CellSpec(String name, CellConfiguration configuration, double areaCm2, double stackPressureMPa,
            double temperatureC, List<LayerSpec> layers) {
        public CellSpec {
            layers = List.copyOf(layers);
        }
    }

    private static final LayerSpec LI = new LayerSpec("Li foil", LayerRole.ANODE, "Li metal", "Li", MaterialClass.METAL,
            50, "Li");
    private static final LayerSpec LPSCL = new LayerSpec("Li6PS5Cl separator", LayerRole.SOLID_ELECTROLYTE,
            "Li6PS5Cl argyrodite", "Li6PS5Cl", MaterialClass.SULFIDE, 500, "Li6PS5Cl");

    /** The shipped templates, the empty stack last. */
    public static final List<Template> ALL = List.of(
            new Template("Li | Li6PS5Cl | NMC811", CellConfiguration.FULL_CELL, List.of(LI, LPSCL,
                    new LayerSpec("NMC811 composite cathode", LayerRole.CATHODE_COMPOSITE, "NMC811 composite",
                            "LiNi0.8Mn0.1Co0.1O2 + Li6PS5Cl", MaterialClass.LAYERED_OXIDE, 60, "NMC811"))),
            new Template("In-Li | LPSCl | NCM", CellConfiguration.FULL_CELL, List.of(
                    new LayerSpec("In-Li foil", LayerRole.ANODE, "In-Li alloy", "In-Li", MaterialClass.ALLOY, 100,
                            "In-Li"),
                    new LayerSpec("LPSCl separator", LayerRole.SOLID_ELECTROLYTE, "LPSCl", "Li6PS5Cl",
                            MaterialClass.SULFIDE, 500, "LPSCl"),
                    new LayerSpec("NCM composite cathode", LayerRole.CATHODE_COMPOSITE, "NCM composite",
                            "LiNixCoyMnzO2 + Li6PS5Cl", MaterialClass.LAYERED_OXIDE, 50, "NCM"))),
            new Template("Li | LLZO | LFP", CellConfiguration.FULL_CELL, List.of(LI,
                    new LayerSpec("LLZO pellet", LayerRole.SOLID_ELECTROLYTE, "LLZO garnet", "Li7La3Zr2O12",
                            MaterialClass.OXIDE, 500, "LLZO"),
                    new LayerSpec("LFP composite cathode", LayerRole.CATHODE_COMPOSITE, "LFP composite", "LiFePO4",
                            MaterialClass.OTHER, 50, "LFP"))),
            new Template("Li | Li6PS5Cl | Li (symmetric)", CellConfiguration.SYMMETRIC,
                    List.of(LI, LPSCL, LI.with("Li foil (top)", LI.material(), LI.thicknessUm()))),
            new Template("Empty", CellConfiguration.OTHER, List.of()));

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private CellTemplates() {
    }

    /** The template called {@code name}. */
    public static Template named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell template " + name));
    }

    /** The settings of {@code template} with a cell name and the usual lab values (1 cm², 5 MPa, 25 °C). */
    public static CellSpec spec(Template template, String cellName) {
        return new CellSpec(cellName, template.configuration(), 1.0, 5.0, 25.0, template.layers());
    }

    /** The result of building a cell: the cell and the materials it needs that the study does not yet have. */
    public record Built(Cell cell, List<Material> newMaterials) {
    }

    /**
     * Builds a cell from {@code spec} for {@code study} without changing the study: materials the study already has
     * (same name) are reused, the others are returned to be added with the cell.
     */
    public static Built build(Study study, CellSpec spec) {
        Cell cell = F.createCell();
        cell.setName(spec.name());
        cell.setConfiguration(spec.configuration());
        cell.setAreaCm2(spec.areaCm2());
        cell.setStackPressureMPa(spec.stackPressureMPa());
        cell.setTemperatureC(spec.temperatureC());
        List<Material> added = new ArrayList<>();
        for (LayerSpec l : spec.layers()) {
            Layer layer = F.createLayer();
            layer.setName(l.name());
            layer.setRole(l.role());
            layer.setThicknessUm(l.thicknessUm());
            layer.setMaterial(material(study, added, l));
            cell.getLayers().add(layer);
        }
        for (int i = 0; i + 1 < cell.getLayers().size(); i++) {
            Interface iface = between(cell.getLayers().get(i), cell.getLayers().get(i + 1));
            iface.setName(label(spec.layers().get(i)) + " | " + label(spec.layers().get(i + 1)));
            cell.getInterfaces().add(iface);
        }
        return new Built(cell, added);
    }

    private static String label(LayerSpec l) {
        return l.label() != null && !l.label().isBlank() ? l.label() : l.name();
    }

    /**
     * A new interface between {@code lower} and {@code upper}, named after their materials' first words ("Li |
     * Li6PS5Cl"), or the layer names for layers without a material.
     */
    public static Interface between(Layer lower, Layer upper) {
        Interface i = F.createInterface();
        i.setLower(lower);
        i.setUpper(upper);
        i.setName(shortName(lower) + " | " + shortName(upper));
        return i;
    }

    /** One undoable command that adds the built cell (and its new materials) to {@code study}. */
    public static Command addCommand(EditingDomain domain, Study study, Built built) {
        CompoundCommand c = new CompoundCommand("Add cell " + built.cell().getName());
        if (!built.newMaterials().isEmpty()) {
            c.append(AddCommand.create(domain, study, InterphasePackage.Literals.STUDY__MATERIALS, built.newMaterials()));
        }
        c.append(AddCommand.create(domain, study, InterphasePackage.Literals.STUDY__CELLS, built.cell()));
        return c;
    }

    /** A new study named {@code name} holding the cell built from {@code spec}. */
    public static Study newStudy(String name, CellSpec spec) {
        Study study = F.createStudy();
        study.setName(name);
        Built built = build(study, spec);
        study.getMaterials().addAll(built.newMaterials());
        study.getCells().add(built.cell());
        return study;
    }

    private static Material material(Study study, List<Material> added, LayerSpec l) {
        if (l.material() == null || l.material().isBlank()) {
            return null;
        }
        for (Material m : study.getMaterials()) {
            if (Objects.equals(m.getName(), l.material())) {
                return m;
            }
        }
        for (Material m : added) {
            if (Objects.equals(m.getName(), l.material())) {
                return m;
            }
        }
        Material m = F.createMaterial();
        m.setName(l.material());
        m.setFormula(l.formula());
        m.setMaterialClass(l.materialClass());
        added.add(m);
        return m;
    }

    private static String shortName(Layer layer) {
        if (layer.getMaterial() != null && layer.getMaterial().getName() != null
                && !layer.getMaterial().getName().isBlank()) {
            return layer.getMaterial().getName().trim().split("\\s+")[0];
        }
        return layer.getName();
    }
}
