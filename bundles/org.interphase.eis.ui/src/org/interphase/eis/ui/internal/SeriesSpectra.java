package org.interphase.eis.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.model.Cell;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Measurement;
import org.interphase.ui.measurement.MeasurementFiles;

/**
 * The spectra a series can be made of, for the measurement an editor shows: every loop of its file when
 * the file has several, and the other impedance spectra of the same cell (each with its own cycle state).
 * Each entry knows the measurement its results belong to (a loop without a measurement of its own
 * belongs to the editor's). Ordered by cycle number.
 */
public final class SeriesSpectra {

    /**
     * A spectrum of the series.
     *
     * @param data        the numbers, labelled, with the cycle number used on the trend axis
     * @param measurement the measurement whose interface and cycle state the result is linked to
     * @param file        the data file (hashed into the result's inputs)
     */
    public record Entry(ImpedanceData data, Measurement measurement, Path file) {
    }

    private SeriesSpectra() {
    }

    /** Entries for {@code m} (whose file is {@code file}); unreadable files of other measurements are skipped. */
    public static List<Entry> of(Measurement m, Path file, EisFile content, List<String> problems) {
        List<Entry> out = new ArrayList<>();
        List<ImpedanceData> loops = content.spectra();
        if (loops.size() > 1) {
            for (int i = 0; i < loops.size(); i++) {
                ImpedanceData d = loops.get(i);
                out.add(new Entry(relabel(d, d.label(), d.cycle().orElse(i + 1)), ownerOf(m, d.label()), file));
            }
        } else if (!loops.isEmpty()) {
            out.add(new Entry(relabel(loops.get(0), m.getName(), cycleOf(m, 1)), m, file));
        }
        if (m.eContainer() instanceof Cell cell) {
            for (Measurement other : cell.getMeasurements()) {
                if (other == m || !(other instanceof ImpedanceSpectrum)) {
                    continue;
                }
                Optional<Path> f = MeasurementFiles.resolve(other);
                if (f.isEmpty() || f.get().equals(file)) {
                    continue;
                }
                try {
                    ImpedanceData d = SpectrumLoader.load(f.get(), other.getSourceEntry(), other.getImporterId()).data();
                    out.add(new Entry(relabel(d, other.getName(), cycleOf(other, out.size() + 1)), other, f.get()));
                } catch (ImportException e) {
                    problems.add(other.getName() + ": " + e.getMessage());
                }
            }
        }
        out.sort(Comparator.comparingInt(e -> e.data().cycle().orElse(0)));
        // labels identify the spectra of a series result: make them unique
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            ImpedanceData d = out.get(i).data();
            String label = d.label();
            for (int n = 2; !seen.add(label); n++) {
                label = d.label() + " #" + n;
            }
            if (!label.equals(d.label())) {
                out.set(i, new Entry(relabel(d, label, d.cycle().orElse(i + 1)), out.get(i).measurement(), out.get(i).file()));
            }
        }
        return out;
    }

    /** Reads {@code file} for {@link #of}. */
    public static EisFile read(Path file) throws ImportException {
        return EisReaders.readData(file);
    }

    private static Measurement ownerOf(Measurement m, String entry) {
        if (m.eContainer() instanceof Cell cell) {
            for (Measurement other : cell.getMeasurements()) {
                if (other instanceof ImpedanceSpectrum && entry.equals(other.getSourceEntry())
                        && java.util.Objects.equals(other.getSourceUri(), m.getSourceUri())) {
                    return other;
                }
            }
        }
        return m;
    }

    private static int cycleOf(Measurement m, int fallback) {
        return m.getCycleState() != null && m.getCycleState().getCycleNumber() >= 0 ? m.getCycleState().getCycleNumber()
                : fallback;
    }

    private static ImpedanceData relabel(ImpedanceData d, String label, int cycle) {
        return new ImpedanceData(label, d.frequencyHz(), d.zReal(), d.zImag(), OptionalInt.of(cycle), Map.of());
    }
}
