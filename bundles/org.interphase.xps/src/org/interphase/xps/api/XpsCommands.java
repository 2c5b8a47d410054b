package org.interphase.xps.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.api.ImportException;

/**
 * Headless entry points returning JSON-ready maps (String, Number, Boolean, List, Map only) for the batch
 * application.
 */
public final class XpsCommands {

    private XpsCommands() {
    }

    /**
     * {@code xps-fit FILE --region LABEL --species NAME...}: fits the region's CPS with a Shirley background
     * (end points averaged over 5 points) and one component per species from the shipped
     * {@link SpeciesLibrary} (doublet rules, bounds), Poisson weights; reports components with covariance
     * errors, area % (all components of one core level share the RSF) and goodness of fit.
     *
     * @param file    a VAMAS or SPECS .xy file
     * @param region  region label (exact, else case-insensitive, else unique prefix)
     * @param species species labels of the region's core level, e.g. {@code Li2S}, {@code PS4}
     * @throws ImportException          when the file cannot be read
     * @throws IOException              when the species library cannot be read
     * @throws IllegalArgumentException for an unknown region, core level or species
     */
    public static Map<String, Object> fit(Path file, String region, List<String> species)
            throws ImportException, IOException {
        return fit(file, region, species, java.util.Optional.empty());
    }

    /** As {@link #fit(Path, String, List)}, reading the file with the importer named by {@code as} ({@code --as}). */
    public static Map<String, Object> fit(Path file, String region, List<String> species,
            java.util.Optional<String> as) throws ImportException, IOException {
        return fit(file, region, species, as, java.util.Optional.empty());
    }

