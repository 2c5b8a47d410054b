package org.interphase.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.interphase.api.tests.BundleManifest.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the API boundary of every bundle under {@code bundles/} from its manifest and sources:
 * <ol>
 * <li>a publicly exported package (every {@code *.api} package, and every other export without
 * {@code x-internal}/{@code x-friends}) never refers to another bundle's {@code .internal} package, and its
 * public and protected declarations never mention an internal type (its own bundle's internals may be used
 * behind a facade);</li>
 * <li>an {@code .internal} package is exported only with {@code x-internal} or {@code x-friends};</li>
 * <li>the headless bundles (model, core, techniques, batch) neither require nor import SWT, JFace,
 * SWTChart or the workbench UI;</li>
 * <li>the example plug-ins ({@code org.interphase.examples.*}) use only public API packages.</li>
 * </ol>
 */
class ApiBoundaryTest {

    /** Bundles that must run headless (batch application, servers). */
    static final Set<String> HEADLESS = Set.of("org.interphase.model", "org.interphase.core", "org.interphase.eis",
            "org.interphase.xps", "org.interphase.sims", "org.interphase.tomo", "org.interphase.batch",
            "org.interphase.report");

    private static final Pattern INTERNAL_REFERENCE = Pattern.compile("\\b(?:\\w+\\.)+internal\\b(?:\\.\\w+)*");
    private static final Pattern PUBLIC_DECLARATION = Pattern.compile("(?m)^\\s*(?:public|protected)\\s[^;{=]*");
    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui", "org.eclipse.swtchart", "org.interphase.ui");

    static Stream<BundleManifest> bundles() {
        return Repository.bundles().stream();
    }

    static Stream<BundleManifest> headlessBundles() {
        return bundles().filter(b -> HEADLESS.contains(b.symbolicName()));
    }

    @Test
    void findsTheRepositoryBundles() {
        List<String> names = Repository.bundles().stream().map(BundleManifest::symbolicName).toList();
        assertTrue(names.size() >= 10, "expected the repository's bundles under " + Repository.root() + ", found " + names);
        assertEquals(HEADLESS.size(), headlessBundles().count(), "all headless bundles present in " + names);
    }

