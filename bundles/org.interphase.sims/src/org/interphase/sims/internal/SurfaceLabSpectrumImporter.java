package org.interphase.sims.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.technique.Techniques;
import org.interphase.sims.api.MassSpectra;
import org.interphase.sims.api.MassSpectrumData;
import org.osgi.service.component.annotations.Component;

/**
 * Importer service for IONTOF SurfaceLab ASCII mass spectra. The model has no mass-spectrum measurement yet,
 * so the import yields facts only (no measurements); the data are read through
 * {@link org.interphase.sims.api.MassSpectra#readData(Path)}.
 */
@Component(service = Importer.class)
public final class SurfaceLabSpectrumImporter implements Importer {

    /** The importer id. */
    public static final String ID = "sims.iontof.surfacelab.spectrum";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "IONTOF SurfaceLab ASCII mass spectrum";
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
        String head = probe.headText();
        if (head.contains("\n" + MassSpectra.SURFACELAB_COLUMNS + "\r") || head.contains("\n" + MassSpectra.SURFACELAB_COLUMNS + "\n")
                || head.startsWith(MassSpectra.SURFACELAB_COLUMNS)) {
            return head.startsWith("# Binning") ? 0.95 : 0.8;
        }
        return 0;
    }

    @Override
    public Imported read(Path file) throws ImportException {
        MassSpectrumData s = MassSpectra.readData(file);
        org.interphase.model.MassSpectrum m = org.interphase.model.InterphaseFactory.eINSTANCE.createMassSpectrum();
        m.setName(ProfileModel.stem(file));
        m.setInstrument("IONTOF (SurfaceLab ASCII export)");
        m.setSourceEntry("mass spectrum");
        m.setBinCount(s.size());
        for (String h : s.header()) {
            org.interphase.model.MetadataEntry e = org.interphase.model.InterphaseFactory.eINSTANCE.createMetadataEntry();
            int colon = h.indexOf(':');
            e.setKey(colon > 0 ? h.substring(0, colon).strip() : "header");
            e.setValue(colon > 0 ? h.substring(colon + 1).strip() : h.strip());
            m.getMetadata().add(e);
        }
        return new Imported(name(), List.of(m), facts(s, s.header().size() + 1 + s.size()));
    }

    static Map<String, Object> facts(MassSpectrumData s, int lines) {
        Map<String, Object> f = new LinkedHashMap<>();
        int n = s.size();
        f.put("technique", "ToF-SIMS mass spectrum");
        f.put("lines", lines); // header + column line + data rows
        f.put("dataRows", n);
        s.binning().ifPresent(b -> f.put("binningChannels", b));
        s.deadtimeCorrection().ifPresent(d -> f.put("deadtimeCorrection", d));
        f.put("channelFirst", s.channel()[0]);
        f.put("channelLast", s.channel()[n - 1]);
        if (n > 1) {
            f.put("channelStepLast", s.channel()[n - 1] - s.channel()[n - 2]);
        }
        f.put("mzFirst", s.massToCharge()[0]);
        f.put("mzLast", s.massToCharge()[n - 1]);
        int iMax = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += s.intensity()[i];
            if (s.intensity()[i] > s.intensity()[iMax]) {
                iMax = i;
            }
        }
        f.put("intensitySum", sum);
        f.put("maxIntensity", s.intensity()[iMax]);
        f.put("maxAtMz", s.massToCharge()[iMax]);
        return f;
    }
}
