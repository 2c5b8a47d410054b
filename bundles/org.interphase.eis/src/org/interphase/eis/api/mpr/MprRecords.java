package org.interphase.eis.api.mpr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.ImportException;

/**
 * The records of a "VMP data" module decoded into named double columns.
 * <p>
 * Module layout: point count u4, then the column list, a zero-filled block, and the records (packed, one
 * flag byte at the place of the first flag column when flag columns exist) filling the end of the module.
 * The column list is column count u2 + ids u2 in a module with an extended header, and column count u1 +
 * ids u2 in an old-header module of version 2 or 3 (u1 ids for version 0).
 */
public final class MprRecords {

    private final List<MprColumn> columns;
    private final Map<String, double[]> values;
    private final int rows;

    private MprRecords(List<MprColumn> columns, Map<String, double[]> values, int rows) {
        this.columns = List.copyOf(columns);
        this.values = values;
        this.rows = rows;
    }

    /**
     * Decodes a data module with a column table.
     *
     * @param file names the file in error messages
     * @throws ImportException for a column id the table does not know (the record size is then unknown), or
     *         a module whose records do not fit
     */
    public static MprRecords decode(Path file, MprModule data, MprColumnTable table) throws ImportException {
        ByteBuffer buf = ByteBuffer.wrap(data.payload()).order(ByteOrder.LITTLE_ENDIAN);
        int length = data.length();
        if (length < 8) {
            throw new ImportException(file, 0, "'" + data.shortName() + "' module is too short");
        }
        long points = Integer.toUnsignedLong(buf.getInt(0));
        boolean wideCount = data.extendedHeader();
        boolean narrowIds = !data.extendedHeader() && data.version() == 0;
        int nCols = wideCount ? Short.toUnsignedInt(buf.getShort(4)) : Byte.toUnsignedInt(buf.get(4));
        int idStart = wideCount ? 6 : 5;
        int idBytes = narrowIds ? 1 : 2;
        if (nCols == 0 || nCols > 200 || idStart + (long) idBytes * nCols > length) {
            throw new ImportException(file, 0, "'" + data.shortName() + "' module announces " + nCols + " columns");
        }
        List<MprColumn> cols = new ArrayList<>();
        int[] offsets = new int[nCols];
        int flagOffset = -1;
        int rowSize = 0;
        for (int c = 0; c < nCols; c++) {
            int at = idStart + idBytes * c;
            int id = narrowIds ? Byte.toUnsignedInt(buf.get(at)) : Short.toUnsignedInt(buf.getShort(at));
            MprColumn col = table.column(id).orElseThrow(() -> new ImportException(file, 0, "unknown column id "
                    + id + " in '" + data.shortName() + "' (row size cannot be determined)"));
            if (col.type() == MprColumnType.FLAG && flagOffset < 0) {
                flagOffset = rowSize;
                rowSize += 1;
            }
            offsets[c] = col.type() == MprColumnType.FLAG ? flagOffset : rowSize;
            rowSize += col.type().bytes();
            cols.add(col);
        }
        long rowStart = length - points * rowSize;
        if (rowStart < idStart + (long) idBytes * nCols) {
            throw new ImportException(file, 0, "'" + data.shortName() + "' announces " + points + " rows of "
                    + rowSize + " bytes but holds only " + length + " bytes (truncated)");
        }
        int n = (int) points;
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < nCols; c++) {
            MprColumn col = cols.get(c);
            int count = seen.merge(col.name(), 1, Integer::sum);
            double[] v = new double[n];
            for (int r = 0; r < n; r++) {
                v[r] = value(buf, (int) (rowStart + (long) r * rowSize) + offsets[c], col);
            }
            values.put(count == 1 ? col.name() : col.name() + " " + count, v);
        }
        return new MprRecords(cols, values, n);
    }

    private static double value(ByteBuffer buf, int pos, MprColumn c) {
        return switch (c.type()) {
            case FLAG -> (Byte.toUnsignedInt(buf.get(pos)) & c.mask()) >>> Integer.numberOfTrailingZeros(c.mask());
            case UINT16 -> Short.toUnsignedInt(buf.getShort(pos));
            case UINT32 -> Integer.toUnsignedLong(buf.getInt(pos));
            case FLOAT32 -> buf.getFloat(pos);
            case FLOAT64 -> buf.getDouble(pos);
        };
    }

    /** The columns in file order. */
    public List<MprColumn> columns() {
        return columns;
    }

    /**
     * The column names in file order; a name that occurs again gets its count appended ("I/mA 2"), as in
     * galvani.
     */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** The number of records. */
    public int rowCount() {
        return rows;
    }

    /** The values of a named column (a copy), if present. */
    public Optional<double[]> column(String name) {
        double[] v = values.get(name);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /** The values of the first column with this id (a copy), if present. */
    public Optional<double[]> columnById(int id) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).id() == id) {
                return column(names().get(c));
            }
        }
        return Optional.empty();
    }
}
