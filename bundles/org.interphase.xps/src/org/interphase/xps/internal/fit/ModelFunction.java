package org.interphase.xps.internal.fit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.interphase.xps.api.AmountKind;
import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.Backgrounds;
import org.interphase.xps.api.LineShape;
import org.interphase.xps.api.LineShapes;
import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.PeakModel;
import org.interphase.xps.api.TougaardCrossSection;

/**
 * Evaluates a {@link PeakModel} on a binding-energy grid: peak curves, background (held from the data or
 * refined) and envelope, plus a forward-difference Jacobian that recomputes only the peaks a parameter
 * touches (links included).
 */
public final class ModelFunction implements BoundedLevenbergMarquardt.Problem {

    private final double[] x;
    private final PeakModel model;
    private final ParameterTable table;
    private final double[] heldBackground;
    private final int lowEnd;
    private final TougaardCrossSection unitK;

    /** Prepares the model for data (x binding energies, y intensities used for held backgrounds and starts). */
    public ModelFunction(double[] x, double[] y, PeakModel model) {
        this(x, y, model, null);
    }

    /**
     * As {@link #ModelFunction(double[], double[], PeakModel)} with a held background computed by the caller
     * (e.g. with end levels from points outside x: {@link Backgrounds#held}); null computes it from x and y.
     */
    public ModelFunction(double[] x, double[] y, PeakModel model, double[] held) {
        if (held != null && held.length != x.length) {
            throw new IllegalArgumentException("the held background has " + held.length + " points, the data " + x.length);
        }
        this.x = x.clone();
        this.model = model;
        BackgroundSpec bg = model.background();
        this.lowEnd = x[x.length - 1] >= x[0] ? 0 : x.length - 1;
        this.unitK = bg.tougaard().withB(1);
        Map<String, Param> bgParams = new LinkedHashMap<>();
        if (bg.refined() && bg.kind() != BackgroundSpec.Kind.NONE) {
            this.heldBackground = null;
            int hiEnd = x.length - 1 - lowEnd;
            double yLow = Backgrounds.endAverage(y, lowEnd, bg.halfWidth(x));
            double yHigh = Backgrounds.endAverage(y, hiEnd, bg.halfWidth(x));
            bgParams.put("offset", Param.free(yLow));
            if (bg.kind() == BackgroundSpec.Kind.LINEAR) {
                bgParams.put("slope", Param.free((yHigh - yLow) / (x[hiEnd] - x[lowEnd])));
            } else {
                ParameterTable t0 = new ParameterTable(model, Map.of());
                double[] peaks = peakSum(t0.resolve(t0.start()), t0);
                double[] unit = bg.kind() == BackgroundSpec.Kind.SHIRLEY ? shirleyShape(peaks) : tougaardShape(peaks);
                double u = unit[hiEnd];
                bgParams.put("scale", Param.bounded(u > 0 ? Math.max(0, (yHigh - yLow) / u) : 0, 0,
                        Double.POSITIVE_INFINITY));
            }
        } else {
            this.heldBackground = held != null ? held.clone() : held(x, y, bg);
        }
        this.table = new ParameterTable(model, bgParams);
    }

    private static double[] held(double[] x, double[] y, BackgroundSpec bg) {
        int h = bg.halfWidth(x);
        return switch (bg.kind()) {
            case NONE -> new double[x.length];
            case LINEAR -> Backgrounds.linear(x, y, h);
            case SHIRLEY -> Backgrounds.shirley(x, y, new Backgrounds.ShirleyOptions(h, 0, bg.clamp()));
            case TOUGAARD -> Backgrounds.tougaard(x, y,
                    Backgrounds.fitB(x, y, 0, x.length - 1, bg.tougaard(), h, false), h, false);
        };
    }

    public ParameterTable table() {
        return table;
    }

    public PeakModel model() {
        return model;
    }

    public double[] x() {
        return x;
    }

    /** Area of the main line of peak k, from resolved values v. */
    public double mainArea(double[] v, int k) {
        Peak p = model.peaks().get(k);
        double amount = v[table.slot(k, 2)];
        double ratio = p.doublet().isPresent() ? v[table.slot(k, 4)] : 0;
        if (p.amountKind() == AmountKind.AREA) {
            return amount / (1 + ratio);
        }
        return amount / heightFactor(p.shape(), v[table.slot(k, 1)]);
    }

