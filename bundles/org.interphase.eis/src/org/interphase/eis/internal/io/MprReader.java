package org.interphase.eis.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.internal.io.MprColumns.Column;

/**
 * BioLogic EC-Lab binary file ({@code .mpr}), written from the format's structure:
 * <ul>
 * <li>magic {@code BIO-LOGIC MODULAR FILE\x1a}, padded with spaces to 48 bytes, plus 4 zero bytes;</li>
 * <li>then modules, each {@code MODULE} + short name (10 bytes) + long name (25 bytes) + header. Old
 * header: length u4, version u4, date (8). Since EC-Lab 11.50 the header starts with a 0xFFFFFFFF marker:
 * marker u4, length u4, two u4 (version fields), date (8);</li>
 * <li>module "VMP data": point count u4, column count u2, column ids u2..., a zero-filled block, and the
 * rows (little endian, packed, one flag byte first when flag columns exist) filling the end of the module.
 * </li>
 * </ul>
 * Only structures that pass the consistency checks are read; anything else is an {@link ImportException}.
 */
public final class MprReader {

    public static final String FORMAT = "BioLogic EC-Lab binary (.mpr)";
    private static final String MAGIC = "BIO-LOGIC MODULAR FILE\u001a";
    private static final int FILE_HEADER = 52;

    private MprReader() {
    }

    /**
     * 1.0 for a BioLogic modular file whose "VMP data" module has a frequency column (an impedance
     * technique), 0 when its column list (in the first 8 KiB) has none: a cycling or voltammetry record.
     */
    public static double detect(FileProbe probe) {
        if (!probe.startsWith(MAGIC)) {
            return 0;
        }
        byte[] head = probe.head();
        int at = probe.headText().indexOf("MODULEVMP data");
        if (at < 0 || at + 65 + 6 > head.length) {
            return 1.0; // the column list is beyond the probe: let the reader decide
        }
        ByteBuffer buf = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int base = buf.getInt(at + 41) == -1 ? at + 65 : at + 57;
        int nCols = Short.toUnsignedInt(buf.getShort(base + 4));
        if (nCols == 0 || base + 6 + 2 * nCols > head.length) {
            return 1.0;
        }
        for (int c = 0; c < nCols; c++) {
            if (Short.toUnsignedInt(buf.getShort(base + 6 + 2 * c)) == 32) {
                return 1.0;
            }
        }
        return 0;
    }

    /** One module: names, where its data start and how long they are. */
    record Module(String shortName, String longName, int dataStart, int length, int version, String date) {
    }

    public static EisFile read(Path file) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length < FILE_HEADER || !new String(bytes, 0, MAGIC.length(), StandardCharsets.ISO_8859_1)
                .equals(MAGIC)) {
            throw new ImportException(file, 0, "not a BioLogic modular file (magic 'BIO-LOGIC MODULAR FILE' missing)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Module> modules = modules(file, buf);
        Module data = modules.stream().filter(m -> m.shortName().equals("VMP data")).findFirst()
                .orElseThrow(() -> new ImportException(file, 0, "no 'VMP data' module"));
        Map<String, String> meta = new LinkedHashMap<>();
        for (Module m : modules) {
            meta.put("module " + m.shortName(), "version " + m.version() + ", " + m.length() + " bytes, date " + m.date());
        }
        return MprData.read(file, buf, data, meta);
    }

    private static List<Module> modules(Path file, ByteBuffer buf) throws ImportException {
        List<Module> out = new ArrayList<>();
        int pos = FILE_HEADER;
        int n = buf.capacity();
        while (pos < n) {
            if (pos + 57 > n || !ascii(buf, pos, 6).equals("MODULE")) {
                throw new ImportException(file, 0, "expected 'MODULE' at byte " + pos + " (file truncated or damaged)");
            }
            String shortName = ascii(buf, pos + 6, 10).trim();
            String longName = ascii(buf, pos + 16, 25).trim();
            long first = Integer.toUnsignedLong(buf.getInt(pos + 41));
            Module m;
            if (first == 0xFFFFFFFFL) {
                if (pos + 65 > n) {
                    throw new ImportException(file, 0, "module header at byte " + pos + " is truncated");
                }
                int length = buf.getInt(pos + 45);
                int version = Math.max(buf.getInt(pos + 49), buf.getInt(pos + 53));
                m = new Module(shortName, longName, pos + 65, length, version, ascii(buf, pos + 57, 8));
            } else {
                m = new Module(shortName, longName, pos + 57, (int) first, buf.getInt(pos + 45), ascii(buf, pos + 49, 8));
            }
            if (m.length() < 0 || (long) m.dataStart() + m.length() > n) {
                throw new ImportException(file, 0, "module '" + shortName + "' at byte " + pos + " announces "
                        + m.length() + " bytes but the file ends at byte " + n + " (truncated)");
            }
            out.add(m);
            pos = m.dataStart() + m.length();
        }
        return out;
    }

    static String ascii(ByteBuffer buf, int pos, int len) {
        byte[] b = new byte[len];
        buf.get(pos, b);
        return new String(b, StandardCharsets.ISO_8859_1).replace('\0', ' ');
    }

    /** The column lookup for {@link MprData}. */
    static Optional<Column> column(int id) {
        return MprColumns.of(id);
    }
}
