package org.interphase.xps.api;

import java.util.List;

import org.interphase.xps.internal.fit.ModelFunction;

/**
 * Turns picked {@link Species} into fit components: a doublet with the core level's fixed splitting and
 * 2j+1 ratio (one object, shared FWHM), position bounded to the species' range widened by a margin (for
 * referencing scatter), FWHM bounded to the core level's typical range, area &gt;= 0 with a start value
 * estimated from the data.
 */
public final class SpeciesModels {

    /** Default widening of a species' binding-energy range for the position bounds, eV. */
    public static final double DEFAULT_MARGIN = 0.5;

    private SpeciesModels() {
    }

    /** The component for a species with a given start area (total of both lines). */
    public static Peak peak(Species s, double area, double margin) {
        LineShape shape = LineShape.parse(s.lineShape());
        Param pos = Param.bounded(s.beDefault(), s.beMin() - margin, s.beMax() + margin);
        Param fwhm = Param.bounded(s.fwhmDefault(), s.fwhmMin(), s.fwhmMax());
        Param a = Param.bounded(Math.max(area, 0), 0, Double.POSITIVE_INFINITY);
        if (s.doublet().isPresent()) {
            Species.DoubletRule d = s.doublet().get();
            return Peak.doublet(s.label(), shape, pos, fwhm, a, Doublet.fixed(d.splitting(), d.ratio()));
        }
        return Peak.singlet(s.label(), shape, pos, fwhm, a);
    }

    /**
     * A model of the picked species on data x (binding energy), y, with start areas from the data: the net
     * intensity above a Shirley background at each species' default position, shared among species whose
     * defaults lie within 1.5 FWHM of each other (at least 2 % of the region's net area each).
     */
    public static PeakModel model(double[] x, double[] y, List<Species> picked, BackgroundSpec background) {
        double[] bg = Backgrounds.shirley(x, y, Math.max(background.halfWidth(), 0));
        double netTotal = 0;
        for (int i = 1; i < x.length; i++) {
            netTotal += Math.max(0, 0.5 * (y[i] + y[i - 1] - bg[i] - bg[i - 1])) * Math.abs(x[i] - x[i - 1]);
        }
        // a zero start area would leave position and FWHM without gradient: start at >= 2 % of the net area
        double floor = 0.02 * netTotal / Math.max(1, picked.size());
        PeakModel m = PeakModel.of(background);
        for (Species s : picked) {
            double net = Math.max(0, interpolate(x, y, s.beDefault()) - interpolate(x, bg, s.beDefault()));
            long near = picked.stream().filter(o -> Math.abs(o.beDefault() - s.beDefault()) < 1.5 * s.fwhmDefault())
                    .count();
            double h = net / Math.max(1, near);
            double ratio = s.doublet().map(Species.DoubletRule::ratio).orElse(0.0);
            double area = h / ModelFunction.heightFactor(LineShape.parse(s.lineShape()), s.fwhmDefault()) * (1 + ratio);
            Peak p = peak(s, Math.max(area, floor), DEFAULT_MARGIN);
            String name = p.name();
            for (int k = 2; m.peak(name).isPresent(); k++) {
                name = p.name() + "_" + k;
            }
            m = m.add(new Peak(name, p.shape(), p.position(), p.fwhm(), p.amount(), p.amountKind(), p.doublet()));
        }
        return m;
    }

    /** y at xv by linear interpolation (clamped to the ends). */
    static double interpolate(double[] x, double[] y, double xv) {
        int n = x.length;
        for (int i = 0; i < n - 1; i++) {
            double a = x[i];
            double b = x[i + 1];
            if ((xv - a) * (xv - b) <= 0) {
                return a == b ? y[i] : y[i] + (y[i + 1] - y[i]) * (xv - a) / (b - a);
            }
        }
        return Math.abs(xv - x[0]) < Math.abs(xv - x[n - 1]) ? y[0] : y[n - 1];
    }
}
