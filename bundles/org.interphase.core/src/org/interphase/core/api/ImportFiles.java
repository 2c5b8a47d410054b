package org.interphase.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Guards every importer's first contact with a file: only regular, readable files are opened (never a FIFO,
 * a character device such as {@code /dev/zero} or a link to one), whole-file reads are bounded, and declared
 * sizes are checked against what the file can really hold before anything is allocated.
 */
public final class ImportFiles {

    /** The largest text (or small binary) file read into memory at once (128 MiB). */
    public static final long MAX_TEXT_BYTES = 128L << 20;

    /** The longest line a text format may have (1 MiB); real instrument lines are a few kilobytes at most. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    /** The largest number of values (points, ordinates, voxels of one slice) a declared count may ask for. */
    public static final long MAX_VALUES = 1L << 28;

    private ImportFiles() {
    }

    /**
     * Refuses anything but an existing, readable regular file (or, when {@code folderAllowed}, a folder), with
     * a message that says why: missing, a dangling symbolic link, permission denied, or not a regular file.
     */
    public static void requireReadable(Path file, boolean folderAllowed) throws ImportException {
        if (Files.isDirectory(file)) {
            if (folderAllowed) {
                return;
            }
            throw new ImportException(file, 0, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            if (Files.isSymbolicLink(file)) {
                throw new ImportException(file, 0, "is a dangling symbolic link (its target does not exist)");
            }
            throw new ImportException(file, 0, "no such file or folder");
        }
        if (!Files.isRegularFile(file)) {
            String what = Files.isSymbolicLink(file) ? "links to something that is not a regular file"
                    : "is not a regular file";
            throw new ImportException(file, 0, what + " (a device, pipe or socket cannot be imported)");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file, 0, "cannot be read: permission denied");
        }
    }

    /** {@link #requireReadable(Path, boolean)} for a file. */
    public static void requireRegularFile(Path file) throws ImportException {
        requireReadable(file, false);
    }

    /** The size of a regular file. */
    public static long size(Path file) throws ImportException {
        requireRegularFile(file);
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * All bytes of a regular file of at most {@code limit} bytes; larger files are refused before reading.
     * The read itself is bounded too, so a file that grows while being read cannot exhaust memory.
     */
    public static byte[] readBytes(Path file, long limit) throws ImportException {
        long size = size(file);
        if (size > limit) {
            throw new ImportException(file, 0, "is " + size + " bytes, more than the " + limit
                    + " bytes this format may have");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 16));
            if (in.read() >= 0) {
                throw new ImportException(file, 0, "grew beyond " + limit + " bytes while being read");
            }
            return bytes;
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * All bytes of a text file: at most {@link #MAX_TEXT_BYTES}, no line longer than {@link #MAX_LINE_CHARS}
     * (a line ends at LF or CR), and not evidently cut inside its last line ({@link #checkLastLine}).
     */
    public static byte[] readText(Path file) throws ImportException {
        byte[] bytes = readBytes(file, MAX_TEXT_BYTES);
        int line = 1;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                if (!(b == '\n' && i > 0 && bytes[i - 1] == '\r')) {
                    line++;
                }
                start = i + 1;
            } else if (i - start >= MAX_LINE_CHARS) {
                throw new ImportException(file, line, "line is longer than " + MAX_LINE_CHARS
                        + " characters (not a text export of this format, or damaged)");
            }
        }
        checkLastLine(file, bytes);
        return bytes;
    }

    /**
     * Checks a count declared in a file header before it is used to allocate: it must be between 0 and
     * {@code max}, and {@code count * bytesEach} must fit in the {@code available} bytes (or lines) the file
     * still has. Uses long arithmetic throughout.
     *
     * @return the count as an int
     */
    public static int declaredCount(Path file, int line, String what, long count, long bytesEach, long available,
            long max) throws ImportException {
        if (count < 0) {
            throw new ImportException(file, line, "negative " + what + ": " + count);
        }
        if (count > max || count > Integer.MAX_VALUE - 16) {
            throw new ImportException(file, line, what + " " + count + " exceeds the limit of " + max);
        }
        if (bytesEach > 0 && available >= 0 && count > available / bytesEach) {
            throw new ImportException(file, line, "declares " + count + " " + what + " but the file has room for only "
                    + available / bytesEach + " (truncated or damaged)");
        }
        return (int) count;
    }

    /**
     * Refuses a text file whose last line was evidently cut: the file does not end with a line end, the line
     * before is a row of numbers, and the last line is a shorter row of numbers (fewer fields, or a last number
     * whose exponent was cut off, e.g. {@code -4.62} where every row before writes {@code -4.62e-3}). A last
     * line that is merely shorter is accepted: many programs omit the final line end.
     */
    public static void checkLastLine(Path file, byte[] bytes) throws ImportException {
        int n = bytes.length;
        if (n == 0 || bytes[n - 1] == '\n' || bytes[n - 1] == '\r') {
            return;
        }
        int from = Math.max(0, n - 65536);
        String[] tail = new String(bytes, from, n - from, java.nio.charset.StandardCharsets.ISO_8859_1)
                .split("\r\n|\r|\n", -1);
        if (tail.length < 2) {
            return;
        }
        String[] lf = fields(tail[tail.length - 1]);
        String[] pf = fields(tail[tail.length - 2]);
        if (lf.length == 0 || !numeric(lf) || !numeric(pf)) {
            return;
        }
        int line = 1;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= n || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        if (lf.length < pf.length) {
            throw new ImportException(file, line, "the file ends inside this line (" + lf.length + " of " + pf.length
                    + " values, no line end): truncated?");
        }
        // a fixed-format column (every row before: same width, with an exponent) cut just before its exponent:
        // the last number is exactly a mantissa of that width (a %g column switching notation is not refused)
        String l = unsigned(lf[lf.length - 1]);
        int rows = 0;
        for (int k = tail.length - 2; k >= 1 && rows < 20; k--, rows++) {
            String[] f = fields(tail[k]);
            if (f.length != lf.length || !numeric(f)) {
                break;
            }
            String p = unsigned(f[f.length - 1]);
            if (!p.matches(".*[eE][-+]?\\d+") || p.length() != unsigned(pf[pf.length - 1]).length()) {
                return;
            }
        }
        String before = unsigned(pf[pf.length - 1]);
        int mantissa = Math.max(before.indexOf('e'), before.indexOf('E'));
        if (rows >= 3 && !l.matches(".*[eE][-+]?\\d+") && l.length() == mantissa) {
            throw new ImportException(file, line, "the file ends inside this line (its last number '"
                    + lf[lf.length - 1] + "' lacks the exponent of the rows before, no line end): truncated?");
        }
    }

    private static String[] fields(String line) {
        String t = line.strip();
        return t.isEmpty() ? new String[0] : t.split("[\\s,;]+");
    }

    private static String unsigned(String number) {
        return number.startsWith("-") || number.startsWith("+") ? number.substring(1) : number;
    }

    private static boolean numeric(String[] fields) {
        for (String f : fields) {
            if (f.isEmpty() || !(Character.isDigit(f.charAt(0)) || f.charAt(0) == '-' || f.charAt(0) == '+'
                    || f.charAt(0) == '.')) {
                return false;
            }
            try {
                Double.parseDouble(f);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** "cannot be read: …" with the reason spelled out for the common cases. */
    public static ImportException cannotRead(Path file, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = Files.isSymbolicLink(file) ? "dangling symbolic link" : "no such file or folder";
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new ImportException(file, 0, "cannot be read: " + reason, e);
    }
}
