package org.interphase.core.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, "What to build": damaged copies of shared files of every technique (empty, truncated at 10/50/99 %,
 * a flipped header byte, a BOM, NUL bytes before the header, CR-only line ends, a NaN value) go through
 * {@link Importers#read}. Each either reads or fails with an {@link ImportException} naming the file, never
 * another exception or an {@link Error}, and never hangs. The copies are made in a temporary folder; the
 * shared files are only read.
 */
class MalformedInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    static Stream<String> originals() {
        return Stream.of(
                "eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt",
                "eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr",
                "eis/hybriddrt_EISGALV_EISTest3.DTA",
                "eis/impedancepy_exampleData.csv",
                "eis/pydrttools_LIB_data.txt",
                "xps/vamas/Pt4f.vms",
                "xps/specs/mm-specs.xy",
                "xps/casa_csv/20240220_Au_MPPipTFSI4AMSIol3_F_1s.csv",
                "sims/iontof_depth_profiles/I231115y_E_PbI2-MeO-2PACz_5f_neg-C2_NF.txt",
                "sims/iontof_mass_spectra/P_Ru_Bi1_1.txt",
                "tomo/ucl_cylindrical_cell/mask_1.tif");
    }

    /** The damaged versions of a file's bytes, by name. */
    static Map<String, UnaryOperator<byte[]>> mutations() {
        Map<String, UnaryOperator<byte[]>> m = new LinkedHashMap<>();
        m.put("empty", b -> new byte[0]);
        m.put("cut10", b -> Arrays.copyOf(b, b.length / 10));
        m.put("cut50", b -> Arrays.copyOf(b, b.length / 2));
        m.put("cut99", b -> Arrays.copyOf(b, b.length * 99 / 100));
        m.put("flip2", b -> flip(b, 2));
        m.put("flip9", b -> flip(b, 9));
        m.put("bom", b -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, b));
        m.put("nul", b -> concat(new byte[4], b));
        m.put("cr", b -> latin1(b).replace("\r\n", "\r").replace('\n', '\r').getBytes(StandardCharsets.ISO_8859_1));
        m.put("nan", b -> lastNumber(b, "NaN"));
        m.put("inf", b -> lastNumber(b, "1e999"));
        return m;
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        if (at < c.length) {
            c[at] ^= 0x01;
        }
        return c;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The last decimal number of the text replaced by {@code value}. */
    private static byte[] lastNumber(byte[] b, String value) {
        String s = latin1(b);
        Matcher m = Pattern.compile("\\d+\\.\\d+").matcher(s);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        return start < 0 ? b : (s.substring(0, start) + value + s.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** What happened to one damaged file. */
    record Outcome(String mutation, Path file, Object result) {
    }

    private List<Outcome> runAll(String original) throws Exception {
        Path source = SharedData.root().resolve(original);
        byte[] bytes = Files.readAllBytes(source);
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, UnaryOperator<byte[]>> mutation : mutations().entrySet()) {
            Path dir = Files.createDirectories(tmp.resolve(mutation.getKey()));
            Path file = Files.write(dir.resolve(source.getFileName()), mutation.getValue().apply(bytes));
            Object result = assertTimeoutPreemptively(HANG_GUARD, () -> {
                try {
                    return Importers.read(file);
                } catch (Throwable t) { // anything, even an Error, is recorded and judged below
                    return t;
                }
            }, () -> mutation.getKey() + " " + original + " did not finish");
            outcomes.add(new Outcome(mutation.getKey(), file, result));
        }
        return outcomes;
    }

    /** The technique the undamaged file is read as, or null when it is not read today. */
    private static String expectedTechnique(String original) {
        try {
            return technique(Importers.read(SharedData.root().resolve(original)));
        } catch (ImportException e) {
            System.out.println("not read undamaged (another branch's work): " + e.getMessage());
            return null;
        }
    }

    private static String technique(Imported imported) {
        String id = imported.measurements().isEmpty() ? null : imported.measurements().get(0).getImporterId();
        return Importers.all().stream().filter(i -> i.id().equals(id)).map(Importer::technique).findFirst()
                .orElse(null);
    }

    @ParameterizedTest
    @MethodSource("originals")
    void damagedCopiesReadOrFailWithAMessageNamingTheFile(String original) throws Exception {
        String expected = expectedTechnique(original);
        List<String> problems = new ArrayList<>();
        for (Outcome o : runAll(original)) {
            String name = o.file().getFileName().toString();
            if (o.result() instanceof Imported imported && expected != null && !expected.equals(technique(imported))) {
                // asserted by damagedCopiesKeepTheirTechniqueOrAreRefused once detection is fixed
                System.out.println("technique confusion: " + o.mutation() + " " + original + " (" + expected
                        + ") read as " + technique(imported));
            }
            if (o.result() instanceof ImportException e) {
                if (!e.getMessage().startsWith(name)) {
                    problems.add(o.mutation() + ": message does not start with the file name: " + e.getMessage());
                }
                if (e.getMessage().chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
                    problems.add(o.mutation() + ": control characters in the message: " + e.getMessage());
                }
            } else if (o.result() instanceof Throwable t) {
                problems.add(o.mutation() + ": " + t.getClass().getName() + ": " + t.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), original + ":\n  " + String.join("\n  ", problems));
    }

    /**
     * A damaged file is read as its own technique or refused, never handed to another technique's reader.
     * (The first 10 % of the headerless pydrt-tools EIS text, a falling frequency column, was once read as a
     * ToF-SIMS profile: a depth profile's x column must grow.)
     */
    @ParameterizedTest
    @MethodSource("originals")
    void damagedCopiesKeepTheirTechniqueOrAreRefused(String original) throws Exception {
        String expected = expectedTechnique(original);
        List<String> confused = new ArrayList<>();
        for (Outcome o : runAll(original)) {
            if (o.result() instanceof Imported imported && !java.util.Objects.equals(technique(imported), expected)) {
                confused.add(o.mutation() + ": read as " + technique(imported) + " ("
                        + imported.measurements().get(0).getImporterId() + ")");
            }
        }
        assertTrue(confused.isEmpty(), original + " is " + expected + ", but damaged copies were read as another"
                + " technique:\n  " + String.join("\n  ", confused));
    }
}
