package org.interphase.sims.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.api.ColumnSemantics;
import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.DepthProfile;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.MetadataEntry;
import org.interphase.model.technique.Techniques;
import org.interphase.sims.api.ColumnMapping;
import org.interphase.sims.api.DelimitedProfiles;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.ProfileImporter;
import org.interphase.sims.api.SignalData;
import org.osgi.service.component.annotations.Component;

/**
 * Importer service for depth profiles in generic delimited text (CSV, TSV, semicolon, blanks) with a guessed
 * {@link ColumnMapping}, kept in the measurement's metadata. Detection by content and column semantics, never by
 * file name: 0 when the header names another technique's quantities ({@link ColumnSemantics}: frequency or Z,
 * energies, channel or m/z, voltage and current); 0.5 to 0.8 when it names sputter time, dose, fluence or
 * depth; without such names 0.5 for a confident mapping (ion-like signal names), else at most 0.4. Every
 * format-specific importer (SurfaceLab 0.95) wins.
 */
@Component(service = Importer.class)
public final class DelimitedProfileImporter implements ProfileImporter {

    /** The importer id stored with every measurement. */
    public static final String ID = DelimitedProfiles.IMPORTER_ID;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Depth profile in delimited text (CSV/TXT, column mapping)";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String technique() {
        return Techniques.TOF_SIMS;
    }

    @Override
    public double detect(FileProbe probe) {
        if (probe.isDirectory() || probe.headText().contains(DepthProfiles.SURFACELAB_DATA_HEADER)) {
            return 0;
        }
        ColumnSemantics.Kind kind = ColumnSemantics.classify(probe);
        if (kind != ColumnSemantics.Kind.NONE && kind != ColumnSemantics.Kind.DEPTH_PROFILE) {
            return 0;
        }
        try {
            List<String> lines = probe.headText().lines().toList();
            // the probe's last line may be cut: leave it out
            ColumnMapping m = ColumnMapping.guess(lines.subList(0, Math.max(1, lines.size() - 1)));
            if (m.signalColumns().isEmpty() || !xIncreases(m, lines.subList(0, Math.max(1, lines.size() - 1)))
                    || unnamed(m) && m.xColumn() != 0) {
                return 0;
            }
            if (kind == ColumnSemantics.Kind.DEPTH_PROFILE) {
                return 0.5 + 0.3 * m.confidence();
            }
            return m.confidence() >= ColumnMapping.CONFIDENT ? 0.5 : 0.1 + 0.3 * m.confidence();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /**
     * Without column names, a depth profile's first column is its sputter time; a table whose first column is not
     * the growing one (an impedance sweep whose Z' happens to grow) is something else.
     */
    private static boolean unnamed(ColumnMapping m) {
        return m.signalNames().stream().allMatch(n -> n.matches("column \\d+"));
    }

    /**
     * Sputter time, dose or depth grows down a profile; a table whose x column falls (a frequency sweep from high
     * to low, a binding-energy scan) is not a depth profile, whatever else it looks like.
     */
    private static boolean xIncreases(ColumnMapping m, List<String> lines) {
        double previous = Double.NEGATIVE_INFINITY;
        int seen = 0;
        for (int i = m.headerRows(); i < lines.size(); i++) {
            String[] cells = m.split(lines.get(i));
            if (m.xColumn() >= cells.length) {
                continue;
            }
            double x;
            try {
                x = m.number(cells[m.xColumn()]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (seen > 0 && x < previous) {
                return false;
            }
            previous = x;
            seen++;
        }
        return true;
    }

    @Override
    public ProfileData readProfile(Path file) throws ImportException {
        return DelimitedProfiles.read(file, DelimitedProfiles.guess(file));
    }

    @Override
    public Imported read(Path file) throws ImportException {
        ColumnMapping m = DelimitedProfiles.guess(file);
        ProfileData d = DelimitedProfiles.read(file, m);
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        DepthProfile p = f.createDepthProfile();
        p.setName(ProfileModel.stem(file));
        p.setSourceEntry("depth profile");
        p.setPolarity(d.polarity());
        p.setPointCount(d.points());
        if (m.x() == ColumnMapping.Axis.TIME_S) {
            p.setSputterTimeS(d.totalSputterTimeS());
        }
        for (SignalData s : d.signals()) {
            p.getSignals().add(ProfileModel.signal(s));
        }
        meta(p, DelimitedProfiles.MAPPING_KEY, DelimitedProfiles.toJson(m));
        meta(p, "column mapping confidence", String.format(Locale.ROOT, "%.2f%s", m.confidence(),
                m.confidence() < ColumnMapping.CONFIDENT ? " (guessed: confirm it in the editor)" : ""));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("technique", "ToF-SIMS depth profile (delimited text)");
        facts.put("rows", d.points());
        facts.put("signalCount", d.signals().size());
        facts.put("signals", d.signals().stream().map(SignalData::label).toList());
        facts.put("x", m.x().name());
        facts.put("xFirst", d.timeS()[0]);
        facts.put("xLast", d.timeS()[d.points() - 1]);
        facts.put("delimiter", String.valueOf(m.delimiter()));
        facts.put("decimalComma", m.decimalComma());
        facts.put("headerRows", m.headerRows());
        facts.put("mappingConfidence", m.confidence());
        return new Imported(name(), List.of(p), facts);
    }

    private static void meta(DepthProfile p, String key, String value) {
        MetadataEntry e = InterphaseFactory.eINSTANCE.createMetadataEntry();
        e.setKey(key);
        e.setValue(value);
        p.getMetadata().add(e);
    }
}
