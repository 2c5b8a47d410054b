package org.interphase.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * {@code --as TECHNIQUE[:FORMAT]} on every technique command (through the registered {@link BatchCommand}
 * services, as the batch engine runs them): a headerless file no importer is confident about is refused with
 * the advice to use {@code --as}, and read with it.
 */
class AsOptionTest {

    @TempDir
    Path tmp;

    static BatchCommand command(String name) throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(AsOptionTest.class).getBundleContext();
        for (ServiceReference<BatchCommand> ref : ctx.getServiceReferences(BatchCommand.class, null)) {
            BatchCommand c = ctx.getService(ref);
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no batch command " + name);
    }

    /**
     * A headerless R0 + (R1 || C1) spectrum, 20 points from 1000 Hz down to 150 Hz (less than a decade, so the
     * delimited EIS importer is not confident: 0.1): frequency, Z', -Z''.
     */
    Path headerlessSpectrum() throws Exception {
        StringBuilder s = new StringBuilder();
        double r0 = 10;
        double r1 = 100;
        double c1 = 2e-6;
        for (int i = 0; i < 20; i++) {
            double f = 1000 * Math.pow(0.15, i / 19.0);
            double wrc = 2 * Math.PI * f * r1 * c1;
            double re = r0 + r1 / (1 + wrc * wrc);
            double im = -r1 * wrc / (1 + wrc * wrc);
            s.append(String.format(Locale.ROOT, "%.6g\t%.6g\t%.6g%n", f, re, -im));
        }
        return Files.writeString(tmp.resolve("spectrum.dat"), s);
    }

    static List<String> args(Path file, String... rest) {
        List<String> a = new ArrayList<>();
        a.add(file.toString());
        a.addAll(List.of(rest));
        return a;
    }

    static void refusedAskingForAs(BatchCommand c, List<String> args) {
        ImportException e = assertThrows(ImportException.class, () -> c.run(args), c.name());
        assertTrue(e.getMessage().contains("no importer is confident") && e.getMessage().contains("--as"),
                c.name() + ": " + e.getMessage());
    }

    @Test
    void everyEisCommandReadsAHeaderlessFileWithAs() throws Exception {
        Path f = headerlessSpectrum();
        Map<String, String[]> options = Map.of(
                "eis-fit", new String[] {"--circuit", "R0-p(R1,C1)"},
                "eis-series", new String[] {"--circuit", "R0-p(R1,C1)", "--threads", "1"},
                "eis-kk", new String[0],
                "eis-drt", new String[0]);
        for (Map.Entry<String, String[]> e : options.entrySet()) {
            BatchCommand c = command(e.getKey());
            assertTrue(c.usage().contains("--as TECHNIQUE[:FORMAT]"), c.usage());
            refusedAskingForAs(c, args(f, e.getValue()));
            List<String> with = args(f, e.getValue());
            with.addAll(List.of("--as", "eis:delimited"));
            Object out = c.run(with);
            assertEquals("spectrum.dat", ((Map<?, ?>) out).get("file"), e.getKey());
            List<String> plain = args(f, e.getValue());
            plain.addAll(List.of("--as", "eis"));
            c.run(plain);
        }
    }

    @Test
    void xpsCommandsReadAHeaderlessFileWithAs() throws Exception {
        Path bare = Files.writeString(tmp.resolve("bare.txt"), "10 1\n11 3\n12 2\n13 5\n14 4\n");
        BatchCommand bg = command("xps-background");
        List<String> bgArgs = args(bare, "--type", "linear", "--range", "10:14");
        refusedAskingForAs(bg, bgArgs);
        bgArgs.addAll(List.of("--as", "xps:columns"));
        assertTrue(bg.run(bgArgs) instanceof Map);
        BatchCommand fit = command("xps-fit");
        assertTrue(fit.usage().contains("--as TECHNIQUE[:FORMAT]"), fit.usage());
        List<String> fitArgs = args(bare, "--region", "nope", "--species", "Li2S");
        refusedAskingForAs(fit, fitArgs);
        fitArgs.addAll(List.of("--as", "xps"));
        // read now: what is left is the region, a usage error, not the file
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit.run(fitArgs));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void tomoProfileTakesAsAndABadFormIsAUsageError() throws Exception {
        BatchCommand tomo = command("tomo-profile");
        assertTrue(tomo.usage().contains("--as TECHNIQUE[:FORMAT]"), tomo.usage());
        Path bare = Files.writeString(tmp.resolve("bare.txt"), "10 1\n11 3\n12 2\n13 5\n14 4\n");
        ImportException e = assertThrows(ImportException.class, () -> tomo.run(args(bare, "--as", "xps")));
        assertTrue(e.getMessage().contains("not a tomography volume"), e.getMessage());
        Map<String, String[]> required = Map.of("tomo-profile", new String[0], "eis-kk", new String[0],
                "xps-background", new String[] {"--type", "linear", "--range", "10:14"}, "sims-interfaces", new String[0]);
        for (String c : required.keySet()) {
            List<String> bad = args(bare, required.get(c));
            bad.addAll(List.of("--as", "eis:a b"));
            IllegalArgumentException u = assertThrows(IllegalArgumentException.class, () -> command(c).run(bad), c);
            assertTrue(u.getMessage().contains("--as needs TECHNIQUE[:FORMAT]"), c + ": " + u.getMessage());
        }
        assertEquals("eis:eis.delimited", CommandArgs.checkAs(" eis:eis.delimited "));
    }
}
