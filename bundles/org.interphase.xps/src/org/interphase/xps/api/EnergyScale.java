package org.interphase.xps.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;

import com.google.gson.Gson;

/**
 * Charge correction of the binding-energy scale by a reference peak (its maximum in a window) or a fitted
 * component, applied per spectrum (all regions shift together) and recorded in the model as an
 * {@link AnalysisResult} (the audit trail: reference, energies, shift, method, time, previous corrections).
 */
public final class EnergyScale {

    /** Default reference: adventitious C 1s C-C/C-H at 284.8 eV (DOMAIN.md section 2.2; 284.6 and 285.0 also used). */
    public static final double ADVENTITIOUS_C1S = 284.8;

    /** Algorithm id of the audit records. */
    public static final String ALGORITHM_ID = "org.interphase.xps.charge-correction";

    /** Version of the audit record format. */
    public static final String ALGORITHM_VERSION = "1.0.0";

    private EnergyScale() {
    }

    /**
     * The correction that moves the maximum of the region's intensity within [lo, hi] (binding energy) to
     * {@code referenceEnergy}; the maximum is refined by a parabola through the highest point and its
     * neighbours.
     */
    public static ChargeCorrection byPeakMaximum(XpsRegionData region, double lo, double hi, String reference,
            double referenceEnergy) {
        double[] x = region.bindingEnergy();
        double[] y = region.intensity();
        int best = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= Math.min(lo, hi) && x[i] <= Math.max(lo, hi) && (best < 0 || y[i] > y[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException(region.label() + ": no points between " + lo + " and " + hi + " eV");
        }
        double pos = x[best];
        if (best > 0 && best < x.length - 1) {
            double y0 = y[best - 1];
            double y1 = y[best];
            double y2 = y[best + 1];
            double den = y0 - 2 * y1 + y2;
            if (den < 0) {
                double t = 0.5 * (y0 - y2) / den; // offset in points
                pos = x[best] + t * (x[best + 1] - x[best - 1]) / 2;
            }
        }
        return new ChargeCorrection(reference, referenceEnergy, pos, "peak maximum in " + fmt(lo) + ".." + fmt(hi)
                + " eV", region.label(), Instant.now());
    }

    /** A given shift in eV (added to every binding energy), recorded as measured 0, reference {@code shift}. */
    public static ChargeCorrection byShift(double shift, String regionLabel) {
        return new ChargeCorrection("given shift", shift, 0, "given shift " + fmt(shift) + " eV", regionLabel,
                Instant.now());
    }

    /** The correction that moves a fitted component's position to {@code referenceEnergy}. */
    public static ChargeCorrection byComponent(FitResult fit, String component, String regionLabel, String reference,
            double referenceEnergy) {
        ComponentResult c = fit.component(component)
                .orElseThrow(() -> new IllegalArgumentException("the fit has no component '" + component + "'"));
        return new ChargeCorrection(reference, referenceEnergy, c.position(), "fitted component " + component,
                regionLabel, Instant.now());
    }

    /** The region with its energy scale corrected (BE + shift; KE - shift for kinetic data). */
    public static XpsRegionData apply(XpsRegionData r, ChargeCorrection c) {
        double s = r.energyKind() == EnergyKind.BINDING ? c.shift() : -c.shift();
        double[] e = r.energy().clone();
        for (int i = 0; i < e.length; i++) {
            e[i] += s;
        }
        Map<String, String> md = new LinkedHashMap<>(r.metadata());
        md.put("chargeCorrectionShiftEV", fmt(c.shift()));
        md.put("chargeCorrectionReference", c.reference() + " " + fmt(c.referenceEnergy()) + " eV");
        return new XpsRegionData(r.label(), r.species(), r.transition(), r.sourceEntry(), r.photonEnergy(),
                r.energyKind(), e, r.intensity(), r.unit(), r.dwellTime(), r.scans(), r.transmission(),
                r.casaRegions(), r.casaComponents(), md);
    }

    /**
     * Applies a correction to every region of a spectrum in the model and appends an audit record; the
     * shift is relative to the current (possibly already corrected) scale, so corrections accumulate.
     */
    public static AnalysisResult apply(XpsSpectrum spectrum, ChargeCorrection c) {
        double total = history(spectrum).stream().mapToDouble(ChargeCorrection::shift).sum() + c.shift();
        for (XpsRegion r : spectrum.getRegions()) {
            r.setBindingEnergyStartEV(r.getBindingEnergyStartEV() + c.shift());
            r.setBindingEnergyEndEV(r.getBindingEnergyEndEV() + c.shift());
        }
        AnalysisResult a = InterphaseFactory.eINSTANCE.createAnalysisResult();
        a.setName("Charge correction");
        a.setAlgorithmId(ALGORITHM_ID);
        a.setAlgorithmVersion(ALGORITHM_VERSION);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("reference", c.reference());
        settings.put("referenceEnergyEV", c.referenceEnergy());
        settings.put("measuredEnergyEV", c.measuredEnergy());
        settings.put("shiftEV", c.shift());
        settings.put("method", c.method());
        settings.put("region", c.region());
        settings.put("at", c.at().toString());
        a.setSettings(new Gson().toJson(settings));
        a.getInputs().add(c.region());
        a.setCreatedAt(Date.from(c.at()));
        a.setSummary(String.format(Locale.ROOT, "%s found at %.3f eV, set to %.3f eV: shift %+.3f eV (total %+.3f eV)",
                c.reference(), c.measuredEnergy(), c.referenceEnergy(), c.shift(), total));
        a.getParameters().add(param("shift", c.shift()));
        a.getParameters().add(param("totalShift", total));
        a.getParameters().add(param("measuredEnergy", c.measuredEnergy()));
        a.getParameters().add(param("referenceEnergy", c.referenceEnergy()));
        spectrum.getAnalyses().add(a);
        return a;
    }

    /** The corrections recorded on a spectrum, oldest first. */
    public static List<ChargeCorrection> history(XpsSpectrum spectrum) {
        List<ChargeCorrection> out = new ArrayList<>();
        for (AnalysisResult a : spectrum.getAnalyses()) {
            if (ALGORITHM_ID.equals(a.getAlgorithmId())) {
                parse(a.getSettings()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The audit record's settings JSON (a nested, not local, type: Gson skips local classes). */
    private record Settings(String reference, double referenceEnergyEV, double measuredEnergyEV, String method,
            String region, String at) {
    }

    private static Optional<ChargeCorrection> parse(String json) {
        Settings s = new Gson().fromJson(json, Settings.class);
        if (s == null || s.at() == null) {
            return Optional.empty();
        }
        return Optional.of(new ChargeCorrection(s.reference(), s.referenceEnergyEV(), s.measuredEnergyEV(), s.method(),
                s.region(), Instant.parse(s.at())));
    }

    private static ResultParameter param(String name, double value) {
        ResultParameter p = InterphaseFactory.eINSTANCE.createResultParameter();
        p.setName(name);
        p.setValue(value);
        p.setUnit("eV");
        p.setQuantity(QuantityKind.OTHER);
        return p;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