    /** Total area of peak k (both lines of a doublet). */
    public double totalArea(double[] v, int k) {
        Peak p = model.peaks().get(k);
        double ratio = p.doublet().isPresent() ? v[table.slot(k, 4)] : 0;
        return mainArea(v, k) * (1 + ratio);
    }

    /** Height of the main line of peak k. */
    public double height(double[] v, int k) {
        return mainArea(v, k) * heightFactor(model.peaks().get(k).shape(), v[table.slot(k, 1)]);
    }

    /** Maximum of a unit-area profile (at d = 0 for symmetric shapes, searched for asymmetric ones). */
    public static double heightFactor(LineShape s, double fwhm) {
        if (s instanceof LineShapes.GaussLorentzProduct || s instanceof LineShapes.GaussLorentzSum
                || s instanceof LineShapes.Voigt) {
            return s.value(0, fwhm);
        }
        double best = 0;
        for (int i = 0; i <= 600; i++) {
            best = Math.max(best, s.value(fwhm * (-1 + 3.0 * i / 600), fwhm));
        }
        return best;
    }

    /** Curve of one line. */
    private double[] line(LineShape s, double pos, double fwhm, double area, double[] into) {
        if (s instanceof LineShapes.GaussLorentzProduct gl) {
            // same formula as GaussLorentzProduct.value, with the normalisation looked up once per line
            double peak = area * s.value(0, fwhm);
            double g = -4 * Math.log(2) * (1 - gl.m());
            double l = 4 * gl.m();
            double inv = 1 / fwhm;
            for (int i = 0; i < x.length; i++) {
                double u = (x[i] - pos) * inv;
                double u2 = u * u;
                into[i] += peak * Math.exp(g * u2) / (1 + l * u2);
            }
            return into;
        }
        for (int i = 0; i < x.length; i++) {
            into[i] += area * s.value(x[i] - pos, fwhm);
        }
        return into;
    }

    /** Curve of peak k (both lines), from resolved values. */
    public double[] peakCurve(double[] v, int k) {
        double[] c = new double[x.length];
        Peak p = model.peaks().get(k);
        double pos = v[table.slot(k, 0)];
        double w = v[table.slot(k, 1)];
        double a = mainArea(v, k);
        line(p.shape(), pos, w, a, c);
        if (p.doublet().isPresent()) {
            line(p.shape(), pos + v[table.slot(k, 3)], w, a * v[table.slot(k, 4)], c);
        }
        return c;
    }

    /** Curves of each line: for a doublet, main then second line. */
    public double[][] lineCurves(double[] v, int k) {
        Peak p = model.peaks().get(k);
        double pos = v[table.slot(k, 0)];
        double w = v[table.slot(k, 1)];
        double a = mainArea(v, k);
        double[] main = line(p.shape(), pos, w, a, new double[x.length]);
        if (p.doublet().isEmpty()) {
            return new double[][] {main};
        }
        return new double[][] {main,
                line(p.shape(), pos + v[table.slot(k, 3)], w, a * v[table.slot(k, 4)], new double[x.length])};
    }

    private double[] peakSum(double[] v, ParameterTable t) {
        double[] s = new double[x.length];
        for (int k = 0; k < model.peaks().size(); k++) {
            Peak p = model.peaks().get(k);
            double ratio = p.doublet().isPresent() ? v[t.slot(k, 4)] : 0;
            double amount = v[t.slot(k, 2)];
            double w = v[t.slot(k, 1)];
            double a = p.amountKind() == AmountKind.AREA ? amount / (1 + ratio) : amount / heightFactor(p.shape(), w);
            line(p.shape(), v[t.slot(k, 0)], w, a, s);
            if (p.doublet().isPresent()) {
                line(p.shape(), v[t.slot(k, 0)] + v[t.slot(k, 3)], w, a * ratio, s);
            }
        }
        return s;
    }

