package org.interphase.ui.chart;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Collection;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Makes the plot areas of charts stacked on a shared x axis line up to the pixel: SWTChart sizes the y axis by its
 * widest tick label, so every y tick label is padded on the left to the same width in pixels: figure spaces (U+2007,
 * as wide as a digit) and then hair spaces (U+200A) for the last pixels that signs, points and exponents leave.
 */
public final class AlignedTicks {

    /** Width of every y tick label, in digit widths: sign, up to four significant digits, point, short exponent. */
    static final int WIDTH = 9;
    private static final char FIGURE_SPACE = '\u2007';
    private static final char HAIR_SPACE = '\u200A';

    private AlignedTicks() {
    }

    /** Gives the first y axis of each chart labels of equal width, in plain or scientific notation by its range. */
    public static void alignYAxes(Collection<Chart> charts) {
        for (Chart chart : charts) {
            IAxis y = chart.getAxisSet().getYAxis(0);
            y.getTick().setFormat(new Padded(chart, y));
        }
    }

    /** The text of a tick label for {@code value} on an axis spanning {@code range} (unpadded). */
    static String label(double value, Range range) {
        double magnitude = Math.max(Math.abs(range.lower), Math.abs(range.upper));
        String text;
        if (value == 0) {
            text = "0";
        } else if (magnitude >= 1e5 || magnitude < 1e-2) {
            text = String.format(java.util.Locale.ROOT, "%.2e", value).replace("e+0", "e").replace("e-0", "e-")
                    .replace("e+", "e");
        } else {
            // Enough decimals to tell ticks of this span apart, no trailing zeros.
            int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.max(range.upper - range.lower, 1e-300))));
            text = new BigDecimal(value).setScale(Math.min(decimals, 6), java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString();
        }
        return text;
    }

    private static final class Padded extends Format {
        private static final long serialVersionUID = 1L;
        private final Chart chart;
        private final IAxis axis;

        Padded(Chart chart, IAxis axis) {
            this.chart = chart;
            this.axis = axis;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            String text = label(((Number) value).doubleValue(), axis.getRange());
            GC gc = new GC(chart);
            try {
                gc.setFont(axis.getTick().getFont());
                int target = gc.stringExtent("0".repeat(WIDTH)).x;
                StringBuilder padded = new StringBuilder(text);
                while (gc.stringExtent(FIGURE_SPACE + padded.toString()).x <= target) {
                    padded.insert(0, FIGURE_SPACE);
                }
                while (gc.stringExtent(HAIR_SPACE + padded.toString()).x <= target) {
                    padded.insert(0, HAIR_SPACE);
                }
                return to.append(padded);
            } finally {
                gc.dispose();
            }
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            // SWTChart parses its labels back to hide ticks that round to the same text.
            String text = source.substring(position.getIndex()).replace(FIGURE_SPACE, ' ').replace(HAIR_SPACE, ' ')
                    .trim();
            try {
                Double value = Double.valueOf(text);
                position.setIndex(source.length());
                return value;
            } catch (NumberFormatException e) {
                position.setErrorIndex(position.getIndex());
                return null;
            }
        }
    }
}
