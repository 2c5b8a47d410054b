package org.interphase.app.imports;

import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.ImportCandidate;
import org.interphase.core.api.Importer;
import org.interphase.core.api.MeasurementImport;
import org.interphase.model.technique.Techniques;

/**
 * One file (or folder read as one volume) of an import, as the wizard's table shows it: what detection found, the
 * user's choices (importer, interface, cycle) and whether the cycle was proposed from the file name. No SWT.
 */
public final class ImportRow {

    private final Path file;
    private final List<ImportCandidate> candidates;
    private final String size;
    private Importer chosen;
    private String interfaceName;
    private Integer cycle;
    private boolean cycleProposed;

    ImportRow(Path file, List<ImportCandidate> candidates, String size) {
        this.file = file;
        this.candidates = List.copyOf(candidates);
        this.size = size;
    }

    /** The file or folder. */
    public Path file() {
        return file;
    }

    /** Importers that recognise the file, most confident first. */
    public List<ImportCandidate> candidates() {
        return candidates;
    }

    /** The importer that will read the file: the user's choice, else the most confident one (null if none). */
    public Importer importer() {
        return chosen != null ? chosen : candidates.isEmpty() ? null : candidates.get(0).importer();
    }

    /** Overrides the detected importer (null returns to detection). */
    public void choose(Importer importer) {
        this.chosen = importer;
    }

    /** The detector's confidence for the importer in use (0 when the user chose one that does not recognise it). */
    public double confidence() {
        Importer i = importer();
        return candidates.stream().filter(c -> c.importer() == i).mapToDouble(ImportCandidate::confidence).findFirst()
                .orElse(0);
    }

    /** "EIS", "XPS", "ToF-SIMS", "Tomography" or "?" when nothing recognises the file. */
    public String technique() {
        return importer() == null ? "?" : label(importer().technique());
    }

    /** The importer's name (the format), or a hint when nothing recognises the file. */
    public String format() {
        return importer() == null ? "not recognised: choose a format" : importer().name();
    }

    /** File size ("12.4 kB") or, for a folder, its file count and size. */
    public String size() {
        return size;
    }

    /** The interface the measurement probes, by name, or null. */
    public String interfaceName() {
        return interfaceName;
    }

    public void setInterfaceName(String name) {
        this.interfaceName = name;
    }

    /** The cycle number of the cycle state, or null. */
    public Integer cycle() {
        return cycle;
    }

    /** Sets the cycle as the user chose it. */
    public void setCycle(Integer cycle) {
        this.cycle = cycle;
        this.cycleProposed = false;
    }

    /** Sets the cycle proposed from the file name (shown as such until Finish). */
    public void proposeCycle(int number) {
        this.cycle = number;
        this.cycleProposed = true;
    }

    /** Whether the cycle came from the file name. */
    public boolean cycleProposed() {
        return cycleProposed;
    }

    /** The request the import engine reads (with the importer shown in the table). */
    public MeasurementImport.Request request() {
        return new MeasurementImport.Request(file, importer(), interfaceName, cycle);
    }

    /** A technique id as analysts write it ({@link Techniques#label}). */
    public static String label(String techniqueId) {
        return Techniques.label(techniqueId);
    }
}
