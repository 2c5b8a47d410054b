package org.interphase.eis.api.mpr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImportFiles;

/**
 * The container of a BioLogic EC-Lab binary file ({@code .mpr}), for any technique (impedance, cycling,
 * voltammetry):
 * <ul>
 * <li>magic {@code BIO-LOGIC MODULAR FILE\x1a}, padded with spaces to 48 bytes, plus 4 zero bytes;</li>
 * <li>then modules, each {@code MODULE} + short name (10 bytes) + long name (25 bytes) + header. Old
 * header: length u4, version u4, date (8). Since EC-Lab 11.50 the header starts with a 0xFFFFFFFF marker:
 * marker u4, length u4, two u4 (version fields), date (8).</li>
 * </ul>
 * All numbers are little endian. Decode the records of the {@link MprModule#DATA} module with
 * {@link MprRecords#decode}.
 */
public final class MprFile {

    /** The magic text at the start of every {@code .mpr} file. */
    public static final String MAGIC = "BIO-LOGIC MODULAR FILE\u001a";
    private static final int FILE_HEADER = 52;
    private static final int OLD_HEADER = 57;
    private static final int EXTENDED_HEADER = 65;

    private MprFile() {
    }

    /**
     * Reads the modules of a file, in file order.
     *
     * @throws ImportException when the file cannot be read, is no BioLogic modular file, or a module is
     *         truncated or damaged
     */
    public static List<MprModule> read(Path file) throws ImportException {
        return parse(file, ImportFiles.readBytes(file, ImportFiles.MAX_TEXT_BYTES));
    }

    /**
     * The modules of a file already in memory; {@code file} only names it in error messages.
     *
     * @throws ImportException when the bytes are no BioLogic modular file or a module is truncated
     */
    public static List<MprModule> parse(Path file, byte[] bytes) throws ImportException {
        if (bytes.length < FILE_HEADER || !new String(bytes, 0, MAGIC.length(), StandardCharsets.ISO_8859_1)
                .equals(MAGIC)) {
            throw new ImportException(file, 0, "not a BioLogic modular file (magic 'BIO-LOGIC MODULAR FILE' missing)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<MprModule> out = new ArrayList<>();
        int pos = FILE_HEADER;
        int n = bytes.length;
        while (pos < n) {
            if (pos + OLD_HEADER > n || !ascii(buf, pos, 6).equals("MODULE")) {
                throw new ImportException(file, 0, "expected 'MODULE' at byte " + pos + " (file truncated or damaged)");
            }
            String shortName = ascii(buf, pos + 6, 10).trim();
            String longName = ascii(buf, pos + 16, 25).trim();
            boolean extended = buf.getInt(pos + 41) == -1;
            if (extended && pos + EXTENDED_HEADER > n) {
                throw new ImportException(file, 0, "module header at byte " + pos + " is truncated");
            }
            int start = pos + (extended ? EXTENDED_HEADER : OLD_HEADER);
            long length = Integer.toUnsignedLong(buf.getInt(pos + (extended ? 45 : 41)));
            int version = extended ? Math.max(buf.getInt(pos + 49), buf.getInt(pos + 53)) : buf.getInt(pos + 45);
            String date = ascii(buf, pos + (extended ? 57 : 49), 8);
            if (start + length > n) {
                throw new ImportException(file, 0, "module '" + shortName + "' at byte " + pos + " announces "
                        + length + " bytes but the file ends at byte " + n + " (truncated)");
            }
            byte[] payload = Arrays.copyOfRange(bytes, start, (int) (start + length));
            out.add(new MprModule(shortName, longName, version, date, payload, extended));
            pos = (int) (start + length);
        }
        return List.copyOf(out);
    }

    /**
     * The column ids of the "VMP data" module read from the first bytes of a file (a detection probe), decoded as
     * {@link MprRecords} decodes the column list (count u2 and ids u2 after an extended header; count u1 and ids u2,
     * or u1 ids for version 0, after an old one). Empty when the module or its whole column list lies beyond
     * {@code head}: only the full file can tell then.
     */
    public static Optional<List<Integer>> dataColumnIds(byte[] head) {
        int at = new String(head, StandardCharsets.ISO_8859_1).indexOf("MODULE" + MprModule.DATA);
        if (at < 0 || at + EXTENDED_HEADER + 6 > head.length) {
            return Optional.empty();
        }
        ByteBuffer buf = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        boolean extended = buf.getInt(at + 41) == -1;
        int base = at + (extended ? EXTENDED_HEADER : OLD_HEADER);
        boolean narrowIds = !extended && buf.getInt(at + 45) == 0;
        int n = extended ? Short.toUnsignedInt(buf.getShort(base + 4)) : Byte.toUnsignedInt(buf.get(base + 4));
        int start = base + (extended ? 6 : 5);
        int width = narrowIds ? 1 : 2;
        if (n == 0 || start + width * n > head.length) {
            return Optional.empty();
        }
        List<Integer> ids = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            ids.add(narrowIds ? Byte.toUnsignedInt(buf.get(start + c)) : Short.toUnsignedInt(buf.getShort(start + 2 * c)));
        }
        return Optional.of(List.copyOf(ids));
    }

    /** The first module with this short name (e.g. {@link MprModule#DATA}), if any. */
    public static Optional<MprModule> module(List<MprModule> modules, String shortName) {
        return modules.stream().filter(m -> m.shortName().equals(shortName)).findFirst();
    }

    private static String ascii(ByteBuffer buf, int pos, int len) {
        byte[] b = new byte[len];
        buf.get(pos, b);
        return new String(b, StandardCharsets.ISO_8859_1).replace('\0', ' ');
    }
}
