package org.interphase.eis.ui.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis tick labels that stay short over many decades: plain numbers between 0.01 and 9,999, otherwise
 * mantissa and power of ten ("2e6", "1.5e-4"), so megaohm axes do not print "8000000".
 */
final class TickFormat extends Format {

    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(Object obj, StringBuffer to, FieldPosition pos) {
        double v = ((Number) obj).doubleValue();
        double a = Math.abs(v);
        if (a == 0 || a >= 0.01 && a < 1e4) {
            return to.append(new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString());
        }
        int exp = (int) Math.floor(Math.log10(a));
        double m = v / Math.pow(10, exp);
        if (Math.abs(Math.abs(m) - 10) < 1e-9) {
            m /= 10;
            exp++;
        }
        String ms = String.format(Locale.ROOT, "%.2f", m).replaceAll("0+$", "").replaceAll("\\.$", "");
        return to.append(ms).append('e').append(exp);
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        // SWTChart parses its labels back (to check for duplicates): accept what format() writes
        String s = source.substring(pos.getIndex()).strip();
        try {
            Double d = Double.valueOf(s);
            pos.setIndex(source.length());
            return d;
        } catch (NumberFormatException e) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
    }
}
