package org.interphase.xps.internal.importers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.model.InterphaseFactory;
import org.interphase.model.MetadataEntry;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.XpsRegionData;

/** Builds model measurements and {@code inspect} facts from region data. */
public final class XpsImportSupport {

    private XpsImportSupport() {
    }

    /**
     * The import of a file read into regions: one spectrum, and {@code inspect} facts (format, instrument,
     * region count, each region's facts).
     */
    public static org.interphase.core.api.Imported imported(String importerName, String format, java.nio.file.Path file,
            String instrument, List<XpsRegionData> regions, Map<String, String> metadata) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("format", format);
        facts.put("instrument", instrument);
        facts.put("curves", regions.size());
        facts.put("regions", regionFacts(regions));
        String name = file.getFileName().toString();
        return new org.interphase.core.api.Imported(importerName, List.of(spectrum(name, instrument,
                "regions 1-" + regions.size(), regions, metadata)), facts);
    }

    /** One {@link XpsSpectrum} holding every region of a file. */
    public static XpsSpectrum spectrum(String name, String instrument, String entry, List<XpsRegionData> regions,
            Map<String, String> metadata) {
        XpsSpectrum s = InterphaseFactory.eINSTANCE.createXpsSpectrum();
        s.setName(name);
        s.setInstrument(instrument);
        s.setSourceEntry(entry);
        regions.stream().mapToDouble(XpsRegionData::photonEnergy).filter(Double::isFinite).findFirst()
                .ifPresent(s::setPhotonEnergyEV);
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            s.getMetadata().add(meta(e.getKey(), e.getValue()));
        }
        for (int i = 0; i < regions.size(); i++) {
            XpsRegionData r = regions.get(i);
            XpsRegion region = InterphaseFactory.eINSTANCE.createXpsRegion();
            region.setLabel(r.label());
            region.setPointCount(r.pointCount());
            if (r.pointCount() > 0 && (r.energyKind() == EnergyKind.BINDING || Double.isFinite(r.photonEnergy()))) {
                double[] be = r.bindingEnergy();
                region.setBindingEnergyStartEV(be[0]);
                region.setBindingEnergyEndEV(be[be.length - 1]);
            }
            s.getRegions().add(region);
            s.getMetadata().add(meta("region " + (i + 1) + " source", r.sourceEntry()));
            s.getMetadata().add(meta("region " + (i + 1) + " intensity unit", unitName(r.unit())
                    + ", CPS factor " + r.cpsFactor()));
        }
        return s;
    }

    private static MetadataEntry meta(String key, String value) {
        MetadataEntry m = InterphaseFactory.eINSTANCE.createMetadataEntry();
        m.setKey(key);
        m.setValue(value);
        return m;
    }

    static String unitName(IntensityUnit unit) {
        return unit == IntensityUnit.COUNTS ? "counts" : "counts per second";
    }

    /** JSON-friendly facts of one region for {@code inspect}. */
    public static Map<String, Object> regionFacts(int index, XpsRegionData r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("index", index);
        f.put("id", r.label());
        f.put("species", r.species());
        f.put("transition", r.transition());
        f.put("source", r.sourceEntry());
        f.put("points", r.pointCount());
        f.put("abscissa", r.energyKind() == EnergyKind.KINETIC ? "KE" : "BE");
        if (r.pointCount() > 0) {
            f.put("firstX", r.energy()[0]);
            f.put("lastX", r.energy()[r.pointCount() - 1]);
            if (Double.isFinite(r.photonEnergy()) || r.energyKind() == EnergyKind.BINDING) {
                double[] be = r.bindingEnergy();
                f.put("bindingEnergyFirst", round(be[0]));
                f.put("bindingEnergyLast", round(be[be.length - 1]));
            }
            f.put("firstY", r.intensity()[0]);
            f.put("lastY", r.intensity()[r.pointCount() - 1]);
            double sum = 0;
            for (double y : r.intensity()) {
                sum += y;
            }
            f.put("sumY", sum);
        }
        if (Double.isFinite(r.photonEnergy())) {
            f.put("photonEnergyEV", r.photonEnergy());
        }
        f.put("units", unitName(r.unit()));
        f.put("cpsFactor", r.cpsFactor());
        if (Double.isFinite(r.dwellTime())) {
            f.put("dwellS", r.dwellTime());
        }
        if (Double.isFinite(r.scans())) {
            f.put("scans", r.scans());
        }
        f.put("transmission", r.transmission().isPresent());
        if (!r.casaRegions().isEmpty() || !r.casaComponents().isEmpty()) {
            List<Object> comps = new ArrayList<>();
            r.casaComponents().forEach(c -> comps.add(Map.of("lineShape", c.lineShape(), "position",
                    c.position().value(), "fwhm", c.fwhm().value(), "area", c.area().value())));
            f.put("casaRegions", r.casaRegions().stream().map(c -> c.name() + " " + c.backgroundType()).toList());
            f.put("casaComponents", comps);
        }
        return f;
    }

    /** Rounds binding energies computed as hv - KE to 1e-6 eV to hide floating-point noise. */
    static double round(double v) {
        return Math.rint(v * 1e6) / 1e6;
    }

    /** Facts of all regions. */
    public static List<Object> regionFacts(List<XpsRegionData> regions) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            list.add(regionFacts(i, regions.get(i)));
        }
        return list;
    }
}
