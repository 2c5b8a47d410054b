package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.sims.api.Edge;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeFit;
import org.interphase.sims.api.EdgeFitException;
import org.interphase.sims.api.EdgeFits;
import org.interphase.sims.api.EdgeModel;
import org.interphase.sims.api.Interfaces;
import org.interphase.sims.api.Series;

/**
 * The rising and falling edges of a signal, with the conventions of the headless {@code sims-interfaces}
 * command (levels 0 and the largest finite value; erf fit in the automatic window).
 */
public final class EdgeAnalysis {

    private EdgeAnalysis() {
    }

    /** Both edges the signal has (zero, one or two rows). */
    public static List<EdgeRow> analyse(int index, String label, Series series) {
        List<EdgeRow> rows = new ArrayList<>();
        for (EdgeDirection dir : EdgeDirection.values()) {
            Optional<Edge> edge = Interfaces.edge(series, dir);
            if (edge.isEmpty()) {
                continue;
            }
            Optional<EdgeFit> fit = Optional.empty();
            String error = "";
            try {
                fit = Optional.of(EdgeFits.fit(series, edge.get(), EdgeModel.ERF));
            } catch (EdgeFitException e) {
                error = e.getMessage();
            }
            rows.add(new EdgeRow(index, label, edge.get(), fit, error));
        }
        return rows;
    }
}
