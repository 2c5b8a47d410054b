package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.interphase.app.demo.DemoProject;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Study;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.interphase.model.persistence.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The demo's XPS regions and results name the blocks of their files: the block identifiers listed in
 * ../shared/data/README.md ("VAMAS reference facts", "SPECS .xy reference facts"), each also found as such in the
 * file's text (a VAMAS block starts with its identifier line, a SPECS curve with "# Region:").
 */
class DemoXpsRegionsTest {

    /** Block identifiers per file, in file order, from the data README. */
    private static final Map<String, List<String>> README_BLOCKS = Map.of(
            "data/xps/mjr9_59c.vms", List.of("Wide/2", "Wide/5", "O 1s/6", "N 1s/7", "C 1s/8", "S 2p/9", "Au 4f/10",
                    "S 2p/13", "Au 4f/14"),
            "data/xps/mm-specs.xy", List.of("P 2p"));

    @TempDir
    Path dir;

    @Test
    void everyRegionAndResultNamesABlockOfItsFile() throws Exception {
        Study study = StudyStore.load(DemoProject.install(dir));
        List<XpsSpectrum> spectra = study.getCells().stream().flatMap(c -> c.getMeasurements().stream())
                .filter(XpsSpectrum.class::isInstance).map(XpsSpectrum.class::cast).toList();
        assertEquals(README_BLOCKS.keySet(), spectra.stream().map(XpsSpectrum::getSourceUri).collect(Collectors.toSet()));
        int results = 0;
        for (XpsSpectrum s : spectra) {
            List<String> blocks = README_BLOCKS.get(s.getSourceUri());
            List<String> labels = s.getRegions().stream().map(XpsRegion::getLabel).toList();
            assertEquals(blocks, labels, s.getSourceUri() + ": one region per block, named as the block");
            List<String> lines = Files.readAllLines(dir.resolve(s.getSourceUri()), StandardCharsets.ISO_8859_1).stream()
                    .map(String::strip).toList();
            for (String label : labels) {
                assertTrue(lines.contains(label)
                        || lines.stream().anyMatch(l -> l.matches("# Region:\\s+" + java.util.regex.Pattern.quote(label))),
                        "'" + label + "' is a block of " + s.getSourceUri());
            }
            Set<String> known = Set.copyOf(labels);
            for (AnalysisResult r : s.getAnalyses()) {
                String region = JsonParser.parseString(r.getSettings()).getAsJsonObject().get("region").getAsString();
                assertTrue(known.contains(region), r.getName() + " fits '" + region + "', not a block of " + s.getSourceUri());
                assertTrue(r.getName().endsWith(" " + region), r.getName());
                List<String> fractions = r.getParameters().stream().map(p -> p.getName())
                        .filter(n -> n.contains(" fraction of ")).toList();
                assertFalse(fractions.isEmpty(), r.getName() + " has species fractions");
                fractions.forEach(n -> assertTrue(n.endsWith(" fraction of " + region), n + " names its region"));
                results++;
            }
        }
        assertTrue(results >= 1, "the demo fits at least one XPS region");
    }
}