    /** Cumulative trapezoid area of the peaks from the low-BE end. */
    private double[] shirleyShape(double[] peaks) {
        int n = x.length;
        double[] c = new double[n];
        int step = lowEnd == 0 ? 1 : -1;
        for (int i = lowEnd + step, m = 1; m < n; i += step, m++) {
            c[i] = c[i - step] + 0.5 * (peaks[i] + peaks[i - step]) * Math.abs(x[i] - x[i - step]);
        }
        return c;
    }

    /** Tougaard loss integral (B = 1) of the peaks: losses appear at higher binding energy. */
    private double[] tougaardShape(double[] peaks) {
        int n = x.length;
        double[] c = new double[n];
        double dx = n > 1 ? Math.abs(x[1] - x[0]) : 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                if (x[j] < x[i]) {
                    s += unitK.value(x[i] - x[j]) * peaks[j];
                }
            }
            c[i] = s * dx;
        }
        return c;
    }

    /** The background for resolved values v and the current peak sum. */
    public double[] background(double[] v, double[] peaks) {
        if (heldBackground != null) {
            return heldBackground;
        }
        double off = v[table.indexOf(ParameterTable.BACKGROUND + ".offset")];
        double[] b = new double[x.length];
        if (model.background().kind() == BackgroundSpec.Kind.LINEAR) {
            double slope = v[table.indexOf(ParameterTable.BACKGROUND + ".slope")];
            for (int i = 0; i < b.length; i++) {
                b[i] = off + slope * (x[i] - x[lowEnd]);
            }
            return b;
        }
        double scale = v[table.indexOf(ParameterTable.BACKGROUND + ".scale")];
        double[] u = model.background().kind() == BackgroundSpec.Kind.SHIRLEY ? shirleyShape(peaks)
                : tougaardShape(peaks);
        for (int i = 0; i < b.length; i++) {
            b[i] = off + scale * u[i];
        }
        return b;
    }

    /** Sum of all peaks. */
    public double[] peaks(double[] v) {
        return peakSum(v, table);
    }

    /** Envelope (background + peaks) for free parameter values p. */
    @Override
    public double[] values(double[] p) {
        double[] v = table.resolve(p);
        double[][] curves = new double[model.peaks().size()][];
        for (int k = 0; k < curves.length; k++) {
            curves[k] = peakCurve(v, k);
        }
        return envelope(v, curves);
    }

    private double[] envelope(double[] v, double[][] curves) {
        double[] s = new double[x.length];
        for (double[] c : curves) {
            for (int i = 0; i < s.length; i++) {
                s[i] += c[i];
            }
        }
        double[] b = background(v, s);
        for (int i = 0; i < s.length; i++) {
            s[i] += b[i];
        }
        return s;
    }

    /** Jacobian d envelope / d p (n x m), forward differences, only touched peaks recomputed. */
    @Override
    public double[][] jacobian(double[] p) {
        int n = x.length;
        int m = p.length;
        double[] v0 = table.resolve(p);
        int peaks = model.peaks().size();
        double[][] base = new double[peaks][];
        for (int k = 0; k < peaks; k++) {
            base[k] = peakCurve(v0, k);
        }
        double[] f0 = envelope(v0, base);
        double[][] jac = new double[n][m];
        double[][] curves = new double[peaks][];
        for (int j = 0; j < m; j++) {
            double h = 1e-6 * Math.max(Math.abs(p[j]), 1e-3);
            double[] q = p.clone();
            q[j] += h;
            double[] v = table.resolve(q);
            for (int k = 0; k < peaks; k++) {
                boolean touched = false;
                int slots = model.peaks().get(k).doublet().isPresent() ? 5 : 3;
                for (int s = 0; s < slots && !touched; s++) {
                    touched = v[table.slot(k, s)] != v0[table.slot(k, s)];
                }
                curves[k] = touched ? peakCurve(v, k) : base[k];
            }
            double[] f = envelope(v, curves);
            double inv = 1 / ((p[j] + h) - p[j]);
            for (int i = 0; i < n; i++) {
                jac[i][j] = (f[i] - f0[i]) * inv;
            }
        }
        return jac;
    }
}
