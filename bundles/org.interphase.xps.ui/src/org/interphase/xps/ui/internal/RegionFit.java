package org.interphase.xps.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.Backgrounds;
import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.LineShape;
import org.interphase.xps.api.MonteCarlo;
import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.PeakModel;
import org.interphase.xps.api.Species;
import org.interphase.xps.api.SpeciesModels;
import org.interphase.xps.api.TougaardCrossSection;
import org.interphase.xps.api.XpsRegionData;

/**
 * The fit set-up of one region as the editor holds it: the (charge-corrected) data, the fitted binding
 * energy window, the background kind, the component rows, and the last fit and Monte Carlo results. No SWT.
 */
public final class RegionFit {

    /** End-point averaging half width, points. */
    public static final int HALF_WIDTH = 2;

    private XpsRegionData data;
    private double lo;
    private double hi;
    private BackgroundSpec.Kind background = BackgroundSpec.Kind.SHIRLEY;
    private double windowEV;
    private boolean clamp;
    private final List<ComponentRow> rows = new ArrayList<>();
    private Optional<FitResult> fit = Optional.empty();
    private Optional<MonteCarlo.Result> monteCarlo = Optional.empty();

    public RegionFit(XpsRegionData data) {
        this.data = data;
        double[] x = data.bindingEnergy();
        lo = Math.min(x[0], x[x.length - 1]);
        hi = Math.max(x[0], x[x.length - 1]);
    }

    public XpsRegionData data() {
        return data;
    }

