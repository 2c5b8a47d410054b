package org.interphase.eis.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.ImpedanceData;

/**
 * NumPy {@code .npy} arrays of impedance data as analysts save them from Python. The format (NumPy's
 * {@code format.py} documentation): magic {@code \x93NUMPY}, major and minor version bytes, the header length
 * (little-endian uint16 for version 1, uint32 for versions 2 and 3), then a Python dict literal with
 * {@code descr}, {@code fortran_order} and {@code shape}, then the raw array. Accepted (C order, little
 * endian): complex {@code <c16}/{@code <c8} of shape (spectra, 2, points) or (2, points), row 0 the frequency
 * (imaginary part 0) and row 1 Z with a signed imaginary part; real {@code <f8}/{@code <f4} of shape
 * (points, 3) with columns f, Z', Z''. The declared size is checked against the file before anything is
 * allocated.
 */
public final class NpyReader {

    public static final String FORMAT = "NumPy array (.npy)";
    private static final String MAGIC = "\u0093NUMPY";
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyReader() {
    }

    /** The parsed header. */
    record Header(String descr, boolean fortran, long[] shape, long dataOffset) {
        long count() {
            long n = 1;
            for (long d : shape) {
                n = Math.multiplyExact(n, d);
            }
            return n;
        }
    }

    /** 1.0 for an {@code .npy} header whose dtype and shape are an impedance layout, 0.3 for other arrays. */
    public static double detect(FileProbe probe) {
        if (!probe.startsWith(MAGIC)) {
            return 0;
        }
        try {
            Header h = header(probe.file(), ByteBuffer.wrap(probe.head()).order(ByteOrder.LITTLE_ENDIAN));
            return layout(h).isPresent() ? 1.0 : 0.3;
        } catch (ImportException | ArithmeticException e) {
            return 0.3;
        }
    }

