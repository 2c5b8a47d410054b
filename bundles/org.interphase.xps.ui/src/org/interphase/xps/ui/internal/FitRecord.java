package org.interphase.xps.ui.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Interphase;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.ResultSeries;
import org.interphase.xps.api.ComponentResult;
import org.interphase.xps.api.Distribution;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.MonteCarlo;
import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.Quantification;

import com.google.gson.GsonBuilder;

/**
 * The {@link AnalysisResult} of a saved XPS fit (algorithm {@value #ALGORITHM_ID}): settings JSON of the
 * model, the data file's hash, one SPECIES_FRACTION parameter per component linked to the measurement's
 * interface (and to an existing {@link Interphase} of that interface whose species equals the component's
 * library formula; none is created), the envelope as a small series; added by one undoable command.
 */
public final class FitRecord {

    /** Algorithm id. */
    public static final String ALGORITHM_ID = "xps.fit";
    /** Algorithm version. */
    public static final String ALGORITHM_VERSION = "1.0.0";

    private static final double Z95 = 1.959963984540054;

    private FitRecord() {
    }

    /** The result for one region's fit, not yet in the model. */
    public static AnalysisResult build(Measurement m, String regionLabel, RegionFit rf, String sha256) {
        FitResult fit = rf.fit().orElseThrow(() -> new IllegalStateException("fit the region first"));
        Optional<MonteCarlo.Result> mc = rf.monteCarlo();
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AnalysisResult a = f.createAnalysisResult();
        a.setName("XPS fit " + regionLabel);
        a.setAlgorithmId(ALGORITHM_ID);
        a.setAlgorithmVersion(ALGORITHM_VERSION);
        a.setSettings(settings(regionLabel, rf, fit));
        a.getInputs().add("sha256:" + sha256);
        a.setCreatedAt(new Date());
        List<Quantification.Result> fr = Fractions.speciesFractions(fit);
        StringBuilder sum = new StringBuilder(String.format(Locale.ROOT, "%s, %s background, reduced chi2 %.3f:",
                regionLabel, rf.backgroundKind().name().toLowerCase(Locale.ROOT), fit.reducedChi2()));
        for (int k = 0; k < fit.components().size(); k++) {
            ComponentResult c = fit.components().get(k);
            Quantification.Result q = fr.get(k);
            ComponentRow row = rf.rows().stream().filter(r -> r.name().equals(c.name())).findFirst().orElse(null);
            Optional<String> species = row == null ? Optional.empty() : row.species();
            sum.append(String.format(Locale.ROOT, " %s %.2f eV %.1f %%", c.name(), c.position(), q.atomicPercent()));
            ResultParameter p = f.createResultParameter();
            p.setName(c.name() + " fraction of " + regionLabel);
            p.setValue(q.atomicPercent());
            p.setUnit("%");
            p.setQuantity(QuantityKind.SPECIES_FRACTION);
            Optional<Distribution> d = mc.flatMap(r -> r.atomicPercent().stream()
                    .filter(x -> x.name().equals(c.name() + ".atomicPercent")).findFirst());
            if (d.isPresent()) {
                p.setStandardError(d.get().sd());
                p.setLower95(d.get().lower95());
                p.setUpper95(d.get().upper95());
            } else {
                double e = q.atomicPercentError();
                p.setStandardError(e);
                p.setLower95(Double.isFinite(e) ? q.atomicPercent() - Z95 * e : Double.NaN);
                p.setUpper95(Double.isFinite(e) ? q.atomicPercent() + Z95 * e : Double.NaN);
            }
            p.setInterface(m.getInterface());
            p.setCycleState(m.getCycleState());
            interphase(m.getInterface(), species).ifPresent(p::setInterphase);
            a.getParameters().add(p);
            a.getParameters().add(plain(m, c.name() + " position", c.position(), c.positionError(), "eV"));
        }
        a.setSummary(sum.toString());
        ResultSeries s = f.createResultSeries();
        s.setName("envelope " + regionLabel);
        s.setXLabel("Binding energy / eV");
        s.setYLabel("Intensity / counts s-1");
        s.setX(fit.x().clone());
        s.setY(fit.envelope().clone());
        a.getSeries().add(s);
        return a;
    }

    /** The command that adds the result to the measurement's analyses. */
    public static Command command(EditingDomain domain, Measurement m, AnalysisResult a) {
        return AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, a);
    }

    /** The existing interphase of the interface whose species equals the formula (case and spaces ignored). */
    static Optional<Interphase> interphase(Interface iface, Optional<String> species) {
        if (iface == null || species.isEmpty()) {
            return Optional.empty();
        }
        String k = key(species.get());
        return iface.getInterphases().stream().filter(i -> i.getSpecies() != null && key(i.getSpecies()).equals(k))
                .findFirst();
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static ResultParameter plain(Measurement m, String name, double v, double e, String unit) {
        ResultParameter p = InterphaseFactory.eINSTANCE.createResultParameter();
        p.setName(name);
        p.setValue(v);
        p.setStandardError(e);
        p.setUnit(unit);
        p.setQuantity(QuantityKind.OTHER);
        p.setInterface(m.getInterface());
        p.setCycleState(m.getCycleState());
        return p;
    }

    private static String settings(String regionLabel, RegionFit rf, FitResult fit) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("region", regionLabel);
        s.put("rangeEV", List.of(rf.lo(), rf.hi()));
        s.put("background", Map.of("kind", rf.backgroundKind().name(), "endPointHalfWidth", RegionFit.HALF_WIDTH,
                "endPointWindowEV", rf.windowEV(), "shirleyClampedToData", rf.clamp()));
        s.put("weighting", fit.options().weighting().name());
        List<Object> peaks = new ArrayList<>();
        for (Peak p : rf.model().peaks()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("shape", p.shape().casaName());
            pm.put("position", param(p.position()));
            pm.put("fwhm", param(p.fwhm()));
            pm.put("area", param(p.amount()));
            p.doublet().ifPresent(d -> pm.put("doublet", Map.of("splitting", d.splitting().value(), "ratio",
                    d.ratio().value())));
            peaks.add(pm);
        }
        s.put("peaks", peaks);
        rf.monteCarlo().ifPresent(m -> s.put("monteCarloTrials", m.trials()));
        return new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(s);
    }

    private static Map<String, Object> param(Param p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.link().isPresent()) {
            m.put("link", p.link().get());
        } else {
            m.put("value", p.value());
            m.put("fixed", p.fixed());
            if (!p.fixed()) {
                m.put("min", p.min());
                m.put("max", p.max());
            }
        }
        return m;
    }
}
