package org.interphase.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The first bytes of a file, read once and shown to every importer's {@link Importer#detect(FileProbe)}.
 *
 * @param file the file
 * @param head up to {@link #HEAD_BYTES} bytes from its start
 */
public record FileProbe(Path file, byte[] head) {

    /** How many bytes importers see when detecting content. */
    public static final int HEAD_BYTES = 8192;

    /**
     * Reads the head of {@code file}; a folder (e.g. a stack of slices) gets an empty head. Anything that is
     * not a regular file (a FIFO, a device such as {@code /dev/zero}, or a link to one) is refused before it
     * is opened, since opening a FIFO blocks and a device never ends.
     */
    public static FileProbe of(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            return new FileProbe(file, new byte[0]);
        }
        if (!Files.isRegularFile(file)) {
            try {
                ImportFiles.requireRegularFile(file);
            } catch (ImportException e) {
                throw new IOException(e.reason(), e);
            }
            throw new IOException("is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new FileProbe(file, in.readNBytes(HEAD_BYTES));
        }
    }

    /** Whether the probed path is a folder. */
    public boolean isDirectory() {
        return Files.isDirectory(file);
    }

    /** Lower-case extension without the dot, or "" (for {@code a.mpt.txt} this is {@code txt}). */
    public String extension() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Lower-case file name. */
    public String fileName() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** A UTF-8 byte-order mark as ISO-8859-1 characters. */
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";

    /** The message a UTF-16 text file is refused with. */
    public static final String UTF16_REFUSAL = "UTF-16 text: save as UTF-8 (or ASCII) and import again";

    /**
     * The head decoded as ISO-8859-1, which maps every byte to one character (safe for detection); a UTF-8
     * byte-order mark is removed, so a detector sees the same text with or without one.
     */
    public String headText() {
        return withoutBom(new String(head, StandardCharsets.ISO_8859_1));
    }

    /**
     * {@code text} (decoded as ISO-8859-1 or UTF-8) without a leading UTF-8 byte-order mark: the one place
     * where text readers and detectors drop it.
     */
    public static String withoutBom(String text) {
        if (text.startsWith(UTF8_BOM)) {
            return text.substring(UTF8_BOM.length());
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Whether the head starts with a UTF-16 byte-order mark (text importers refuse it, see {@link #UTF16_REFUSAL}). */
    public boolean isUtf16() {
        return head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
    }

    /**
     * How the head is a slightly damaged form of a format's {@code magic} (its fixed first characters), for an
     * importer that claims the file and then refuses it rather than leaving it to a looser reader of another
     * technique: the magic after a few stray bytes (NUL, control characters), or the magic with at most two
     * characters changed. Empty when the head starts with the magic intact, or does not resemble it.
     *
     * @return the damage, e.g. "4 stray bytes before 'EC-Lab ASCII FILE'", printable ASCII only
     */
    public Optional<String> damagedMagic(String magic) {
        String text = headText();
        if (text.startsWith(magic) || magic.length() < 5) {
            return Optional.empty();
        }
        int at = text.indexOf(magic);
        String before = at > 0 ? text.substring(0, at) : "";
        if (at > 0 && at <= 16 && before.chars().allMatch(c -> c < 0x20 || c >= 0x7F) && !before.isBlank()) {
            return Optional.of(at + " stray byte" + (at == 1 ? "" : "s") + " before '" + magic + "'");
        }
        if (text.length() < magic.length()) {
            return Optional.empty();
        }
        int differ = 0;
        for (int i = 0; i < magic.length(); i++) {
            if (text.charAt(i) != magic.charAt(i)) {
                differ++;
            }
        }
        if (differ > 0 && differ <= Math.min(2, magic.length() / 4)) {
            return Optional.of("'" + printable(text.substring(0, magic.length())) + "' instead of '" + magic + "'");
        }
        return Optional.empty();
    }

    /**
     * As {@link #damagedMagic(String)} for a format with several magics: empty when the head starts with one of
     * them intact, otherwise the damage of the first one it resembles.
     */
    public Optional<String> damagedMagic(String... magics) {
        for (String m : magics) {
            if (headText().startsWith(m)) {
                return Optional.empty();
            }
        }
        for (String m : magics) {
            Optional<String> d = damagedMagic(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses {@code file} when its head is a damaged form of one of the format's {@code magics}: "damaged
     * FORMAT header at line 1: …". For a format's reader, so that a file its importer claimed because it almost
     * matches is refused with the reason rather than read wrongly.
     */
    public static void refuseDamaged(Path file, String format, String... magics) throws ImportException {
        if (Files.isDirectory(file)) {
            return;
        }
        FileProbe probe;
        try {
            probe = of(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (probe.isUtf16()) {
            throw new ImportException(file, 1, UTF16_REFUSAL);
        }
        Optional<String> damage = probe.damagedMagic(magics);
        if (damage.isPresent()) {
            throw new ImportException(file, 1, "damaged " + format + " header at line 1: " + damage.get());
        }
    }

    /** {@code s} with every character outside printable ASCII shown as {@code ?} (safe in messages). */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
        return b.toString();
    }

    /** Whether the head starts with the given ASCII text. */
    public boolean startsWith(String ascii) {
        return headText().startsWith(ascii);
    }
}