    static Header header(Path file, ByteBuffer b) throws ImportException {
        if (b.limit() < 10) {
            throw new ImportException(file, 0, "not a NumPy file: shorter than its 10-byte preamble");
        }
        int major = b.get(6) & 0xFF;
        long len;
        int start;
        if (major == 1) {
            len = Short.toUnsignedInt(b.getShort(8));
            start = 10;
        } else if (major == 2 || major == 3) {
            if (b.limit() < 12) {
                throw new ImportException(file, 0, "NumPy header truncated");
            }
            len = Integer.toUnsignedLong(b.getInt(8));
            start = 12;
        } else {
            throw new ImportException(file, 0, "NumPy format version " + major + " is not supported (1, 2 or 3)");
        }
        if (start + len > b.limit()) {
            throw new ImportException(file, 0, "NumPy header announces " + len + " bytes but the file has only "
                    + Math.max(0, b.limit() - start) + " after the preamble");
        }
        byte[] text = new byte[(int) len];
        b.get(start, text);
        String dict = new String(text, StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(dict);
        Matcher f = FORTRAN.matcher(dict);
        Matcher s = SHAPE.matcher(dict);
        if (!d.find() || !f.find() || !s.find()) {
            throw new ImportException(file, 0, "NumPy header lacks descr, fortran_order or shape: " + dict.strip());
        }
        List<Long> dims = new ArrayList<>();
        for (String t : s.group(1).split(",")) {
            if (!t.isBlank()) {
                try {
                    dims.add(Long.parseLong(t.strip().replaceFirst("L$", "")));
                } catch (NumberFormatException e) {
                    throw new ImportException(file, 0, "NumPy shape '" + s.group(1) + "' is not a tuple of integers", e);
                }
            }
        }
        return new Header(d.group(1), f.group(1).equals("True"), dims.stream().mapToLong(Long::longValue).toArray(),
                start + len);
    }

    /** "complex" (…, 2, points) or "columns" (points, 3), when the header describes an impedance array. */
    static Optional<String> layout(Header h) {
        boolean complex = h.descr().equals("<c16") || h.descr().equals("<c8");
        boolean real = h.descr().equals("<f8") || h.descr().equals("<f4");
        long[] s = h.shape();
        if (h.fortran()) {
            return Optional.empty();
        }
        if (complex && (s.length == 3 && s[1] == 2 || s.length == 2 && s[0] == 2)) {
            return Optional.of("complex");
        }
        if (real && s.length == 2 && s[1] == 3) {
            return Optional.of("columns");
        }
        return Optional.empty();
    }

    public static EisFile read(Path file) throws ImportException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer pre = ByteBuffer.allocate((int) Math.min(size, 65_536)).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(pre, 0);
            pre.flip();
            byte[] magic = new byte[Math.min(6, pre.limit())];
            pre.get(0, magic);
            if (!new String(magic, StandardCharsets.ISO_8859_1).equals(MAGIC)) {
                throw new ImportException(file, 0, "not a NumPy file (magic \\x93NUMPY missing)");
            }
            Header h = header(file, pre);
            String layout = layout(h).orElseThrow(() -> new ImportException(file, 0, "NumPy array "
                    + h.descr() + " of shape " + java.util.Arrays.toString(h.shape()) + (h.fortran() ? " (Fortran order)" : "")
                    + " is not an impedance layout: expected complex (spectra, 2, points) or (2, points),"
                    + " or real (points, 3) f, Z', Z''"));
            int item = h.descr().endsWith("16") || h.descr().equals("<f8") ? 8 : 4; // bytes per real number
            long reals = Math.multiplyExact(h.count(), layout.equals("complex") ? 2 : 1);
            long need = Math.multiplyExact(reals, item);
            if (need != size - h.dataOffset()) {
                throw new ImportException(file, 0, "NumPy shape " + java.util.Arrays.toString(h.shape()) + " of "
                        + h.descr() + " needs " + need + " data bytes after the " + h.dataOffset()
                        + "-byte header, the file has " + (size - h.dataOffset()));
            }
            if (need > Integer.MAX_VALUE - 16) {
                throw new ImportException(file, 0, "NumPy array of " + need + " bytes is too large");
            }
            ByteBuffer data = ByteBuffer.allocate((int) need).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(data, h.dataOffset());
            data.flip();
            double[] v = new double[(int) reals];
            for (int i = 0; i < v.length; i++) {
                v[i] = item == 8 ? data.getDouble(i * 8) : data.getFloat(i * 4);
            }
            return toFile(file, h, layout, v);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        } catch (ArithmeticException e) {
            throw new ImportException(file, 0, "NumPy shape too large", e);
        }
    }

    private static EisFile toFile(Path file, Header h, String layout, double[] v) throws ImportException {
        List<ImpedanceData> spectra = new ArrayList<>();
        long[] s = h.shape();
        if (layout.equals("complex")) {
            int count = s.length == 3 ? (int) s[0] : 1;
            int n = (int) s[s.length - 1];
            for (int k = 0; k < count; k++) {
                double[] f = new double[n];
                double[] re = new double[n];
                double[] im = new double[n];
                int base = k * 2 * n * 2; // (spectrum, row, point, re/im)
                for (int i = 0; i < n; i++) {
                    f[i] = v[base + 2 * i];
                    re[i] = v[base + 2 * n + 2 * i];
                    im[i] = v[base + 2 * n + 2 * i + 1];
                    check(file, k, i, f[i], re[i], im[i], v[base + 2 * i + 1]);
                }
                spectra.add(new ImpedanceData(count > 1 ? "spectrum " + k : "spectrum", f, re, im, OptionalInt.empty(),
                        Map.of("array index", count > 1 ? "[" + k + ", :, :]" : "[:, :]")));
            }
        } else {
            int n = (int) s[0];
            double[] f = new double[n];
            double[] re = new double[n];
            double[] im = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = v[3 * i];
                re[i] = v[3 * i + 1];
                im[i] = v[3 * i + 2];
                check(file, 0, i, f[i], re[i], im[i], 0);
            }
            spectra.add(new ImpedanceData("spectrum", f, re, im, OptionalInt.empty(), Map.of("array index", "[:, 0:3]")));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("dtype", h.descr());
        meta.put("shape", java.util.Arrays.toString(h.shape()));
        List<String> columns = layout.equals("complex") ? List.of("row 0 (frequency)", "Re(row 1)", "Im(row 1)")
                : List.of("column 0 (f)", "column 1 (Z')", "column 2 (Z'')");
        return new EisFile(FORMAT, spectra, columns, "Im(Z)", Optional.empty(), Optional.empty(), meta);
    }

    private static void check(Path file, int k, int i, double f, double re, double im, double fImag)
            throws ImportException {
        if (!(f > 0) || !Double.isFinite(f) || !Double.isFinite(re) || !Double.isFinite(im) || fImag != 0) {
            throw new ImportException(file, 0, "spectrum " + k + ", point " + i + ": frequency " + f
                    + (fImag != 0 ? " + " + fImag + "j" : "") + ", Z = " + re + " + " + im + "j is not a valid impedance point");
        }
    }
}
