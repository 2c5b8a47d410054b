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
        List<XpsRegionData> regions = XpsFiles.readData(file);
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
        PeakModel model = SpeciesModels.model(x, y, picked, BackgroundSpec.shirley(2));
        FitResult fit = PeakFitter.fit(x, y, model, FitOptions.poisson(r.poissonFactor()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "xps-fit");
        out.put("file", file.getFileName().toString());
        out.put("region", r.label());
        out.put("sourceEntry", r.sourceEntry());
        out.put("coreLevel", level);
        out.put("points", r.pointCount());
        out.put("intensity", "CPS");
        out.put("energy", "binding energy, eV (hv - KE for kinetic data; no charge correction)");
        out.put("background", "Shirley (iterative, held), end points averaged over 5 points");
        out.put("weighting", "Poisson, counts = CPS / " + num(r.poissonFactor()));
        out.put("speciesLibraryVersion", lib.version());
        out.put("converged", fit.converged());
        out.put("iterations", fit.iterations());
        out.put("chi2", num(fit.chi2()));
        out.put("dof", fit.dof());
        out.put("reducedChi2", num(fit.reducedChi2()));
        List<Quantification.Item> items = fit.components().stream()
                .map(c -> new Quantification.Item(c.name(), c.area(), c.areaError(), 1, 0, 1)).toList();
        List<Quantification.Result> share = Quantification.atomicPercent(items, Quantification.Options.rsfOnly());
        List<Map<String, Object>> comps = new ArrayList<>();
        for (int i = 0; i < fit.components().size(); i++) {
            ComponentResult c = fit.components().get(i);
            Species s = picked.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("species", s.name());
            m.put("lineShape", c.shape());
            m.put("position", num(c.position()));
            m.put("positionError", num(c.positionError()));
            m.put("fwhm", num(c.fwhm()));
            m.put("fwhmError", num(c.fwhmError()));
            m.put("area", num(c.area()));
            m.put("areaError", num(c.areaError()));
            m.put("height", num(c.height()));
            m.put("areaPercent", num(share.get(i).atomicPercent()));
            m.put("areaPercentError", num(share.get(i).atomicPercentError()));
            s.doublet().ifPresent(d -> {
                m.put("splitting", d.splitting());
                m.put("ratio", d.ratio());
            });
            m.put("positionAtBound", fit.parameter(c.name() + ".position").orElseThrow().atBound());
            m.put("areaAtBound", fit.parameter(c.name() + ".amount").orElseThrow().atBound());
            comps.add(m);
        }
        out.put("components", comps);
        return out;
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
