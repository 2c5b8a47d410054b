package org.interphase.xps.api;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.core.api.ResultValue;
import org.interphase.core.api.Results;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.Interphase;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;

import com.google.gson.GsonBuilder;

/**
 * The one result builder of XPS peak fits (no SWT), used by the editor, the {@code xps-fit} command,
 * {@code batch run} and the demo: algorithm {@value #FIT}, version of this bundle, settings JSON of the whole
 * model (window, background, weighting, peaks with values, bounds, holds, links, doublets), one
 * SPECIES_FRACTION value per component (key {@code SPECIES_FRACTION/species/region}, linked to the
 * measurement's interface and to its existing {@link Interphase} of that species; none is created) and each
 * component's position, with flags: AT_BOUND for a position or area on its bound (σ undefined), NEGATIVE_AREA,
 * and on the run BACKGROUND_ABOVE_DATA ({@link FitResult#backgroundCheck()}), SIGMA_SCALED (errors scaled by
 * √χ²ᵣ), NOT_CONVERGED.
 */
public final class XpsResults {

    /** Algorithm id of single-region peak fits. */
    public static final String FIT = "xps.fit";

    private XpsResults() {
    }

    /**
     * A finished fit of one region, ready to record.
     *
     * @param region     region label, e.g. "P 2p"
     * @param lo         low end of the fitted window, eV
     * @param hi         high end of the fitted window, eV
     * @param fit        the fit
     * @param species    library species label of each component (empty for a plain component)
     * @param monteCarlo Monte-Carlo errors, when run
     */
    public record RegionRun(String region, double lo, double hi, FitResult fit, List<Optional<String>> species,
            Optional<MonteCarlo.Result> monteCarlo) {
        public RegionRun {
            species = List.copyOf(species);
        }
    }

    /** The result of {@code run} on {@code m}, not yet added to it. */
    public static AnalysisResult fit(RegionRun run, Measurement m, Date now) {
        FitResult fit = run.fit();
        AnalysisResult a = Results.result(m, FIT, XpsResults.class, "XPS fit " + run.region(), settingsJson(run), now);
        List<Quantification.Result> fr = speciesFractions(fit);
        StringBuilder sum = new StringBuilder(String.format(Locale.ROOT, "%s, %s background, reduced chi2 %.3f:",
                run.region(), fit.model().background().kind().name().toLowerCase(Locale.ROOT), fit.reducedChi2()));
        if (!fit.converged()) {
            Results.flag(a, List.of(ResultFlag.NOT_CONVERGED));
        }
        if (backgroundAboveData(fit)) {
            Results.flag(a, List.of(ResultFlag.BACKGROUND_ABOVE_DATA));
        }
        if (fit.errorScale() > 1) {
            Results.flag(a, List.of(ResultFlag.SIGMA_SCALED));
        }
        boolean negative = fit.components().stream().anyMatch(c -> c.area() < 0);
        for (int k = 0; k < fit.components().size(); k++) {
            ComponentResult c = fit.components().get(k);
            Quantification.Result q = fr.get(k);
            Optional<String> species = k < run.species().size() ? run.species().get(k) : Optional.empty();
            sum.append(String.format(Locale.ROOT, " %s %.2f eV %.1f %%", c.name(), c.position(), q.atomicPercent()));
            Set<ResultFlag> flags = EnumSet.noneOf(ResultFlag.class);
            if (atBound(fit, c.name() + ".amount")) {
                flags.add(ResultFlag.AT_BOUND);
            }
            if (negative) {
                flags.add(ResultFlag.NEGATIVE_AREA);
            }
            double sd = q.atomicPercentError();
            double lo = Double.NaN;
            double hi = Double.NaN;
            Optional<Distribution> d = run.monteCarlo().flatMap(r -> r.atomicPercent().stream()
                    .filter(x -> x.name().equals(c.name() + ".atomicPercent")).findFirst());
            if (d.isPresent()) {
                sd = d.get().sd();
                lo = d.get().lower95();
                hi = d.get().upper95();
                if (!(lo <= q.atomicPercent() && q.atomicPercent() <= hi)) {
                    flags.add(ResultFlag.INTERVAL_EXCLUDES_FIT);
                }
            }
            String subject = species.orElse(c.name());
            Results.add(a, m, ResultValue.of(c.name() + " fraction of " + run.region(), q.atomicPercent(), sd, "%",
                    QuantityKind.SPECIES_FRACTION).withInterval(lo, hi).withKey(subject, run.region()).withFlags(flags)
                    .withInterphase(interphase(m.getInterface(), species)));
            Set<ResultFlag> pf = atBound(fit, c.name() + ".position") ? Set.of(ResultFlag.AT_BOUND) : Set.of();
            Results.add(a, m, ResultValue.of(c.name() + " position", c.position(), c.positionError(), "eV",
                    QuantityKind.OTHER).withKey(c.name() + " position", run.region()).withFlags(pf)
                    .withFixed(fixed(fit, c.name() + ".position")));
        }
        if (!a.getFlags().isEmpty()) {
            sum.append(" WARNINGS: ").append(String.join(", ", a.getFlags().stream().map(Enum::name).toList()));
        }
        a.setSummary(sum.toString());
        a.getSeries().add(Results.series("envelope " + run.region(), "Binding energy / eV", "Intensity / counts s-1",
                fit.x(), fit.envelope()));
        return a;
    }

