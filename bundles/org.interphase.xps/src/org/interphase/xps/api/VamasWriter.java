package org.interphase.xps.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link VamasFile}s as ISO 14976 text. Parameters are written as stored, numbers in the shortest
 * form that reads back exactly ({@link VamasText#format(double)}), so read - write - read gives identical
 * data. Items excluded by the file's inclusion list are omitted for blocks after the first.
 */
public final class VamasWriter {

    private VamasWriter() {
    }

    /** The file as lines (without line ends). */
    public static List<String> lines(VamasFile f) {
        List<String> out = new ArrayList<>();
        out.add(VamasFile.FORMAT_IDENTIFIER);
        out.add(f.institution());
        out.add(f.instrumentModel());
        out.add(f.operator());
        out.add(f.experimentId());
        out.add(Integer.toString(f.comments().size()));
        out.addAll(f.comments());
        out.add(f.experimentMode());
        out.add(f.scanMode());
        out.addAll(f.modeParameters());
        out.add(Integer.toString(f.experimentalVariables().size()));
        for (VamasVariable v : f.experimentalVariables()) {
            out.add(v.label());
            out.add(v.units());
        }
        out.add(Integer.toString(f.inclusionCount()));
        for (int e : f.inclusionEntries()) {
            out.add(Integer.toString(e));
        }
        out.add(Integer.toString(f.manualItems().size()));
        out.addAll(f.manualItems());
        out.add(Integer.toString(f.futureExperimentEntries().size()));
        out.addAll(f.futureExperimentEntries());
        out.add(Integer.toString(f.futureBlockEntryCount()));
        out.add(Integer.toString(f.blocks().size()));
        for (int b = 0; b < f.blocks().size(); b++) {
            block(f, b, out);
        }
        out.add(VamasFile.END);
        return out;
    }

    private static void block(VamasFile f, int index, List<String> out) {
        VamasBlock block = f.blocks().get(index);
        out.add(block.blockId());
        out.add(block.sampleId());
        for (VamasItem item : VamasItem.values()) {
            if (f.includes(index, item)) {
                out.addAll(block.lines(item));
            }
        }
        out.addAll(block.futureEntries());
        List<double[]> columns = block.columns();
        int n = block.pointCount();
        out.add(Integer.toString(n * columns.size()));
        out.addAll(block.ordinateRanges());
        for (int i = 0; i < n; i++) {
            for (double[] column : columns) {
                out.add(VamasText.format(column[i]));
            }
        }
    }

    /** Writes {@code f} to {@code file} with CRLF line ends, atomically (temporary file, then rename). */
    public static void write(VamasFile f, Path file) throws IOException {
        write(f, file, "\r\n");
    }

    /** Writes {@code f} to {@code file} with the given line end, atomically. */
    public static void write(VamasFile f, Path file, String lineEnd) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : lines(f)) {
            sb.append(line).append(lineEnd);
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, sb, StandardCharsets.ISO_8859_1);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
