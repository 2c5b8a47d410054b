package org.interphase.xps.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.interphase.xps.internal.fit.BoundedLevenbergMarquardt;
import org.interphase.xps.internal.fit.ModelFunction;
import org.interphase.xps.internal.fit.ParameterTable;

/**
 * One fit model applied to a series of spectra of the same core level (e.g. S 2p after 0, 1, 10 cycles) in
 * one joint weighted least-squares fit: parameters named as shared (by kind, {@code position} /
 * {@code fwhm}, or by full name, {@code Li2S.position}) are one unknown for the whole series, every other
 * free parameter (areas, refined background) is one unknown per spectrum. This is the "global analysis" of a
 * series (Beechem, Methods Enzymol. 210 (1992) 37; for XPS series e.g. Major et al., J. Vac. Sci. Technol. A
 * 38 (2020) 061203, who recommend common positions and widths across related spectra): sharing makes the
 * areas comparable across the series and lowers their variance.
 * <p>
 * Errors: the covariance is (J^T W J)^-1 of the joint problem; each spectrum's {@link FitResult} carries
 * the block of that covariance over its own and the shared parameters, so its errors include the
 * uncertainty of the shared ones. Species fractions carry delta-method errors from the same covariance.
 */
public final class SeriesFitter {

    private SeriesFitter() {
    }

    /**
     * One spectrum of a series.
     *
     * @param label     shown name, e.g. "cycle 10"
     * @param x         binding energies
     * @param y         intensities (CPS)
     * @param cpsFactor counts = y / cpsFactor (Poisson weights)
     * @param spectrum  the whole region x and y were cut from (null: none), whose points outside the window a
     *                  held background's end levels use, as in {@link PeakFitter#fit(double[], double[], int, int,
     *                  PeakModel, FitOptions)}
     * @param from      first point of the window in {@code spectrum}
     */
    public record Member(String label, double[] x, double[] y, double cpsFactor, double[][] spectrum, int from) {
        public Member {
            if (x.length != y.length || x.length < 2) {
                throw new IllegalArgumentException(label + ": x and y need at least 2 points of equal count");
            }
            if (spectrum != null && (spectrum.length != 2 || spectrum[0].length != spectrum[1].length || from < 0
                    || from + x.length > spectrum[0].length)) {
                throw new IllegalArgumentException(label + ": the window does not lie in its spectrum");
            }
        }

        /** A member without its surrounding spectrum (a held background from the window's own points). */
        public Member(String label, double[] x, double[] y, double cpsFactor) {
            this(label, x, y, cpsFactor, null, 0);
        }

        /** The points from..to (inclusive) of a region, with the region kept for the held background. */
        public static Member window(String label, double[] fullX, double[] fullY, int from, int to, double cpsFactor) {
            if (fullX.length != fullY.length || from < 0 || to >= fullX.length || to <= from) {
                throw new IllegalArgumentException(label + ": bad window " + from + ".." + to);
            }
            return new Member(label, java.util.Arrays.copyOfRange(fullX, from, to + 1),
                    java.util.Arrays.copyOfRange(fullY, from, to + 1), cpsFactor, new double[][] { fullX, fullY }, from);
        }

        double[] held(PeakModel model) {
            return spectrum == null ? null : PeakFitter.heldOf(spectrum[0], spectrum[1], from, from + x.length - 1, model);
        }
    }

    /**
     * A species fraction within one spectrum: component area / sum of areas, in %.
     *
     * @param name    component name
     * @param percent area %
     * @param error   standard error, % (NaN when undetermined)
     */
    public record Fraction(String name, double percent, double error) {
    }

    /**
     * The outcome.
     *
     * @param fits       one result per member, in order (parameters, components, curves on its grid)
     * @param fractions  per member, one fraction per component
     * @param shared     names of the parameters fitted once for the series
     * @param chi2       joint weighted sum of squares
     * @param dof        joint points - joint free parameters
     * @param iterations Jacobian evaluations
     * @param converged  whether the tolerance was met
     */
    public record Result(List<FitResult> fits, List<List<Fraction>> fractions, List<String> shared, double chi2,
            int dof, int iterations, boolean converged) {
        public Result {
            fits = List.copyOf(fits);
            fractions = fractions.stream().map(List::copyOf).toList();
            shared = List.copyOf(shared);
        }

        /** chi2 / dof. */
        public double reducedChi2() {
            return dof > 0 ? chi2 / dof : Double.NaN;
        }
    }

    /**
     * Fits {@code model} to every member jointly.
     *
     * @param members   the series (at least one)
     * @param model     the model; its free area start values are for the first member and are scaled to the
     *                  others by their net (above-minimum) integrated intensity
     * @param shared    parameter kinds ({@code position}, {@code fwhm}, {@code splitting}, {@code ratio}) or
     *                  full names ({@code A.position}) fitted once for the series
     * @param weighting residual weighting (POISSON_MODEL is treated as POISSON)
     */
    public static Result fit(List<Member> members, PeakModel model, Set<String> shared,
            FitOptions.Weighting weighting) {
        return fit(members, model, shared, weighting, () -> false);
    }

