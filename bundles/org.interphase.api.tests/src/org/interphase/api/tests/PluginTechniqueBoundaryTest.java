package org.interphase.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: the galvanostatic cycling technique is built as an in-house plug-in would be. Its bundles reach
 * Interphase only through {@code Import-Package} of publicly exported packages (the rule the example plug-ins
 * follow), and its headless bundle runs without SWT, JFace, SWTChart or the workbench UI.
 */
class PluginTechniqueBoundaryTest {

    static final List<String> CYCLING = List.of("org.interphase.cycling", "org.interphase.cycling.ui");

    static Stream<BundleManifest> cyclingBundles() {
        return ApiBoundaryTest.bundles().filter(b -> CYCLING.contains(b.symbolicName()));
    }

    static Stream<BundleManifest> headlessCyclingBundles() {
        return cyclingBundles().filter(b -> b.symbolicName().equals("org.interphase.cycling"));
    }

    @Test
    void findsTheCyclingBundles() {
        assertEquals(CYCLING, cyclingBundles().map(BundleManifest::symbolicName).sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cyclingBundles")
    void cyclingUsesOnlyThePublicApi(BundleManifest bundle) throws IOException {
        new ApiBoundaryTest().examplesUseOnlyThePublicApi(bundle);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headlessCyclingBundles")
    void theCyclingAnalysesRunHeadless(BundleManifest bundle) throws IOException {
        new ApiBoundaryTest().headlessBundlesDoNotDependOnUi(bundle);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cyclingBundles")
    void cyclingRequiresNoInterphaseBundle(BundleManifest bundle) {
        assertTrue(bundle.clauses("Require-Bundle").stream().noneMatch(c -> c.name().startsWith("org.interphase.")),
                bundle.symbolicName() + " must import Interphase packages, not require bundles");
    }
}
