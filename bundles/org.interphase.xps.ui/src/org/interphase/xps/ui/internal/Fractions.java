package org.interphase.xps.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.interphase.xps.api.ComponentResult;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.Quantification;
import org.interphase.xps.api.XpsResults;

/**
 * Quantities derived from fits: each component's share of its region's area (the species fraction, RSF
 * cancels within one core level) and atomic % across fitted regions with RSFs, both with propagated errors
 * ({@link Quantification}).
 */
public final class Fractions {

    private Fractions() {
    }

    /** Species fractions (% of the region's fitted area) of one fit, in component order ({@link XpsResults}). */
    public static List<Quantification.Result> speciesFractions(FitResult fit) {
        return XpsResults.speciesFractions(fit);
    }

    /**
     * Atomic % across regions: one item per fitted region with its total area, the error of the sum (areas
     * taken as independent) and the region's RSF.
     *
     * @param fits region label to fit
     * @param rsf  region label to RSF
     */
    public static List<Quantification.Result> atomicPercent(Map<String, FitResult> fits, Map<String, Double> rsf) {
        List<Quantification.Item> items = new ArrayList<>();
        fits.forEach((label, fit) -> {
            double a = 0;
            double v = 0;
            for (ComponentResult c : fit.components()) {
                a += c.area();
                v += Double.isFinite(c.areaError()) ? c.areaError() * c.areaError() : 0;
            }
            items.add(new Quantification.Item(label, a, Math.sqrt(v), rsf.getOrDefault(label, 1.0), 0, 1));
        });
        return Quantification.atomicPercent(items, Quantification.Options.rsfOnly());
    }
}
