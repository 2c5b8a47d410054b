package org.interphase.eis.internal;

import java.nio.file.Path;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.Imported;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.MetadataEntry;

/** Turns the numbers of an EIS file into model {@link ImpedanceSpectrum}s and {@code inspect} facts. */
public final class SpectrumModels {

    private static final String[] DATE_FORMATS = {"MM/dd/yyyy HH:mm:ss.SSS", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy"};

    private SpectrumModels() {
    }

    public static Imported toImported(Path file, EisFile data) {
        String stem = file.getFileName().toString().replaceFirst("(\\.mpt)?\\.[^.]*$", "");
        List<Measurement> out = new ArrayList<>();
        boolean many = data.spectra().size() > 1;
        for (ImpedanceData d : data.spectra()) {
            ImpedanceSpectrum s = InterphaseFactory.eINSTANCE.createImpedanceSpectrum();
            s.setName(many || d.cycle().isPresent() ? stem + " (" + d.label() + ")" : stem);
            s.setSourceEntry(d.label());
            data.instrument().ifPresent(s::setInstrument);
            data.acquiredAt().flatMap(SpectrumModels::parseDate).ifPresent(s::setAcquiredAt);
            s.setPointCount(d.size());
            s.setFrequencyMinHz(d.minFrequency());
            s.setFrequencyMaxHz(d.maxFrequency());
            temperature(data, d).ifPresent(s::setTemperatureC);
            meta(s, "format", data.format());
            meta(s, "columns", String.join(", ", data.columns()));
            meta(s, "imaginary part in file", data.imagSign());
            d.cycle().ifPresent(c -> meta(s, "cycle number", Integer.toString(c)));
            d.metadata().forEach((k, v) -> meta(s, k, v));
            data.metadata().forEach((k, v) -> meta(s, k, v));
            out.add(s);
        }
        return new Imported(data.format(), out, facts(data));
    }

    /** The facts {@code inspect} prints for an EIS file. */
    public static Map<String, Object> facts(EisFile data) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("technique", "EIS");
        f.put("format", data.format());
        f.put("spectra", data.spectra().size());
        List<Object> cycles = new ArrayList<>();
        List<Object> points = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ImpedanceData d : data.spectra()) {
            d.cycle().ifPresent(cycles::add);
            points.add(d.size());
            min = Math.min(min, d.minFrequency());
            max = Math.max(max, d.maxFrequency());
        }
        if (!cycles.isEmpty()) {
            f.put("cycles", cycles);
        }
        f.put("pointsPerSpectrum", points);
        f.put("totalPoints", data.totalPoints());
        f.put("frequencyMinHz", min);
        f.put("frequencyMaxHz", max);
        f.put("columns", data.columns());
        f.put("imaginaryPartInFile", data.imagSign());
        data.instrument().ifPresent(i -> f.put("instrument", i));
        data.acquiredAt().ifPresent(a -> f.put("acquiredAt", a));
        return f;
    }

    private static Optional<Double> temperature(EisFile file, ImpedanceData d) {
        for (Map<String, String> m : List.of(d.metadata(), file.metadata())) {
            String t = m.get("temperature/\u00B0C");
            if (t != null) {
                try {
                    return Optional.of(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    return Optional.empty(); // metadata text only; the entry itself is kept as metadata
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Date> parseDate(String text) {
        for (String pattern : DATE_FORMATS) {
            try {
                SimpleDateFormat fmt = new SimpleDateFormat(pattern, Locale.ROOT);
                fmt.setLenient(false);
                return Optional.of(fmt.parse(text.trim()));
            } catch (ParseException e) {
                // try the next pattern; unparseable dates stay in the metadata as text
            }
        }
        return Optional.empty();
    }

    private static void meta(ImpedanceSpectrum s, String key, String value) {
        MetadataEntry e = InterphaseFactory.eINSTANCE.createMetadataEntry();
        e.setKey(key);
        e.setValue(value);
        s.getMetadata().add(e);
    }
}
