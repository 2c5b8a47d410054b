package org.interphase.sims.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.api.ImportException;

/**
 * Reads IONTOF SurfaceLab ASCII mass spectra: '#' header lines ({@code # Binning: 200 channels},
 * {@code # Deadtime Correction: on}), the column line {@code Channel<TAB>m/z<TAB>Intensity}, then one row per bin.
 */
final class SurfaceLabSpectrumReader {

    /** The column line that identifies the format. */
    public static final String COLUMNS = "Channel\tm/z\tIntensity";

    private static final Pattern BINNING = Pattern.compile("Binning:\\s*(\\d+)\\s*channels?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEADTIME = Pattern.compile("Deadtime Correction:\\s*(\\w+)", Pattern.CASE_INSENSITIVE);

    private SurfaceLabSpectrumReader() {
    }

    /** Reads the file. */
    public static MassSpectrumData read(Path file) throws ImportException {
        List<String> lines = TextLines.read(file);
        List<String> header = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && lines.get(i).startsWith("#")) {
            header.add(lines.get(i).substring(1).strip());
            i++;
        }
        if (i >= lines.size()) {
            throw new ImportException(file, i + 1, "truncated mass spectrum: no '" + COLUMNS.replace("\t", "<TAB>")
                    + "' line");
        }
        if (!String.join("\t", TextLines.cells(lines.get(i))).equals(COLUMNS)) {
            throw new ImportException(file, i + 1, "expected the column line 'Channel<TAB>m/z<TAB>Intensity'");
        }
        int first = i + 1;
        int end = lines.size();
        while (end > first && lines.get(end - 1).isBlank()) {
            end--;
        }
        if (end == first) {
            throw new ImportException(file, first + 1, "no data rows");
        }
        int n = end - first;
        double[] ch = new double[n];
        double[] mz = new double[n];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            int lineNo = first + r + 1;
            String[] cells = TextLines.cells(lines.get(first + r));
            if (cells.length != 3) {
                throw new ImportException(file, lineNo, "expected 3 cells, found " + cells.length);
            }
            double[] v = new double[3];
            for (int c = 0; c < 3; c++) {
                try {
                    v[c] = TextLines.number(cells[c]);
                } catch (NumberFormatException e) {
                    throw new ImportException(file, lineNo, "column " + (c + 1) + " is " + e.getMessage(), e);
                }
                if (!Double.isFinite(v[c])) {
                    throw new ImportException(file, lineNo, "column " + (c + 1) + " is not finite: '" + cells[c] + "'");
                }
            }
            if (r > 0 && v[0] <= ch[r - 1]) {
                throw new ImportException(file, lineNo, "channels must increase (" + cells[0] + ")");
            }
            ch[r] = v[0];
            mz[r] = v[1];
            y[r] = v[2];
        }
        Optional<Integer> binning = Optional.empty();
        Optional<Boolean> deadtime = Optional.empty();
        for (String h : header) {
            Matcher b = BINNING.matcher(h);
            if (b.find() && b.group(1).length() <= 9) { // longer digit runs are not a binning factor
                binning = Optional.of(Integer.parseInt(b.group(1)));
            }
            Matcher d = DEADTIME.matcher(h);
            if (d.find()) {
                deadtime = Optional.of(d.group(1).toLowerCase(Locale.ROOT).equals("on"));
            }
        }
        return new MassSpectrumData(ch, mz, y, binning, deadtime, header);
    }
}