    /**
     * As {@link #fit(Path, String, List, java.util.Optional)} on charge-corrected binding energies ({@code
     * --charge-ref}, {@code --shift}): the correction is applied to the regions read, never to the file, and
     * reported as {@code chargeCorrection}; the species windows are for corrected data.
     */
    public static Map<String, Object> fit(Path file, String region, List<String> species,
            java.util.Optional<String> as, java.util.Optional<ChargeReference> charge)
            throws ImportException, IOException {
        SpeciesFit sf = speciesFit(file, region, species, as, charge);
        XpsRegionData r = sf.region();
        String level = sf.level();
        SpeciesLibrary lib = sf.library();
        List<Species> picked = sf.picked();
        FitResult fit = sf.fit();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "xps-fit");
        out.put("file", file.getFileName().toString());
        out.put("region", r.label());
        out.put("sourceEntry", r.sourceEntry());
        out.put("coreLevel", level);
        out.put("points", r.pointCount());
        out.put("intensity", "CPS");
        energy(out, sf.charge());
        out.put("background", "Shirley (iterative, held), end points averaged over 5 points");
        out.put("weighting", "Poisson, counts = CPS / " + num(r.poissonFactor()));
        out.put("speciesLibraryVersion", lib.version());
        out.put("converged", fit.converged());
        out.put("iterations", fit.iterations());
        out.put("chi2", num(fit.chi2()));
        out.put("dof", fit.dof());
        out.put("reducedChi2", num(fit.reducedChi2()));
        out.put("components", components(fit, picked.stream().map(Species::name).toList(),
                picked.stream().map(sp -> sp.doublet().map(d -> new double[] { d.splitting(), d.ratio() })).toList()));
        flags(fit, out);
        return out;
    }

    /** What {@link #fit} fits: region, core level, library, species and the fit. */
    private record SpeciesFit(XpsRegionData region, String level, SpeciesLibrary library, List<Species> picked,
            FitResult fit, java.util.Optional<ChargeCorrection> charge) {
    }

    /** The file's regions, charge-corrected when asked, with the correction used. */
    private record Read(List<XpsRegionData> regions, java.util.Optional<ChargeCorrection> charge) {
    }

    private static Read read(Path file, java.util.Optional<String> as, java.util.Optional<ChargeReference> charge)
            throws ImportException {
        List<XpsRegionData> regions = XpsFiles.readData(file, as);
        if (charge.isEmpty()) {
            return new Read(regions, java.util.Optional.empty());
        }
        ChargeCorrection c = charge.get().resolve(regions);
        return new Read(ChargeReference.apply(regions, c), java.util.Optional.of(c));
    }

    /** The charge correction {@code charge} gives for a file's regions (empty without one). */
    public static java.util.Optional<ChargeCorrection> chargeCorrection(Path file, java.util.Optional<String> as,
            java.util.Optional<ChargeReference> charge) throws ImportException {
        return read(file, as, charge).charge();
    }

    /** The energy axis note and the charge correction of a result. */
    private static void energy(Map<String, Object> out, java.util.Optional<ChargeCorrection> charge) {
        out.put("energy", charge.isEmpty() ? "binding energy, eV (hv - KE for kinetic data; no charge correction)"
                : String.format(Locale.ROOT, "binding energy, eV (hv - KE for kinetic data), charge-corrected by %+.3f eV",
                        charge.get().shift()));
        charge.ifPresent(c -> out.put("chargeCorrection", ChargeReference.json(c)));
    }

    private static SpeciesFit speciesFit(Path file, String region, List<String> species,
            java.util.Optional<String> as, java.util.Optional<ChargeReference> charge)
            throws ImportException, IOException {
        Read read = read(file, as, charge);
        List<XpsRegionData> regions = read.regions();
        XpsRegionData r = findRegion(regions, region);
        SpeciesLibrary lib = SpeciesLibrary.shipped();
        String level = lib.coreLevelOf(r).orElseThrow(() -> new IllegalArgumentException(
                "region '" + r.label() + "': the species library has no core level for it"));
        if (species.isEmpty()) {
            throw new IllegalArgumentException("name at least one species of " + level + ": "
                    + lib.forCoreLevel(level).stream().map(Species::label).toList());
        }
        List<Species> picked = new ArrayList<>();
        for (String s : species) {
            picked.add(lib.find(level, s).orElseThrow(() -> new IllegalArgumentException("no species '" + s + "' for "
                    + level + "; known: " + lib.forCoreLevel(level).stream().map(Species::label).toList())));
        }
        double[] x = r.bindingEnergy();
        double[] y = r.cps();
        requireIntensity(file, r, y);
        PeakModel model = SpeciesModels.model(x, y, picked, BackgroundSpec.shirley(2));
        FitResult fit = PeakFitter.fit(x, y, model, FitOptions.poisson(r.poissonFactor()));
        return new SpeciesFit(r, level, lib, picked, fit, read.charge());
    }

    /**
     * The {@code xps-fit FILE --region LABEL --species NAME...} fit as a run for {@link XpsResults#fit} (what
     * {@code batch run} and the demo store).
     */
    public static XpsResults.RegionRun fitRun(Path file, String region, List<String> species)
            throws ImportException, IOException {
        return fitRun(file, region, species, java.util.Optional.empty());
    }

    /** {@link #fitRun(Path, String, List)} with {@code --as}. */
    public static XpsResults.RegionRun fitRun(Path file, String region, List<String> species,
            java.util.Optional<String> as) throws ImportException, IOException {
        return fitRun(file, region, species, as, java.util.Optional.empty());
    }

    /** {@link #fitRun(Path, String, List, java.util.Optional)} on charge-corrected binding energies. */
    public static XpsResults.RegionRun fitRun(Path file, String region, List<String> species,
            java.util.Optional<String> as, java.util.Optional<ChargeReference> charge)
            throws ImportException, IOException {
        SpeciesFit sf = speciesFit(file, region, species, as, charge);
        double[] x = sf.region().bindingEnergy();
        return new XpsResults.RegionRun(sf.region().label(), Math.min(x[0], x[x.length - 1]),
                Math.max(x[0], x[x.length - 1]), sf.fit(),
                sf.picked().stream().map(sp -> java.util.Optional.of(sp.label())).toList(), java.util.Optional.empty());
    }

    private record ModelFit(XpsRegionData region, double[] x, PeakModelJson.Spec spec, FitResult fit,
            java.util.Optional<ChargeCorrection> charge) {
    }

    private static ModelFit modelFit(Path file, String region, Path modelFile, java.util.Optional<String> as,
            java.util.Optional<ChargeReference> charge) throws ImportException, IOException {
        PeakModelJson.Spec spec;
        try {
            spec = PeakModelJson.parse(java.nio.file.Files.readString(modelFile));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(modelFile.getFileName() + ": " + e.getMessage(), e);
        }
        Read read = read(file, as, charge);
        List<XpsRegionData> regions = read.regions();
        String label = region != null ? region : spec.region().orElse(null);
        if (label == null && regions.size() != 1) {
            throw new IllegalArgumentException("the file has " + regions.size() + " regions; name one with --region or"
                    + " \"region\" in the model: " + regions.stream().map(XpsRegionData::label).toList());
        }
        XpsRegionData r = label == null ? regions.get(0) : findRegion(regions, label);
        double[] x = r.bindingEnergy();
        double[] y = r.cps();
        if (spec.range().isPresent()) {
            double lo = Math.min(spec.range().get()[0], spec.range().get()[1]);
            double hi = Math.max(spec.range().get()[0], spec.range().get()[1]);
            int[] w = BackgroundCommands.window(x, lo, hi);
            int points = w[0] < 0 ? 0 : w[1] - w[0] + 1;
            if (points < 5) {
                throw new IllegalArgumentException("range " + lo + "–" + hi + " eV holds " + points
                        + " points of region '" + r.label() + "'");
            }
            double[] fullX = x;
            double[] fullY = y;
            x = java.util.Arrays.copyOfRange(fullX, w[0], w[1] + 1);
            y = java.util.Arrays.copyOfRange(fullY, w[0], w[1] + 1);
            requireIntensity(file, r, y);
            // the background of the range as xps-background gives it (end levels centred on the range ends)
            FitResult fit = PeakFitter.fit(fullX, fullY, w[0], w[1], spec.model(), FitOptions.poisson(r.poissonFactor()));
            return new ModelFit(r, x, spec, fit, read.charge());
        }
        requireIntensity(file, r, y);
        FitResult fit = PeakFitter.fit(x, y, spec.model(), FitOptions.poisson(r.poissonFactor()));
        return new ModelFit(r, x, spec, fit, read.charge());
    }

    /** The {@code xps-fit FILE --model MODEL.json} fit as a run for {@link XpsResults#fit}. */
    public static XpsResults.RegionRun fitModelRun(Path file, String region, Path modelFile)
            throws ImportException, IOException {
        return fitModelRun(file, region, modelFile, java.util.Optional.empty());
    }

    /** {@link #fitModelRun(Path, String, Path)} with {@code --as}. */
    public static XpsResults.RegionRun fitModelRun(Path file, String region, Path modelFile,
            java.util.Optional<String> as) throws ImportException, IOException {
        return fitModelRun(file, region, modelFile, as, java.util.Optional.empty());
    }

    /** {@link #fitModelRun(Path, String, Path, java.util.Optional)} on charge-corrected binding energies. */
    public static XpsResults.RegionRun fitModelRun(Path file, String region, Path modelFile,
            java.util.Optional<String> as, java.util.Optional<ChargeReference> charge)
            throws ImportException, IOException {
        ModelFit mf = modelFit(file, region, modelFile, as, charge);
        double[] x = mf.x();
        return new XpsResults.RegionRun(mf.region().label(), Math.min(x[0], x[x.length - 1]),
                Math.max(x[0], x[x.length - 1]), mf.fit(),
                mf.fit().components().stream().map(c -> java.util.Optional.<String>empty()).toList(),
                java.util.Optional.empty());
    }

    /**
     * Fits the model of a JSON file ({@link PeakModelJson}) to a region and reports like {@link #fit}: the region
     * is {@code region}, else the model's, else the file's only region; the model's range crops the data.
     *
     * @throws IllegalArgumentException for a bad model (message names the model file and the JSON path)
     */
    public static Map<String, Object> fitModel(Path file, String region, Path modelFile) throws ImportException, IOException {
        return fitModel(file, region, modelFile, java.util.Optional.empty());
    }

    /** As {@link #fitModel(Path, String, Path)}, reading the file with the importer named by {@code as} ({@code --as}). */
    public static Map<String, Object> fitModel(Path file, String region, Path modelFile, java.util.Optional<String> as)
            throws ImportException, IOException {
        return fitModel(file, region, modelFile, as, java.util.Optional.empty());
    }

    /** {@link #fitModel(Path, String, Path, java.util.Optional)} on charge-corrected binding energies. */
    public static Map<String, Object> fitModel(Path file, String region, Path modelFile, java.util.Optional<String> as,
            java.util.Optional<ChargeReference> charge) throws ImportException, IOException {
        ModelFit mf = modelFit(file, region, modelFile, as, charge);
        XpsRegionData r = mf.region();
        double[] x = mf.x();
        PeakModelJson.Spec spec = mf.spec();
        FitResult fit = mf.fit();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "xps-fit");
        out.put("file", file.getFileName().toString());
        out.put("model", modelFile.getFileName().toString());
        out.put("region", r.label());
        out.put("sourceEntry", r.sourceEntry());
        out.put("points", x.length);
        out.put("intensity", "CPS");
        energy(out, mf.charge());
        out.put("background", spec.model().background().kind().name().toLowerCase(Locale.ROOT)
                + (spec.model().background().refined() ? " (refined in the fit)" : " (held)"));
        out.put("weighting", "Poisson, counts = CPS / " + num(r.poissonFactor()));
        out.put("converged", fit.converged());
        out.put("iterations", fit.iterations());
        out.put("chi2", num(fit.chi2()));
        out.put("dof", fit.dof());
        out.put("reducedChi2", num(fit.reducedChi2()));
        out.put("components", components(fit, null, spec.model().peaks().stream()
                .map(p -> p.doublet().map(d -> new double[] { d.splitting().value(), d.ratio().value() })).toList()));
        flags(fit, out);
        return out;
    }

    /** A region without any positive intensity is a data error (never a "converged" fit with chi2 0). */
    private static void requireIntensity(Path file, XpsRegionData r, double[] y) throws ImportException {
        if (!PeakFitter.hasPositive(y)) {
            throw new ImportException(file, 0, "region '" + r.label() + "': " + PeakFitter.noIntensity(y.length));
        }
    }

    /** Every parameter with its bounds; the error is absent (not 0) when undefined, with the reason. */
    static List<Map<String, Object>> parameters(FitResult fit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ParameterEstimate p : fit.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("value", num(p.value()));
            if (Double.isFinite(p.error())) {
                m.put("error", p.error());
                if (fit.covarianceScale() != 1) {
                    m.put("errorUnscaled", p.error() / fit.errorScale());
                }
            }
            m.put("status", p.status().name().toLowerCase(Locale.ROOT));
            m.put("min", num(p.min()));
            m.put("max", num(p.max()));
            m.put("atBound", p.atBound());
            if (p.flag() != null) {
                m.put("flag", p.flag());
            }
            out.add(m);
        }
        return out;
    }

    /** The background check and warnings of a fit (shares of a negative area are refused in components()). */
    private static void flags(FitResult fit, Map<String, Object> out) {
        BackgroundCheck check = fit.backgroundCheck();
        out.put("backgroundAboveData", check.aboveData());
        out.put("backgroundCheck", BackgroundCommands.checkMap(check));
        List<String> warnings = new ArrayList<>();
        check.warning().ifPresent(warnings::add);
        if (!sharesDefined(fit)) {
            warnings.add("a component area is negative or the total is not positive: no area percentages are given");
        }
        for (ParameterEstimate p : fit.parameters()) {
            if (p.atBound() && p.status() == ParameterEstimate.Status.FREE) {
                warnings.add(p.name() + " " + p.flag());
            }
        }
        out.put("warnings", warnings);
        out.put("errorScaling", fit.errorScaling());
        out.put("errorScale", fit.errorScale());
        out.put("parameters", parameters(fit));
    }

    /** Area shares mean something only when no area is negative and the total is positive. */
    static boolean sharesDefined(FitResult fit) {
        double total = 0;
        for (ComponentResult c : fit.components()) {
            if (!(c.area() >= 0)) {
                return false;
            }
            total += c.area();
        }
        return total > 0;
    }

    private static List<Map<String, Object>> components(FitResult fit, List<String> species,
            List<java.util.Optional<double[]>> doublets) {
        List<Quantification.Item> items = fit.components().stream()
                .map(c -> new Quantification.Item(c.name(), c.area(), c.areaError(), 1, 0, 1)).toList();
        List<Quantification.Result> share = Quantification.atomicPercent(items, Quantification.Options.rsfOnly());
        List<Map<String, Object>> comps = new ArrayList<>();
        for (int i = 0; i < fit.components().size(); i++) {
            ComponentResult c = fit.components().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            if (species != null) {
                m.put("species", species.get(i));
            }
            m.put("lineShape", c.shape());
            m.put("position", num(c.position()));
            m.put("positionError", num(c.positionError()));
            m.put("fwhm", num(c.curveFwhm()));
            m.put("fwhmError", num(c.curveFwhmError()));
            m.put("fwhmParameter", num(c.fwhm()));
            m.put("area", num(c.area()));
            m.put("areaError", num(c.areaError()));
            m.put("height", num(c.height()));
            if (sharesDefined(fit)) {
                m.put("areaPercent", num(share.get(i).atomicPercent()));
                m.put("areaPercentError", num(share.get(i).atomicPercentError()));
            } else {
                m.put("areaPercent", "undefined: an area is negative or the total is not positive");
            }
            doublets.get(i).ifPresent(d -> {
                m.put("splitting", d[0]);
                m.put("ratio", d[1]);
            });
            fit.parameter(c.name() + ".position").ifPresent(p -> m.put("positionAtBound", p.atBound()));
            fit.parameter(c.name() + ".fwhm").ifPresent(p -> m.put("fwhmAtBound", p.atBound()));
            fit.parameter(c.name() + ".amount").ifPresent(p -> m.put("areaAtBound", p.atBound()));
            List<String> atBound = fit.parameters().stream()
                    .filter(p -> p.atBound() && p.name().startsWith(c.name() + "."))
                    .map(p -> p.name().substring(c.name().length() + 1)).toList();
            m.put("atBound", atBound);
            comps.add(m);
        }
        return comps;
    }

    static XpsRegionData findRegion(List<XpsRegionData> regions, String label) {
        for (XpsRegionData r : regions) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        List<XpsRegionData> ci = regions.stream().filter(r -> r.label().equalsIgnoreCase(label)).toList();
        if (ci.size() == 1) {
            return ci.get(0);
        }
        String l = label.toLowerCase(Locale.ROOT);
        List<XpsRegionData> pre = regions.stream().filter(r -> r.label().toLowerCase(Locale.ROOT).startsWith(l))
                .toList();
        if (pre.size() == 1) {
            return pre.get(0);
        }
        throw new IllegalArgumentException("region '" + label + "' " + (pre.isEmpty() ? "not found" : "is ambiguous")
                + "; regions: " + regions.stream().map(XpsRegionData::label).toList());
    }

    /** A JSON-safe number: NaN and infinities become null-free strings. */
    private static Object num(double v) {
        return Double.isFinite(v) ? (Object) v : String.valueOf(v);
    }
}
