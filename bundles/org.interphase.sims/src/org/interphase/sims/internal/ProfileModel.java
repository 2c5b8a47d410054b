package org.interphase.sims.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.model.DepthProfile;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.MetadataEntry;
import org.interphase.model.SignalKind;
import org.interphase.model.SimsSignal;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.ProfileExport;
import org.interphase.sims.api.SignalData;

/** Turns a read depth-profile file into a model {@link DepthProfile} and its {@code inspect} facts. */
public final class ProfileModel {

    private ProfileModel() {
    }

    /** A new, unattached model object describing the profile (no intensity arrays). */
    public static DepthProfile toModel(Path file, ProfileExport read) {
        ProfileData d = read.data();
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        DepthProfile p = f.createDepthProfile();
        p.setName(stem(file));
        p.setInstrument("IONTOF (SurfaceLab ASCII export)");
        p.setSourceEntry("depth profile");
        p.setPolarity(d.polarity());
        p.setPointCount(d.points());
        p.setSputterTimeS(d.totalSputterTimeS());
        for (SignalData s : d.signals()) {
            p.getSignals().add(signal(s));
        }
        meta(p, "smoothing", read.smoothingLine());
        meta(p, "x axis", read.xLabel());
        meta(p, "data rows in file", Integer.toString(d.fileRows()));
        meta(p, "empty last row", d.emptyLastRowDropped() ? "dropped (all counts zero)" : "none");
        meta(p, "inf cells", Integer.toString(read.infCells()));
        meta(p, "dose last (ions)", Double.toString(read.doseLast()));
        meta(p, "fluence last (ions/cm^2)", Double.toString(read.fluenceLast()));
        for (SignalData s : d.signals()) {
            if (s.name().isotopic()) {
                meta(p, "isotopes of " + s.label(), String.join(", ", s.name().isotopes()));
            }
            if (s.name().kind() == SignalKind.SUM || s.name().kind() == SignalKind.RATIO) {
                meta(p, "members of " + s.label(), String.join(" + ", s.name().members())
                        + (s.name().denominator().isEmpty() ? "" : " / (" + String.join(" + ", s.name().denominator()) + ")"));
            }
        }
        return p;
    }

    /**
     * The model signal: label, m/z (0 when not exported), polarity, kind, isotope labels (comma separated) and,
     * for SUM and RATIO signals, the summed ions (of the numerator).
     */
    public static SimsSignal signal(SignalData s) {
        SimsSignal sig = InterphaseFactory.eINSTANCE.createSimsSignal();
        sig.setLabel(s.label());
        sig.setMassToCharge(s.massToCharge().orElse(0));
        sig.setPolarity(s.name().polarity());
        sig.setKind(s.name().kind());
        sig.setIsotope(String.join(", ", s.name().isotopes()));
        if (s.name().kind() == SignalKind.SUM || s.name().kind() == SignalKind.RATIO) {
            sig.getMembers().addAll(s.name().members());
        }
        return sig;
    }

    /** JSON-friendly facts for {@code inspect}. */
    public static Map<String, Object> facts(ProfileExport read) {
        ProfileData d = read.data();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("technique", "ToF-SIMS depth profile");
        facts.put("polarity", d.polarity().getLiteral().toLowerCase(java.util.Locale.ROOT));
        facts.put("rows", d.fileRows());
        facts.put("points", d.points());
        facts.put("emptyLastRowDropped", d.emptyLastRowDropped());
        facts.put("fieldsPerRow", read.fieldsPerRow());
        facts.put("signalCount", d.signals().size());
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (SignalKind k : SignalKind.VALUES) {
            kinds.put(k.getName(), d.signals().stream().filter(s -> s.name().kind() == k).count());
        }
        facts.put("signalKinds", kinds);
        facts.put("massNotAvailable", read.massNotAvailable());
        facts.put("infCells", read.infCells());
        facts.put("nanCells", read.nanCells());
        facts.put("sputterTimeFirstS", d.timeS()[0]);
        facts.put("sputterTimeLastS", d.totalSputterTimeS());
        putFinite(facts, "timeStepMedianS", medianStep(d.timeS()));
        putFinite(facts, "doseLast", read.doseLast());
        putFinite(facts, "fluenceLast", read.fluenceLast());
        d.total().ifPresent(t -> putFinite(facts, "totalFirst", t.intensity()[0]));
        facts.put("smoothing", read.smoothingLine());
        List<String> names = new ArrayList<>();
        d.signals().forEach(s -> names.add(s.label()));
        facts.put("signals", names);
        return facts;
    }

    private static double medianStep(double[] t) {
        if (t.length < 2) {
            return Double.NaN;
        }
        double[] steps = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            steps[i - 1] = t[i] - t[i - 1];
        }
        java.util.Arrays.sort(steps);
        int m = steps.length / 2;
        return steps.length % 2 == 1 ? steps[m] : 0.5 * (steps[m - 1] + steps[m]);
    }

    private static void putFinite(Map<String, Object> facts, String key, double v) {
        if (Double.isFinite(v)) {
            facts.put(key, v);
        }
    }

    private static void meta(DepthProfile p, String key, String value) {
        MetadataEntry e = InterphaseFactory.eINSTANCE.createMetadataEntry();
        e.setKey(key);
        e.setValue(value);
        p.getMetadata().add(e);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
