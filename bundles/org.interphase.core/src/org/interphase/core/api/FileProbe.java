package org.interphase.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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

    /** The head decoded as ISO-8859-1, which maps every byte to one character (safe for detection). */
    public String headText() {
        return new String(head, StandardCharsets.ISO_8859_1);
    }

    /** Whether the head starts with the given ASCII text. */
    public boolean startsWith(String ascii) {
        return headText().startsWith(ascii);
    }
}
