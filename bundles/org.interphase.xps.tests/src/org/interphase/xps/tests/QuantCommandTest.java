package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** {@code xps-quant} (and the charge correction it shares with {@code xps-fit}), run as the registered service. */
class QuantCommandTest {

    @TempDir
    Path dir;

    static BatchCommand command(String name) throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(QuantCommandTest.class).getBundleContext();
        for (ServiceReference<BatchCommand> ref : ctx.getServiceReferences(BatchCommand.class, null)) {
            BatchCommand c = ctx.getService(ref);
            if (c != null && name.equals(c.name())) {
                return c;
            }
        }
        throw new AssertionError(name + " is not registered");
    }

    /** Gaussian of area {@code area}, FWHM 1.2 eV, at {@code centre} on a flat 100 CPS background. */
    static double gauss(double x, double centre, double area) {
        double s = 1.2 / (2 * Math.sqrt(2 * Math.log(2)));
        return 100 + area / (s * Math.sqrt(2 * Math.PI)) * Math.exp(-0.5 * (x - centre) * (x - centre) / (s * s));
    }

    /** A SPECS .xy file with the given regions: name, high BE, centre, area (BE descending, step 0.05 eV). */
    static Path xy(Path file, Object[]... regions) throws Exception {
        StringBuilder b = new StringBuilder("# Created by:        SpecsLab2, Version 2.79-r33432\n#\n"
                + "#   Counts Per Second:        yes\n#   Transmission Function:    yes\n#\n# values in binding energy\n");
        for (Object[] r : regions) {
            double hi = (Double) r[1];
            b.append("# Region:            ").append(r[0]).append('\n').append(
                    "# Analysis Method:   XPS\n# Number of Scans:   10\n# Curves/Scan:       1\n# Values/Curve:      501\n"
                            + "# Dwell Time:        0.1\n# Excitation Energy: 1486.61\n# Binding Energy:    ")
                    .append(hi).append("\n# Pass Energy:       20\n#\n# Cycle: 0\n#\n# Cycle: 0, Curve: 0\n#\n"
                            + "# ColumnLabels: energy counts/s transmission\n");
            for (int i = 0; i < 501; i++) {
                double x = hi - 0.05 * i;
                b.append(String.format(Locale.ROOT, "%.2f  %.6f  1%n", x, gauss(x, (Double) r[2], (Double) r[3])));
            }
            b.append("\n");
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> row(Map<String, Object> out, String region) {
        return ((List<Map<String, Object>>) out.get("regions")).stream().filter(r -> r.get("region").equals(region))
                .findFirst().orElseThrow(() -> new AssertionError(region + " not in " + out.get("regions")));
    }

    static double d(Object o) {
        return ((Number) o).doubleValue();
    }

    /**
     * Two regions with known areas (C 1s 3000, O 1s 5000 CPS eV on flat backgrounds) and Scofield RSFs 1 and
     * 2.93: C = (3000 / 1) / (3000 / 1 + 5000 / 2.93) = 63.74 at%; the Poisson error of an area is
     * sqrt(sum w^2 y / (dwell x scans)).
     */
    @SuppressWarnings("unchecked")
    @Test
    void analyticTwoRegions() throws Exception {
        Path f = xy(dir.resolve("two.xy"), new Object[] { "C 1s", 297.0, 284.8, 3000.0 },
                new Object[] { "O 1s", 544.0, 532.0, 5000.0 });
        Map<String, Object> out = (Map<String, Object>) command("xps-quant").run(List.of(f.toString()));
        double c = 3000 / (3000 + 5000 / 2.93);
        assertEquals(3000, d(row(out, "C 1s").get("area")), 3000 * 2e-4);
        assertEquals(5000, d(row(out, "O 1s").get("area")), 5000 * 2e-4);
        assertEquals(100 * c, d(row(out, "C 1s").get("atomicPercent")), 0.02);
        assertEquals(100 * (1 - c), d(row(out, "O 1s").get("atomicPercent")), 0.02);
        // Poisson error of the C 1s area, computed here independently of the command's loop
        double var = 0;
        for (int i = 0; i < 501; i++) {
            double w = i == 0 || i == 500 ? 0.025 : 0.05;
            var += w * w * gauss(297.0 - 0.05 * i, 284.8, 3000) / (0.1 * 10);
        }
        // the counting noise of the points is part of the error; the end levels' noise adds to it (see below)
        assertTrue(d(row(out, "C 1s").get("areaError")) > Math.sqrt(var), "at least the points' own Poisson error");
        assertTrue(d(row(out, "C 1s").get("atomicPercentError")) > 0);
        // only C 1s asked for: 100 %
        Map<String, Object> one = (Map<String, Object>) command("xps-quant").run(List.of(f.toString(), "--regions",
                "C 1s"));
        assertEquals(100, d(row(one, "C 1s").get("atomicPercent")), 1e-9);
        // an own RSF file: O 1s = 1 gives the area shares
        Path rsf = dir.resolve("rsf.json");
        Files.writeString(rsf, """
                {"version":"t","name":"test","photonEnergy":1486.6,"transmission":"none","entries":[
                 {"coreLevel":"C 1s","rsf":1,"source":"test"},{"coreLevel":"O 1s","rsf":1,"source":"test"}]}""");
        Map<String, Object> own = (Map<String, Object>) command("xps-quant").run(List.of(f.toString(), "--rsf-file",
                rsf.toString()));
        assertEquals(37.5, d(row(own, "C 1s").get("atomicPercent")), 0.02);
    }

    /** Bad input: one clear message each. */
    @Test
    void badInputIsRefusedWithOneLine() throws Exception {
        Path f = xy(dir.resolve("two.xy"), new Object[] { "C 1s", 297.0, 284.8, 3000.0 },
                new Object[] { "O 1s", 544.0, 532.0, 5000.0 });
        BatchCommand q = command("xps-quant");
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> q.run(List.of(f.toString(), "--regions", "C 1s,N 1s"))).getMessage();
        assertTrue(unknown.contains("unknown region 'N 1s'"), unknown);
        Path rsf = dir.resolve("rsf.json");
        Files.writeString(rsf, """
                {"version":"t","name":"only C","photonEnergy":1486.6,"entries":[{"coreLevel":"C 1s","rsf":1,"source":"t"}]}""");
        String missing = assertThrows(IllegalArgumentException.class,
                () -> q.run(List.of(f.toString(), "--regions", "C 1s,O 1s", "--rsf-file", rsf.toString()))).getMessage();
        assertTrue(missing.contains("no RSF") && missing.contains("O 1s"), missing);
        String set = assertThrows(IllegalArgumentException.class, () -> q.run(List.of(f.toString(), "--rsf", "xyz")))
                .getMessage();
        assertTrue(set.contains("no RSF set 'xyz'"), set);
        String both = assertThrows(IllegalArgumentException.class,
                () -> q.run(List.of(f.toString(), "--shift", "1", "--charge-ref", "C 1s=284.8"))).getMessage();
        assertTrue(both.contains("either --charge-ref or --shift"), both);
        String bg = assertThrows(IllegalArgumentException.class,
                () -> q.run(List.of(f.toString(), "--background", "tougaard"))).getMessage();
        assertTrue(bg.contains("shirley or linear"), bg);
    }

    /**
     * Charge correction: C 1s measured at 286.3 eV is moved to 284.8 (shift -1.5 eV, the Gaussian's maximum
     * lies on a grid point) and O 1s moves with it; a given shift does the same; the areas do not change.
     */
    @SuppressWarnings("unchecked")
    @Test
    void chargeCorrectionByReferenceOrShift() throws Exception {
        Path f = xy(dir.resolve("charged.xy"), new Object[] { "C 1s", 298.5, 286.3, 3000.0 },
                new Object[] { "O 1s", 545.5, 533.5, 5000.0 });
        BatchCommand q = command("xps-quant");
        Map<String, Object> ref = (Map<String, Object>) q.run(List.of(f.toString(), "--charge-ref", "C 1s=284.8"));
        Map<String, Object> cc = (Map<String, Object>) ref.get("chargeCorrection");
        assertEquals(-1.5, d(cc.get("shiftEV")), 1e-6);
        assertEquals(286.3, d(cc.get("measuredEnergyEV")), 1e-6);
        assertEquals(284.8, d(row(ref, "C 1s").get("peakBindingEnergy")), 1e-6);
        assertEquals(532.0, d(row(ref, "O 1s").get("peakBindingEnergy")), 1e-6);
        Map<String, Object> shift = (Map<String, Object>) q.run(List.of(f.toString(), "--shift", "-1.5"));
        assertEquals(532.0, d(row(shift, "O 1s").get("peakBindingEnergy")), 1e-6);
        assertEquals(d(row(ref, "O 1s").get("area")), d(row(shift, "O 1s").get("area")), 1e-9);
        String none = assertThrows(IllegalArgumentException.class,
                () -> q.run(List.of(f.toString(), "--charge-ref", "N 1s=399"))).getMessage();
        assertTrue(none.contains("no N 1s region"), none);
    }

    /**
     * xps-fit with --charge-ref: the C 1s line measured at 286.3 eV is fitted on the corrected scale (the CC
     * species window 284.6-285.0 eV would pin it at its bound without the correction) and the correction is
     * reported; a synthetic F 1s line of LiF at 685.2 + 1.5 eV charged with the C 1s comes out at 685.2 with
     * --shift -1.5.
     */
    @SuppressWarnings("unchecked")
    @Test
    void xpsFitOnChargeCorrectedScale() throws Exception {
        Path f = xy(dir.resolve("charged.xy"), new Object[] { "C 1s", 298.5, 286.3, 3000.0 },
                new Object[] { "F 1s", 699.0, 686.7, 5000.0 });
        BatchCommand fit = command("xps-fit");
        Map<String, Object> out = (Map<String, Object>) fit.run(List.of(f.toString(), "--region", "C 1s", "--species",
                "CC", "--charge-ref", "C 1s=284.8"));
        Map<String, Object> c = ((List<Map<String, Object>>) out.get("components")).get(0);
        assertEquals(284.8, d(c.get("position")), 0.01);
        assertEquals(false, c.get("positionAtBound"));
        assertEquals(-1.5, d(((Map<String, Object>) out.get("chargeCorrection")).get("shiftEV")), 1e-6);
        assertTrue(String.valueOf(out.get("energy")).contains("-1.500"), String.valueOf(out.get("energy")));
        Map<String, Object> lif = (Map<String, Object>) fit.run(List.of(f.toString(), "--region", "F 1s", "--species",
                "LiF", "--shift", "-1.5"));
        assertEquals(685.2, d(((List<Map<String, Object>>) lif.get("components")).get(0).get("position")), 0.01);
        Map<String, Object> raw = (Map<String, Object>) fit.run(List.of(f.toString(), "--region", "C 1s", "--species",
                "CC"));
        assertEquals(true, ((List<Map<String, Object>>) raw.get("components")).get(0).get("positionAtBound"),
                "without the correction the position pins at the window's edge");
    }

    /** A batch xps-fit result stores its charge correction as a setting; the measurement itself is not changed. */
    @Test
    void storedFitKeepsTheChargeCorrectionAsASetting() throws Exception {
        Path f = xy(dir.resolve("charged.xy"), new Object[] { "C 1s", 298.5, 286.3, 3000.0 });
        org.interphase.model.XpsSpectrum m = org.interphase.model.InterphaseFactory.eINSTANCE.createXpsSpectrum();
        org.interphase.model.AnalysisResult a = new org.interphase.xps.internal.commands.XpsFitCommand().analyse(m,
                List.of(f.toString(), "--region", "C 1s", "--species", "CC", "--shift", "-1.5")).get(0);
        com.google.gson.JsonObject settings = com.google.gson.JsonParser.parseString(a.getSettings()).getAsJsonObject();
        assertEquals(-1.5, settings.getAsJsonObject("chargeCorrection").get("shiftEV").getAsDouble(), 1e-12);
        assertTrue(m.getAnalyses().isEmpty() && m.getRegions().isEmpty(), "the measurement is not changed");
    }

    /** The README's example lines, as the batch engine passes them. */
    @SuppressWarnings("unchecked")
    @Test
    void readmeExamplesRun() throws Exception {
        String file = SharedData.xps("vamas/mjr9_59c.vms").toString();
        Map<String, Object> fit = (Map<String, Object>) command("xps-fit").run(List.of(file, "--region", "C 1s",
                "--species", "CC", "--charge-ref", "C 1s=284.8"));
        assertEquals(true, fit.get("converged"));
        Map<String, Object> cc = (Map<String, Object>) fit.get("chargeCorrection");
        System.out.println("README xps-fit: " + cc + " position "
                + ((List<Map<String, Object>>) fit.get("components")).get(0).get("position"));
        assertEquals("C 1s/8", cc.get("region"));
        assertTrue(Math.abs(d(cc.get("shiftEV"))) < 3);
        Map<String, Object> q = (Map<String, Object>) command("xps-quant").run(List.of(file, "--regions",
                "C 1s,N 1s,S 2p/13,Au 4f/14", "--rsf", "kratos"));
        assertEquals(4, ((List<?>) q.get("regions")).size());
    }

    /**
     * The Kratos file mjr9_59c.vms (O 1s, N 1s, C 1s, S 2p, Au 4f, each measured with a transmission column):
     * the default run takes the first region of each core level; every atomic % is the region's
     * area / (RSF x T) share, with T the file's transmission at the net maximum (checked here from the numbers
     * the command reports), and the shares add up to 100.
     */
    @SuppressWarnings("unchecked")
    @Test
    void kratosFileQuantifies() throws Exception {
        Path f = SharedData.xps("vamas/mjr9_59c.vms");
        Map<String, Object> out = (Map<String, Object>) command("xps-quant").run(List.of(f.toString(), "--regions",
                "C 1s,N 1s,S 2p/13,Au 4f/14"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) out.get("regions");
        double sum = 0;
        double norm = 0;
        for (Map<String, Object> r : rows) {
            norm += d(r.get("area")) / (d(r.get("rsf")) * d(r.get("transmission")));
        }
        for (Map<String, Object> r : rows) {
            System.out.println("mjr9 " + r);
            double expected = 100 * d(r.get("area")) / (d(r.get("rsf")) * d(r.get("transmission"))) / norm;
            assertEquals(expected, d(r.get("atomicPercent")), 1e-9);
            sum += d(r.get("atomicPercent"));
        }
        assertEquals(100, sum, 1e-9);
        Map<String, Object> kratos = (Map<String, Object>) command("xps-quant").run(List.of(f.toString(), "--regions",
                "C 1s,N 1s,S 2p/13,Au 4f/14", "--rsf", "kratos"));
        for (Map<String, Object> r : (List<Map<String, Object>>) kratos.get("regions")) {
            System.out.println("mjr9 kratos " + r.get("region") + " " + r.get("atomicPercent") + " +- "
                    + r.get("atomicPercentError"));
        }
        Map<String, Object> all = (Map<String, Object>) command("xps-quant").run(List.of(f.toString()));
        System.out.println("mjr9 default " + all.get("regions") + " skipped " + all.get("skipped") + " warnings "
                + all.get("warnings"));
    }

    /**
     * The area error says how much the area of a repeated measurement scatters: 200 Poisson repeats of the C 1s
     * region (counts = CPS x dwell x scans = CPS) give an area spread within 15 % of the error reported for the
     * noise-free region (the sd of a 200-sample sd is 5 %). The points' own Poisson error alone (the error before the
     * end levels' noise was propagated) is several times smaller than that spread.
     */
    @SuppressWarnings("unchecked")
    @Test
    void areaErrorMatchesTheSpreadOfRepeats() throws Exception {
        Path clean = xy(dir.resolve("clean.xy"), new Object[] { "C 1s", 297.0, 284.8, 3000.0 });
        double reported = d(row((Map<String, Object>) command("xps-quant").run(List.of(clean.toString())), "C 1s")
                .get("areaError"));
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        int repeats = 200;
        double[] areas = new double[repeats];
        double poissonOnly = 0;
        for (int k = 0; k < repeats; k++) {
            String text = Files.readString(clean, StandardCharsets.UTF_8);
            StringBuilder b = new StringBuilder();
            for (String line : text.split("\n")) {
                String[] v = line.trim().split("\\s+");
                if (!line.startsWith("#") && v.length == 3) {
                    double cps = Double.parseDouble(v[1]);
                    b.append(v[0]).append("  ").append(org.interphase.xps.internal.fit.PoissonSampler.sample(cps, rng))
                            .append("  1\n");
                    if (k == 0) {
                        poissonOnly += 0.05 * 0.05 * cps;
                    }
                } else {
                    b.append(line).append('\n');
                }
            }
            Path noisy = Files.writeString(dir.resolve("noisy.xy"), b.toString(), StandardCharsets.UTF_8);
            areas[k] = d(row((Map<String, Object>) command("xps-quant").run(List.of(noisy.toString())), "C 1s").get("area"));
        }
        double mean = java.util.Arrays.stream(areas).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(areas).map(a -> (a - mean) * (a - mean)).sum() / (repeats - 1));
        System.out.printf(Locale.ROOT, "C 1s area over %d repeats: mean %.1f, sd %.1f; reported error %.1f "
                + "(the points' Poisson error alone %.1f)%n", repeats, mean, sd, reported, Math.sqrt(poissonOnly));
        assertEquals(sd, reported, 0.15 * sd);
        assertTrue(Math.sqrt(poissonOnly) < 0.5 * sd, "the points' own error misses most of the spread");
    }
}
