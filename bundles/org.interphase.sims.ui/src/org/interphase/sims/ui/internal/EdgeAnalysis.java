package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.interphase.sims.api.EdgeModel;
import org.interphase.sims.api.EdgeResult;
import org.interphase.sims.api.EdgeScan;
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
        for (EdgeResult r : EdgeScan.signal(series, EdgeModel.ERF)) {
            rows.add(new EdgeRow(index, label, r.edge(), r.fit(), r.fitError()));
        }
        return rows;
    }
}
