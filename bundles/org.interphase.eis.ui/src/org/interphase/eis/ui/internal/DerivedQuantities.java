package org.interphase.eis.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.interphase.eis.api.EisResults;
import org.interphase.eis.api.FitRun;
import org.interphase.eis.api.PhysicalQuantities;
import org.interphase.eis.api.PhysicalQuantity;
import org.interphase.model.Cell;
import org.interphase.model.Layer;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;

/**
 * Physical quantities of a finished fit in the context of the study, as the result builder computes them
 * ({@link EisResults#quantities}: geometry from the model, bulk resistance from the user's tag), plus the
 * sentence the editor shows about where the geometry came from.
 */
public final class DerivedQuantities {

    private DerivedQuantities() {
    }

    /** The quantities of {@code run} for measurement {@code m}. */
    public static List<PhysicalQuantity> of(FitRun run, Measurement m) {
        return EisResults.quantities(run, m);
    }

    /** Thickness of the solid electrolyte and cell area, when the model has both. */
    public static Optional<PhysicalQuantities.Geometry> geometry(Measurement m) {
        return EisResults.geometry(m);
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
        Layer l = EisResults.electrolyte(cell).orElseThrow();
        return String.format(Locale.ROOT, "\u03C3 = L/(R A) with L = %s \u00B5m (%s), A = %s cm\u00B2 (cell)",
                Formats.number(l.getThicknessUm()), l.getName(), Formats.number(cell.getAreaCm2()));
    }
}