    /** Algorithm id of joint series fits (one result per member spectrum). */
    public static final String SERIES_FIT = "xps.series-fit";

    /**
     * The result of member {@code i} of a joint series fit on that member's measurement {@code m}: one
     * SPECIES_FRACTION value per component (key as for {@link #fit}) and each position (fixed when shared),
     * flags as for {@link #fit}.
     *
     * @param coreLevel  the series' core level, e.g. "P 2p"
     * @param memberName the member's label in the name, e.g. its cycle state
     * @param species    library species label of each component
     * @param inputs     hashes of every file of the series (the fit is joint)
     * @param settings   settings JSON of the series fit
     */
    public static AnalysisResult seriesMember(Measurement m, String coreLevel, String memberName, SeriesFitter.Result r,
            int i, List<Optional<String>> species, List<String> inputs, String settings, Date now) {
        FitResult fit = r.fits().get(i);
        AnalysisResult a = Results.result(m, SERIES_FIT, XpsResults.class, "XPS series fit " + coreLevel + " ("
                + memberName + ")", settings, now);
        a.getInputs().clear(); // the joint fit's inputs: every member's file (this one's included)
        a.getInputs().addAll(inputs);
        if (!r.converged()) {
            Results.flag(a, List.of(ResultFlag.NOT_CONVERGED));
        }
        if (backgroundAboveData(fit)) {
            Results.flag(a, List.of(ResultFlag.BACKGROUND_ABOVE_DATA));
        }
        StringBuilder sum = new StringBuilder(String.format(Locale.ROOT, "%s, member %d of %d, joint reduced chi2 %.3f:",
                memberName, i + 1, r.fits().size(), r.reducedChi2()));
        for (int k = 0; k < fit.components().size(); k++) {
            ComponentResult comp = fit.components().get(k);
            SeriesFitter.Fraction fr = r.fractions().get(i).get(k);
            sum.append(String.format(Locale.ROOT, " %s %.1f \u00b1 %.1f %%", comp.name(), fr.percent(), fr.error()));
            Optional<String> sp = k < species.size() ? species.get(k) : Optional.empty();
            Set<ResultFlag> flags = EnumSet.noneOf(ResultFlag.class);
            if (atBound(fit, comp.name() + ".amount")) {
                flags.add(ResultFlag.AT_BOUND);
            }
            if (comp.area() < 0) {
                flags.add(ResultFlag.NEGATIVE_AREA);
            }
            Results.add(a, m, ResultValue.of(comp.name() + " fraction of " + coreLevel, fr.percent(), fr.error(), "%",
                    QuantityKind.SPECIES_FRACTION).withKey(sp.orElse(comp.name()), coreLevel).withFlags(flags)
                    .withInterphase(interphase(m.getInterface(), sp)));
            boolean shared = r.shared().contains(comp.name() + ".position");
            Results.add(a, m, ResultValue.of(comp.name() + " position", comp.position(), comp.positionError(), "eV",
                    QuantityKind.OTHER).withKey(comp.name() + " position", coreLevel).withFixed(shared)
                    .withFlags(!shared && atBound(fit, comp.name() + ".position") ? Set.of(ResultFlag.AT_BOUND) : Set.of()));
        }
        a.setSummary(sum.toString());
        return a;
    }

    /** Species fractions (% of the region's fitted area; the RSF cancels within one core level), in component order. */
    public static List<Quantification.Result> speciesFractions(FitResult fit) {
        List<Quantification.Item> items = new ArrayList<>();
        for (ComponentResult c : fit.components()) {
            items.add(new Quantification.Item(c.name(), c.area(), c.areaError(), 1, 0, 1));
        }
        return Quantification.atomicPercent(items, Quantification.Options.rsfOnly());
    }

    /** Whether the background lies above the data ({@link FitResult#backgroundCheck()}). */
    public static boolean backgroundAboveData(FitResult fit) {
        return fit.backgroundCheck().aboveData();
    }

    /** The existing interphase of the interface whose species equals the formula (case and spaces ignored). */
    public static Optional<Interphase> interphase(Interface iface, Optional<String> species) {
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

    private static boolean atBound(FitResult fit, String parameter) {
        return fit.parameter(parameter).map(ParameterEstimate::atBound).orElse(false);
    }

    private static boolean fixed(FitResult fit, String parameter) {
        return fit.parameter(parameter).map(p -> p.status() == ParameterEstimate.Status.FIXED).orElse(false);
    }

    /** The settings of a run as JSON: the whole model, so that the editor can restore it. */
    public static String settingsJson(RegionRun run) {
        FitResult fit = run.fit();
        BackgroundSpec bg = fit.model().background();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("region", run.region());
        s.put("rangeEV", List.of(run.lo(), run.hi()));
        s.put("background", Map.of("kind", bg.kind().name(), "endPointHalfWidth", bg.halfWidth(), "endPointWindowEV",
                bg.windowEV(), "shirleyClampedToData", bg.clamp()));
        s.put("weighting", fit.options().weighting().name());
        List<Object> peaks = new ArrayList<>();
        for (Peak p : fit.model().peaks()) {
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
        s.put("species", run.species().stream().map(o -> o.orElse("")).toList());
        run.monteCarlo().ifPresent(mc -> s.put("monteCarloTrials", mc.trials()));
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
