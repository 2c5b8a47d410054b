package org.interphase.eis.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;

/** Reads instrument text exports as Latin-1 lines (every byte is a character; numbers are ASCII anyway). */
public final class TextFile {

    private TextFile() {
    }

    /** All lines, without line terminators; a UTF-8 byte-order mark is removed. */
    public static List<String> lines(Path file) throws ImportException {
        byte[] bytes = org.interphase.core.api.ImportFiles.readText(file);
        if (bytes.length == 0) {
            throw new ImportException(file, 0, "the file is empty");
        }
        return FileProbe.withoutBom(new String(bytes, StandardCharsets.ISO_8859_1)).lines().toList();
    }

    /** Parses a number; a decimal comma is accepted when the token has no point. */
    public static double number(Path file, int line, String token, String what) throws ImportException {
        String t = token.trim();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, what + ": '" + token.trim() + "' is not a number", e);
        }
        if (!Double.isFinite(v)) {
            throw new ImportException(file, line, what + ": non-finite value '" + token.trim() + "'");
        }
        return v;
    }

    /** Whether a token parses as a finite or non-finite number (decimal comma accepted). */
    public static boolean isNumber(String token) {
        String t = token.trim();
        if (t.isEmpty()) {
            return false;
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        char c = t.charAt(t.length() - 1);
        if (c == 'd' || c == 'D' || c == 'f' || c == 'F') {
            return false; // Java's parser accepts type suffixes, instrument files never use them
        }
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
