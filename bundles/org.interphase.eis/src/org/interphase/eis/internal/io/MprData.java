package org.interphase.eis.internal.io;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.internal.io.MprColumns.Column;
import org.interphase.eis.internal.io.MprReader.Module;

/** Decodes the rows of the "VMP data" module of an {@code .mpr} file. */
final class MprData {

    private MprData() {
    }

    static EisFile read(Path file, ByteBuffer buf, Module m, Map<String, String> meta) throws ImportException {
        int base = m.dataStart();
        if (m.length() < 8) {
            throw new ImportException(file, 0, "'VMP data' module is too short");
        }
        long points = Integer.toUnsignedLong(buf.getInt(base));
        int nCols = Short.toUnsignedInt(buf.getShort(base + 4));
        int idStart = base + 6;
        if (nCols == 0 || nCols > 200 || 6 + 2L * nCols > m.length()) {
            throw new ImportException(file, 0, "'VMP data' module announces " + nCols + " columns");
        }
        boolean hasFlags = false;
        List<Column> cols = new ArrayList<>();
        int rowSize = 0;
        for (int c = 0; c < nCols; c++) {
            int id = Short.toUnsignedInt(buf.getShort(idStart + 2 * c));
            if (MprColumns.FLAGS.containsKey(id)) {
                hasFlags = true;
                cols.add(new Column(id, "flag", 'x', 0));
                continue;
            }
            Optional<Column> col = MprReader.column(id);
            if (col.isEmpty()) {
                throw new ImportException(file, 0, "unknown column id " + id + " in 'VMP data' (row size cannot be "
                        + "determined)");
            }
            cols.add(col.get());
            rowSize += col.get().bytes();
        }
        if (hasFlags) {
            rowSize += 1;
        }
        long rowsBytes = points * rowSize;
        long rowStart = (long) base + m.length() - rowsBytes;
        if (rowStart < idStart + 2L * nCols) {
            throw new ImportException(file, 0, "'VMP data' announces " + points + " rows of " + rowSize
                    + " bytes but holds only " + m.length() + " bytes (truncated)");
        }
        int fIdx = find(cols, 32);
        int reIdx = find(cols, 37);
        int imIdx = find(cols, 38);
        int cycIdx = find(cols, 24);
        if (fIdx < 0 || reIdx < 0 || imIdx < 0) {
            throw new ImportException(file, 0, "'VMP data' has no freq/Hz, Re(Z)/Ohm and -Im(Z)/Ohm columns "
                    + "(not an impedance technique)");
        }
        int[] offsets = new int[cols.size()];
        int off = hasFlags ? 1 : 0;
        for (int c = 0; c < cols.size(); c++) {
            offsets[c] = off;
            off += cols.get(c).bytes();
        }
        SpectrumCollector rows = new SpectrumCollector(cycIdx >= 0);
        for (long r = 0; r < points; r++) {
            int p = (int) (rowStart + r * rowSize);
            double f = value(buf, p + offsets[fIdx], cols.get(fIdx));
            double re = value(buf, p + offsets[reIdx], cols.get(reIdx));
            double im = -value(buf, p + offsets[imIdx], cols.get(imIdx));
            double cyc = cycIdx >= 0 ? value(buf, p + offsets[cycIdx], cols.get(cycIdx)) : 0;
            if (!Double.isFinite(f) || !Double.isFinite(re) || !Double.isFinite(im)) {
                throw new ImportException(file, 0, "row " + (r + 1) + " holds a non-finite value");
            }
            rows.add(file, 0, f, re, im, cyc);
        }
        List<String> columns = new ArrayList<>(List.of("freq/Hz", "Re(Z)/Ohm", "-Im(Z)/Ohm"));
        if (cycIdx >= 0) {
            columns.add("cycle number");
        }
        meta.put("columns", String.join(", ", cols.stream().map(Column::name).toList()));
        return new EisFile(MprReader.FORMAT, rows.spectra(file, 0), columns, "-Im(Z)", Optional.of("BioLogic"),
                Optional.empty(), meta);
    }

    private static int find(List<Column> cols, int id) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static double value(ByteBuffer buf, int pos, Column c) {
        return switch (c.type()) {
            case 'f' -> buf.getFloat(pos);
            case 'd' -> buf.getDouble(pos);
            case 'u' -> Short.toUnsignedInt(buf.getShort(pos));
            default -> throw new IllegalStateException("no value type " + c.type());
        };
    }
}
