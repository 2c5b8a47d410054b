package org.interphase.examples.labcsv.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.ImpedanceImporter;
import org.interphase.examples.labcsv.api.LabCsvFile;
import org.interphase.examples.labcsv.api.LabCsvReader;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.MetadataEntry;
import org.interphase.model.technique.Techniques;
import org.osgi.service.component.annotations.Component;

/**
 * Imports a lab CSV impedance file as one {@link ImpedanceSpectrum}. Registered as an OSGi service, so
 * {@code Importers.read} (and with it {@code interphase batch inspect} and the batch engine) finds it; as an
 * {@link ImpedanceImporter} it also gives the numbers, so the EIS editor, {@code eis-fit} and the series
 * read lab CSV files through it.
 */
@Component(service = Importer.class)
public final class LabCsvImporter implements ImpedanceImporter {

    /** The importer id stored with every measurement. */
    public static final String ID = "examples.labcsv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Lab CSV impedance (example plug-in)";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String technique() {
        return Techniques.EIS;
    }

    @Override
    public double detect(FileProbe probe) {
        if (probe.isDirectory()) {
            return 0;
        }
        String head = probe.headText();
        if (head.startsWith("# lab:")) {
            return 1.0;
        }
        return head.contains(LabCsvFile.COLUMNS) ? 0.6 : 0;
    }

    @Override
    public EisFile readData(Path file) throws ImportException {
        LabCsvFile data = LabCsvReader.read(file);
        return new EisFile(name(), java.util.List.of(data.toImpedanceData()),
                java.util.List.of("freq_Hz", "Zre_Ohm", "Zim_Ohm"), "Im(Z)",
                java.util.Optional.ofNullable(data.header().get("instrument")), java.util.Optional.empty(),
                data.header());
    }

    @Override
    public Imported read(Path file) throws ImportException {
        LabCsvFile data = LabCsvReader.read(file);
        ImpedanceSpectrum spectrum = InterphaseFactory.eINSTANCE.createImpedanceSpectrum();
        spectrum.setName(data.lab().map(lab -> lab + ": ").orElse("") + file.getFileName());
        spectrum.setSourceEntry("spectrum");
        spectrum.setInstrument(data.header().getOrDefault("instrument", ""));
        Map<String, Object> facts = data.summary();
        spectrum.setPointCount(data.size());
        spectrum.setFrequencyMinHz((Double) facts.get("frequencyMinHz"));
        spectrum.setFrequencyMaxHz((Double) facts.get("frequencyMaxHz"));
        String temperature = data.header().get("temperature_c");
        if (temperature != null) {
            try {
                spectrum.setTemperatureC(Double.parseDouble(temperature));
            } catch (NumberFormatException e) {
                throw new ImportException(file, 0, "header temperature_C is not a number: '" + temperature + "'", e);
            }
        }
        data.header().forEach((key, value) -> {
            MetadataEntry entry = InterphaseFactory.eINSTANCE.createMetadataEntry();
            entry.setKey(key);
            entry.setValue(value);
            spectrum.getMetadata().add(entry);
        });
        return new Imported("Lab CSV impedance", List.of(spectrum), facts);
    }
}
