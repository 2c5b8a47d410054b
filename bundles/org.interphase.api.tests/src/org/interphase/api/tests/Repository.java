package org.interphase.api.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the repository's bundles and reads the Java sources of a package. */
final class Repository {

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");

    private Repository() {
    }

    /** The repository root, from the system property {@code interphase.repo} set by this bundle's pom. */
    static Path root() {
        String repo = System.getProperty("interphase.repo");
        if (repo == null || repo.isBlank()) {
            throw new IllegalStateException("system property interphase.repo is not set (see this bundle's pom)");
        }
        return Path.of(repo).toAbsolutePath().normalize();
    }

    /** Every bundle under {@code bundles/} that has a {@code META-INF/MANIFEST.MF}, sorted by folder name. */
    static List<BundleManifest> bundles() {
        try (Stream<Path> folders = Files.list(root().resolve("bundles"))) {
            List<BundleManifest> result = new ArrayList<>();
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("META-INF/MANIFEST.MF"))) {
                    result.add(BundleManifest.read(folder));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Java files directly in {@code pkg} in any source folder of the bundle. */
    static List<Path> javaFiles(BundleManifest bundle, String pkg) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path source : bundle.sourceFolders()) {
            Path dir = source.resolve(pkg.replace('.', '/'));
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /**
     * Java source without comments and the contents of string and character literals (a scanner, not a
     * regular expression: generated sources hold literals long enough to overflow a backtracking regex).
     */
    static String code(Path javaFile) throws IOException {
        String text = Files.readString(javaFile);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                out.append(c).append(c);
                i++;
                while (i < n && text.charAt(i) != c) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The imported names (types, packages of on-demand imports, static members) of a source text. */
    static List<String> imports(String code) {
        List<String> result = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }
}