    /**
     * A public package may use its own bundle's internal implementation (a facade such as
     * {@code EisReaders} delegating to {@code internal.MptImporter}), but never another bundle's internal
     * package: those are not part of any contract.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void publicPackagesDoNotImportOtherBundlesInternals(BundleManifest bundle) throws IOException {
        List<String> violations = new ArrayList<>();
        for (Clause export : publicExports(bundle)) {
            for (Path file : Repository.javaFiles(bundle, export.name())) {
                Matcher m = INTERNAL_REFERENCE.matcher(Repository.code(file));
                while (m.find()) {
                    if (!ownPackage(bundle, m.group())) {
                        violations.add(file.getFileName() + " (" + export.name() + ") refers to " + m.group());
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(),
                bundle.symbolicName() + ": public API uses another bundle's internal packages: " + violations);
    }

    /**
     * No internal type appears in a public or protected declaration of a public package (class header,
     * record components, method signature, field type): clients compiled against the API never see one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void publicSignaturesDoNotExposeInternalTypes(BundleManifest bundle) throws IOException {
        List<String> violations = new ArrayList<>();
        for (Clause export : publicExports(bundle)) {
            for (Path file : Repository.javaFiles(bundle, export.name())) {
                String code = Repository.code(file);
                List<String> internalNames = Repository.imports(code).stream().filter(ApiBoundaryTest::isInternal)
                        .map(i -> i.substring(i.lastIndexOf('.') + 1)).toList();
                Matcher d = PUBLIC_DECLARATION.matcher(code);
                while (d.find()) {
                    String declaration = d.group().replaceAll("\\s+", " ").trim();
                    for (String name : internalNames) {
                        if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(declaration).find()) {
                            violations.add(file.getFileName() + ": '" + declaration + "' exposes " + name);
                        }
                    }
                    if (INTERNAL_REFERENCE.matcher(declaration).find()) {
                        violations.add(file.getFileName() + ": '" + declaration + "' exposes an internal type");
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), bundle.symbolicName() + ": public API exposes internal types: " + violations);
    }

    private static List<Clause> publicExports(BundleManifest bundle) {
        return bundle.clauses("Export-Package").stream()
                .filter(c -> !isInternal(c.name()) && !c.has("x-internal") && !c.has("x-friends")).toList();
    }

    /** Whether {@code reference} (a package or a qualified type) lies in a source package of {@code bundle}. */
    private static boolean ownPackage(BundleManifest bundle, String reference) throws IOException {
        String pkg = reference.substring(0, reference.indexOf("internal") + "internal".length());
        for (Path source : bundle.sourceFolders()) {
            if (Files.isDirectory(source.resolve(pkg.replace('.', '/')))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void apiPackagesAreExportedPublicly(BundleManifest bundle) {
        for (Clause export : bundle.clauses("Export-Package")) {
            if (export.name().endsWith(".api")) {
                assertFalse(export.has("x-internal") || export.has("x-friends"),
                        bundle.symbolicName() + ": " + export.name() + " is an API package but exported as internal");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void internalPackagesAreExportedOnlyAsInternal(BundleManifest bundle) {
        List<String> violations = bundle.clauses("Export-Package").stream()
                .filter(c -> isInternal(c.name()) && !c.has("x-internal") && !c.has("x-friends"))
                .map(Clause::name).toList();
        assertTrue(violations.isEmpty(),
                bundle.symbolicName() + ": internal packages exported without x-internal/x-friends: " + violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headlessBundles")
    void headlessBundlesDoNotDependOnUi(BundleManifest bundle) throws IOException {
        List<String> violations = new ArrayList<>();
        for (Clause c : bundle.clauses("Require-Bundle")) {
            if (isUi(c.name())) {
                violations.add("Require-Bundle " + c.name());
            }
        }
        for (Clause c : bundle.clauses("Import-Package")) {
            if (isUi(c.name())) {
                violations.add("Import-Package " + c.name());
            }
        }
        for (Path source : bundle.sourceFolders()) {
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String imported : Repository.imports(Repository.code(file))) {
                        if (isUi(imported)) {
                            violations.add(source.relativize(file) + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), bundle.symbolicName() + " must run headless but uses UI: " + violations);
    }

    static Stream<BundleManifest> exampleBundles() {
        return bundles().filter(b -> b.symbolicName().startsWith("org.interphase.examples.")
                && !b.symbolicName().endsWith(".tests"));
    }

    /**
     * The example plug-ins are templates for in-house plug-ins: they reach Interphase only through
     * {@code Import-Package} of publicly exported packages, and their sources use no other bundle's internals.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleBundles")
    void examplesUseOnlyThePublicApi(BundleManifest example) throws IOException {
        Set<String> publicPackages = new java.util.HashSet<>();
        for (BundleManifest b : Repository.bundles()) {
            publicExports(b).forEach(c -> publicPackages.add(c.name()));
        }
        List<String> violations = new ArrayList<>();
        for (Clause c : example.clauses("Require-Bundle")) {
            if (c.name().startsWith("org.interphase.")) {
                violations.add("Require-Bundle " + c.name() + " (use Import-Package of its public packages)");
            }
        }
        for (Clause c : example.clauses("Import-Package")) {
            if (c.name().startsWith("org.interphase.") && !publicPackages.contains(c.name())) {
                violations.add("Import-Package " + c.name() + " is not a public API package");
            }
        }
        for (Path source : example.sourceFolders()) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String imported : Repository.imports(Repository.code(file))) {
                        if (imported.startsWith("org.interphase.") && !imported.startsWith(example.symbolicName() + ".")
                                && !publicPackages.contains(packageOf(imported))) {
                            violations.add(source.relativize(file) + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertTrue(exampleBundles().count() > 0, "no example bundles found");
        assertTrue(violations.isEmpty(), example.symbolicName() + " must use only the public API: " + violations);
    }

    /** The package of an imported type, nested type or static member: the segments before the first capital. */
    static String packageOf(String imported) {
        StringBuilder pkg = new StringBuilder();
        for (String segment : imported.split("\\.")) {
            if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(segment);
        }
        return pkg.toString();
    }

    static boolean isInternal(String pkg) {
        return pkg.equals("internal") || pkg.contains(".internal.") || pkg.endsWith(".internal");
    }

    static boolean isUi(String name) {
        return UI_PREFIXES.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }
}