    /**
     * The same, cancellable: {@code cancelled} is polled at every Jacobian evaluation and a
     * {@link java.util.concurrent.CancellationException} ends the fit when it answers true.
     */
    public static Result fit(List<Member> members, PeakModel model, Set<String> shared,
            FitOptions.Weighting weighting, java.util.function.BooleanSupplier cancelled) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one spectrum");
        }
        FitOptions.Weighting wk = weighting == FitOptions.Weighting.POISSON_MODEL ? FitOptions.Weighting.POISSON
                : weighting;
        int s = members.size();
        ModelFunction[] fs = new ModelFunction[s];
        double net0 = net(members.get(0));
        for (int i = 0; i < s; i++) {
            Member mb = members.get(i);
            for (int k = 0; k < mb.x().length; k++) {
                if (!Double.isFinite(mb.x()[k]) || !Double.isFinite(mb.y()[k])) {
                    throw new IllegalArgumentException(mb.label() + ": non-finite value at point " + k);
                }
            }
            PeakModel scaled = scaledAreas(model, net0 > 0 ? net(mb) / net0 : 1);
            fs[i] = new ModelFunction(mb.x(), mb.y(), scaled, mb.held(scaled));
        }
        Joint joint = new Joint(fs, shared, cancelled);
        double[] y = concat(members.stream().map(Member::y).toList());
        double[] w = new double[y.length];
        for (int i = 0, off = 0; i < s; i++) {
            Member mb = members.get(i);
            double[] wi = PeakFitter.weights(mb.y(), mb.cpsFactor(), wk);
            System.arraycopy(wi, 0, w, off, wi.length);
            off += wi.length;
        }
        FitOptions opts = new FitOptions(wk, 1, 200, 1e-10);
        BoundedLevenbergMarquardt.Result r = BoundedLevenbergMarquardt.minimise(joint, y, w, joint.start, joint.lo,
                joint.hi, opts.maxIterations(), opts.tolerance());
        int dof = y.length - r.p().length;
        double scale = opts.covarianceScale(dof > 0 ? r.chi2() / dof : Double.NaN);
        double[][] cov = PeakFitter.covariance(r, w, scale);
        List<FitResult> fits = new ArrayList<>();
        List<List<Fraction>> fractions = new ArrayList<>();
        for (int i = 0, off = 0; i < s; i++) {
            Member mb = members.get(i);
            int[] g = joint.map[i];
            double[] pl = joint.local(r.p(), i);
            double[] fi = fs[i].values(pl);
            double[] wi = Arrays.copyOfRange(w, off, off + mb.y().length);
            off += mb.y().length;
            double chi2 = 0;
            for (int k = 0; k < fi.length; k++) {
                chi2 += wi[k] * (mb.y()[k] - fi[k]) * (mb.y()[k] - fi[k]);
            }
            boolean[] atBound = new boolean[g.length];
            double[][] cl = new double[g.length][g.length];
            for (int a = 0; a < g.length; a++) {
                atBound[a] = r.atBound()[g[a]];
                for (int b = 0; b < g.length; b++) {
                    cl[a][b] = cov[g[a]][g[b]];
                }
            }
            BoundedLevenbergMarquardt.Result local = new BoundedLevenbergMarquardt.Result(pl, chi2, r.iterations(),
                    r.converged(), atBound, null);
            fits.add(PeakFitter.result(fs[i], mb.y(), wi, local, new FitOptions(wk, mb.cpsFactor(), 200, 1e-10),
                    r.iterations(), cl, scale));
            fractions.add(fractions(fs[i], pl, cl, atBound));
        }
        return new Result(fits, fractions, joint.sharedNames, r.chi2(), dof, r.iterations(), r.converged());
    }

    /** Area % of each component of one spectrum with delta-method errors from its covariance block. */
    private static List<Fraction> fractions(ModelFunction f, double[] p, double[][] cov, boolean[] atBound) {
        int peaks = f.model().peaks().size();
        double[] f0 = shares(f, p);
        double[][] grad = new double[peaks][p.length];
        for (int j = 0; j < p.length; j++) {
            if (atBound[j]) {
                continue;
            }
            double h = 1e-6 * Math.max(Math.abs(p[j]), 1e-3);
            double[] q = p.clone();
            q[j] += h;
            double[] f1 = shares(f, q);
            for (int k = 0; k < peaks; k++) {
                grad[k][j] = (f1[k] - f0[k]) / (q[j] - p[j]);
            }
        }
        List<Fraction> out = new ArrayList<>();
        for (int k = 0; k < peaks; k++) {
            double var = 0;
            for (int a = 0; a < p.length; a++) {
                for (int b = 0; b < p.length; b++) {
                    if (grad[k][a] != 0 && grad[k][b] != 0) {
                        var += grad[k][a] * cov[a][b] * grad[k][b];
                    }
                }
            }
            out.add(new Fraction(f.model().peaks().get(k).name(), f0[k], var >= 0 ? Math.sqrt(var) : Double.NaN));
        }
        return out;
    }

    private static double[] shares(ModelFunction f, double[] p) {
        double[] v = f.table().resolve(p);
        int peaks = f.model().peaks().size();
        double[] a = new double[peaks];
        double sum = 0;
        for (int k = 0; k < peaks; k++) {
            a[k] = f.totalArea(v, k);
            sum += a[k];
        }
        for (int k = 0; k < peaks; k++) {
            a[k] = sum > 0 ? 100 * a[k] / sum : Double.NaN;
        }
        return a;
    }

    /** Integrated intensity above the minimum (trapezoid), for scaling start areas. */
    private static double net(Member m) {
        double min = Arrays.stream(m.y()).min().orElse(0);
        double s = 0;
        for (int i = 1; i < m.x().length; i++) {
            s += 0.5 * (m.y()[i] + m.y()[i - 1] - 2 * min) * Math.abs(m.x()[i] - m.x()[i - 1]);
        }
        return s;
    }

    private static PeakModel scaledAreas(PeakModel model, double factor) {
        PeakModel m = model;
        for (Peak p : model.peaks()) {
            if (p.amount().isFree() && p.amountKind() == AmountKind.AREA && Double.isFinite(factor) && factor > 0) {
                double v = Math.min(Math.max(p.amount().value() * factor, p.amount().min()), p.amount().max());
                m = m.set(p.name(), "area", new Param(v, p.amount().min(), p.amount().max(), false,
                        p.amount().link()));
            }
        }
        return m;
    }

    private static double[] concat(List<double[]> parts) {
        double[] out = new double[parts.stream().mapToInt(a -> a.length).sum()];
        int off = 0;
        for (double[] a : parts) {
            System.arraycopy(a, 0, out, off, a.length);
            off += a.length;
        }
        return out;
    }

    /** The joint problem: global parameter vector, each spectrum's free parameters mapped into it. */
    private static final class Joint implements BoundedLevenbergMarquardt.Problem {
        final ModelFunction[] fs;
        final int[][] map;
        final double[] start;
        final double[] lo;
        final double[] hi;
        final List<String> sharedNames = new ArrayList<>();
        final java.util.function.BooleanSupplier cancelled;

        Joint(ModelFunction[] fs, Set<String> shared, java.util.function.BooleanSupplier cancelled) {
            this.fs = fs;
            this.cancelled = cancelled;
            this.map = new int[fs.length][];
            Map<String, Integer> sharedIndex = new LinkedHashMap<>();
            List<double[]> bounds = new ArrayList<>();
            for (int i = 0; i < fs.length; i++) {
                ParameterTable t = fs[i].table();
                int[] free = t.free();
                double[] st = t.start();
                double[] l = t.lower();
                double[] h = t.upper();
                map[i] = new int[free.length];
                for (int k = 0; k < free.length; k++) {
                    String name = t.name(free[k]);
                    String kind = name.substring(name.lastIndexOf('.') + 1);
                    boolean isShared = !name.startsWith(ParameterTable.BACKGROUND + ".")
                            && (shared.contains(name) || shared.contains(kind));
                    Integer g = isShared ? sharedIndex.get(name) : null;
                    if (g == null) {
                        g = bounds.size();
                        bounds.add(new double[] {st[k], l[k], h[k]});
                        if (isShared) {
                            sharedIndex.put(name, g);
                            sharedNames.add(name);
                        }
                    }
                    map[i][k] = g;
                }
            }
            start = bounds.stream().mapToDouble(b -> b[0]).toArray();
            lo = bounds.stream().mapToDouble(b -> b[1]).toArray();
            hi = bounds.stream().mapToDouble(b -> b[2]).toArray();
        }

        double[] local(double[] p, int i) {
            double[] q = new double[map[i].length];
            for (int k = 0; k < q.length; k++) {
                q[k] = p[map[i][k]];
            }
            return q;
        }

        @Override
        public double[] values(double[] p) {
            List<double[]> parts = new ArrayList<>();
            for (int i = 0; i < fs.length; i++) {
                parts.add(fs[i].values(local(p, i)));
            }
            return concat(parts);
        }

        @Override
        public double[][] jacobian(double[] p) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("series fit cancelled");
            }
            int n = 0;
            for (ModelFunction f : fs) {
                n += f.x().length;
            }
            double[][] jac = new double[n][p.length];
            int row = 0;
            for (int i = 0; i < fs.length; i++) {
                double[][] ji = fs[i].jacobian(local(p, i));
                for (double[] r : ji) {
                    for (int k = 0; k < map[i].length; k++) {
                        jac[row][map[i][k]] += r[k];
                    }
                    row++;
                }
            }
            return jac;
        }
    }
}
