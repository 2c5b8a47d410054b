package org.interphase.eis.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.interphase.eis.api.PhysicalQuantities;
import org.interphase.eis.api.PhysicalQuantity;
import org.interphase.model.Cell;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;

/**
 * Physical quantities of a finished fit in the context of the study: the pellet geometry comes from the
 * model (thickness of the cell's solid-electrolyte layer, the cell's area) and the bulk resistance is the
 * parameter the user tagged {@link QuantityKind#BULK_RESISTANCE}.
 */
public final class DerivedQuantities {

    private DerivedQuantities() {
    }

    /** The quantities of {@code run} for measurement {@code m}. */
    public static List<PhysicalQuantity> of(FitRun run, Measurement m) {
        Optional<String> bulk = run.names().stream().filter(n -> run.quantity(n) == QuantityKind.BULK_RESISTANCE)
                .findFirst();
        return PhysicalQuantities.of(run.circuit(), run.result(), geometry(m), bulk);
    }

    /** Thickness of the solid electrolyte and cell area, when the model has both. */
    public static Optional<PhysicalQuantities.Geometry> geometry(Measurement m) {
        if (!(m.eContainer() instanceof Cell cell) || !(cell.getAreaCm2() > 0)) {
            return Optional.empty();
        }
        return electrolyte(cell).map(l -> PhysicalQuantities.Geometry.of(l.getThicknessUm(), cell.getAreaCm2()));
    }

    /** Where the geometry comes from, or why there is no conductivity. */
    public static String note(FitRun run, Measurement m) {
        Optional<PhysicalQuantities.Geometry> g = geometry(m);
        boolean bulk = run.names().stream().anyMatch(n -> run.quantity(n) == QuantityKind.BULK_RESISTANCE);
        if (g.isEmpty()) {
            return "Conductivity needs the cell's area and its solid-electrolyte layer thickness in the model.";
        }
        if (!bulk) {
            return "Tag a resistance as bulk in the parameter table to get the ionic conductivity.";
        }
        Cell cell = (Cell) m.eContainer();
        Layer l = electrolyte(cell).orElseThrow();
        return String.format(Locale.ROOT, "\u03C3 = L/(R A) with L = %s \u00B5m (%s), A = %s cm\u00B2 (cell)",
                Formats.number(l.getThicknessUm()), l.getName(), Formats.number(cell.getAreaCm2()));
    }

    private static Optional<Layer> electrolyte(Cell cell) {
        return cell.getLayers().stream().filter(l -> l.getRole() == LayerRole.SOLID_ELECTROLYTE && l.getThicknessUm() > 0)
                .findFirst();
    }
}