    /** Replaces the data (after a charge correction), moving the window and start positions by the shift. */
    public void setData(XpsRegionData d, double shift) {
        data = d;
        lo += shift;
        hi += shift;
        for (ComponentRow r : rows) {
            if (r.link(ComponentRow.Field.POSITION).isEmpty()) {
                r.setValue(ComponentRow.Field.POSITION, r.value(ComponentRow.Field.POSITION) + shift);
            }
        }
        clearResults();
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    /** Sets the fitted window (binding energy, either order); needs at least 5 points inside. */
    public void setRange(double a, double b) {
        double l = Math.min(a, b);
        double h = Math.max(a, b);
        int n = 0;
        for (double v : data.bindingEnergy()) {
            n += v >= l && v <= h ? 1 : 0;
        }
        if (n < 5) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "only %d points between %.2f and %.2f eV (need 5)", n, l, h));
        }
        lo = l;
        hi = h;
        clearResults();
    }

    public BackgroundSpec.Kind backgroundKind() {
        return background;
    }

    public void setBackgroundKind(BackgroundSpec.Kind k) {
        background = k;
        clearResults();
    }

    /** End points averaged over this window in eV (0: over 2 HALF_WIDTH + 1 points). */
    public double windowEV() {
        return windowEV;
    }

    /** Whether a Shirley background is held below the data envelope (weak, noisy regions). */
    public boolean clamp() {
        return clamp;
    }

    /** Sets the end-point averaging window (eV, 0 for the default 5 points) and the Shirley clamp. */
    public void setAveraging(double window, boolean clampShirley) {
        if (!(window >= 0) || !Double.isFinite(window)) {
            throw new IllegalArgumentException("the averaging window must be >= 0 eV, not " + window);
        }
        windowEV = window;
        clamp = clampShirley;
        clearResults();
    }

    /** The background spec for the fit (held, not refined; end points averaged as set). */
    public BackgroundSpec backgroundSpec() {
        return new BackgroundSpec(background, false, HALF_WIDTH, TougaardCrossSection.universal(), windowEV, clamp);
    }

    public List<ComponentRow> rows() {
        return rows;
    }

    /** Binding energies and CPS inside the window: {x, y}. */
    public double[][] window() {
        double[] x = data.bindingEnergy();
        double[] y = data.cps();
        int n = 0;
        for (double v : x) {
            n += v >= lo && v <= hi ? 1 : 0;
        }
        double[] wx = new double[n];
        double[] wy = new double[n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lo && x[i] <= hi) {
                wx[k] = x[i];
                wy[k++] = y[i];
            }
        }
        return new double[][] { wx, wy };
    }

    /** Indices of the first and last point of the window in the region's data (the window is contiguous). */
    public int[] range() {
        double[] x = data.bindingEnergy();
        int from = -1;
        int to = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lo && x[i] <= hi) {
                from = from < 0 ? i : from;
                to = i;
            }
        }
        return new int[] { from, to };
    }

    /** The background over the window before any fit: the one the fit holds and xps-background gives. */
    public double[] previewBackground() {
        int[] r = range();
        return Backgrounds.held(data.bindingEnergy(), data.cps(), r[0], r[1], backgroundSpec());
    }

    /** Adds the library species' component(s), with start areas estimated from the window's data. */
    public void addSpecies(Species s) {
        double[][] w = window();
        PeakModel m = SpeciesModels.model(w[0], w[1], List.of(s), backgroundSpec());
        Peak p = m.peaks().get(0);
        String name = unique(p.name());
        rows.add(new ComponentRow(new Peak(name, p.shape(), p.position(), p.fwhm(), p.amount(), p.amountKind(),
                p.doublet()), Optional.of(s.label())));
        clearResults();
    }

    /**
     * Adds a plain GL(30) singlet at {@code position}: FWHM 1.2 eV (0.3..4), position bounded to the window,
     * area from the net height there.
     */
    public void addPlain(double position) {
        double[][] w = window();
        double[] bg = previewBackground();
        double h = 0;
        double best = Double.POSITIVE_INFINITY;
        double min = java.util.Arrays.stream(w[1]).min().orElse(0);
        for (int i = 0; i < w[0].length; i++) {
            double d = Math.abs(w[0][i] - position);
            if (d < best) {
                best = d;
                // net height over the background, or over the window's minimum when the background is above
                h = w[1][i] - bg[i] > 0 ? w[1][i] - bg[i] : Math.max(0, w[1][i] - min);
            }
        }
        double fwhm = 1.2;
        double area = Math.max(h * fwhm * 1.1, 1e-6);
        Peak p = Peak.singlet(unique("C" + (rows.size() + 1)), LineShape.parse("GL(30)"),
                Param.bounded(position, lo, hi), Param.bounded(fwhm, 0.3, 4), Param.bounded(area, 0,
                        Double.POSITIVE_INFINITY));
        rows.add(new ComponentRow(p, Optional.empty()));
        clearResults();
    }

    private String unique(String base) {
        String name = base;
        for (int k = 2; exists(name); k++) {
            name = base + "_" + k;
        }
        return name;
    }

    private boolean exists(String name) {
        return rows.stream().anyMatch(r -> r.name().equals(name));
    }

    /** The model to fit. */
    public PeakModel model() {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("add at least one component");
        }
        return new PeakModel(rows.stream().map(ComponentRow::toPeak).toList(), backgroundSpec());
    }

    /** Fit options: Poisson weights with the region's counts-to-CPS factor. */
    public FitOptions options() {
        return FitOptions.poisson(data.poissonFactor());
    }

    public Optional<FitResult> fit() {
        return fit;
    }

    /** Stores a fit and takes its values as the new start values. */
    public void setFit(FitResult r) {
        fit = Optional.of(r);
        monteCarlo = Optional.empty();
        for (ComponentRow row : rows) {
            r.component(row.name()).ifPresent(c -> row.update(c.position(), c.fwhm(), c.area()));
        }
    }

    public Optional<MonteCarlo.Result> monteCarlo() {
        return monteCarlo;
    }

    public void setMonteCarlo(MonteCarlo.Result r) {
        monteCarlo = Optional.of(r);
    }

    /** Shows the current start values as the result (no fit): used after a component was dragged. */
    public void preview() {
        int[] r = range();
        fit = Optional.of(org.interphase.xps.api.PeakFitter.evaluate(data.bindingEnergy(), data.cps(), r[0], r[1],
                model(), options()));
        monteCarlo = Optional.empty();
    }

    /** Puts back an earlier result as it was (undo), without touching the start values. */
    public void restore(Optional<FitResult> previous, Optional<MonteCarlo.Result> previousMonteCarlo) {
        fit = previous;
        monteCarlo = previousMonteCarlo;
    }

    /** Forgets results (the set-up changed). */
    public void clearResults() {
        fit = Optional.empty();
        monteCarlo = Optional.empty();
    }
}
