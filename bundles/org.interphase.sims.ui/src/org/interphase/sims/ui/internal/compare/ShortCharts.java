package org.interphase.sims.ui.internal.compare;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.Chart;

/**
 * A chart shorter than {@value #SHORT} px (the compare tab's charts sit side by side in the 321 px editor of a
 * 1366 × 768 screen) gives the row of its title to the plot, and optionally the rows of its legend (moved beside
 * the plot; a legend of long entries stays below, beside it would take the plot's width); both come back when
 * the chart grows.
 */
final class ShortCharts {

    /** Below this chart height (px) a chart counts as short. */
    static final int SHORT = 300;

    private ShortCharts() {
    }

    static void install(Chart chart, boolean legendBeside) {
        chart.addListener(SWT.Resize, e -> {
            boolean small = chart.getSize().y < SHORT;
            if (chart.getTitle().isVisible() == small) {
                chart.getTitle().setVisible(!small);
                if (legendBeside) {
                    chart.getLegend().setPosition(small ? SWT.RIGHT : SWT.BOTTOM);
                }
            }
        });
    }
}
