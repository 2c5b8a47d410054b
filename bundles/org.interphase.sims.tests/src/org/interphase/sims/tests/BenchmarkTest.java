package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.Edge;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeFitException;
import org.interphase.sims.api.EdgeFits;
import org.interphase.sims.api.EdgeModel;
import org.interphase.sims.api.EdgeResult;
import org.interphase.sims.api.EdgeScan;
import org.interphase.sims.api.Interfaces;
import org.interphase.sims.api.Normalisation;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SignalData;
import org.interphase.sims.api.SimsCommands;
import org.junit.jupiter.api.Test;

/**
 * Speed of the hot paths (issue 5: import of a 165-row x 132-signal export <= 20 ms warm; interface analysis
 * of every signal <= 10 ms). Prints medians; asserts only correctness, never time.
 */
@org.junit.jupiter.api.Tag("benchmark")
class BenchmarkTest {

    @Test
    void medians() throws Exception {
        Path file = SharedData.profile(SharedData.NEG);
        int warm = 30;
        int runs = 30;
        double[] read = new double[runs];
        for (int r = -warm; r < runs; r++) {
            long t = System.nanoTime();
            ProfileData d = DepthProfiles.readData(file);
            if (r >= 0) {
                read[r] = (System.nanoTime() - t) / 1e6;
            }
            assertEquals(132, d.signals().size());
        }
        ProfileData d = DepthProfiles.readData(file);
        double[] interp = new double[runs];
        double[] withFits = new double[10];
        for (int r = -warm; r < runs; r++) {
            long t = System.nanoTime();
            int edges = 0;
            for (SignalData s : d.signals()) {
                Series series = Normalisation.raw(d, s);
                for (EdgeDirection dir : EdgeDirection.values()) {
                    edges += Interfaces.edge(series, dir).isPresent() ? 1 : 0;
                }
            }
            long t1 = System.nanoTime();
            int fits = 0;
            for (SignalData s : r >= -3 && r < withFits.length ? d.signals() : List.<SignalData>of()) {
                Series series = Normalisation.raw(d, s);
                for (EdgeDirection dir : EdgeDirection.values()) {
                    var e = Interfaces.edge(series, dir);
                    if (e.isPresent()) {
                        fits += fit(series, e.get());
                    }
                }
            }
            long t2 = System.nanoTime();
            if (r >= 0) {
                interp[r] = (t1 - t) / 1e6;
                if (r < withFits.length) {
                    withFits[r] = (t2 - t1) / 1e6;
                }
            }
            if (r == 0 && fits > 0) {
                System.out.println("[sims benchmark] edges found " + edges + ", erf fits converged " + fits);
            }
        }
        List<Series> all = new java.util.ArrayList<>();
        for (SignalData s : d.signals()) {
            all.add(Normalisation.raw(d, s));
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] scan = new double[runs];
        double[] sequentialCpu = new double[runs];
        for (int r = -warm; r < runs; r++) {
            long t = System.nanoTime();
            List<List<EdgeResult>> res = EdgeScan.all(all, EdgeModel.ERF);
            long t1 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            for (Series s : all) {
                EdgeScan.signal(s, EdgeModel.ERF);
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            if (r >= 0) {
                scan[r] = (t1 - t) / 1e6;
                sequentialCpu[r] = (c1 - c0) / 1e6;
            }
            assertEquals(d.signals().size(), res.size());
        }
        double[] command = new double[5];
        for (int r = -2; r < command.length; r++) {
            long t = System.nanoTime();
            SimsCommands.interfaces(file, List.of(), "total");
            if (r >= 0) {
                command[r] = (System.nanoTime() - t) / 1e6;
            }
        }
        System.out.printf("[sims benchmark] %s: import median %.2f ms; interpolation, all %d signals x 2 edges, median"
                + " %.3f ms; erf fits of all edges median %.2f ms; sims-interfaces --normalise total median %.1f ms%n",
                file.getFileName(), median(read), d.signals().size(), median(interp), median(withFits), median(command));
        System.out.printf("[sims benchmark] interface analysis of every signal (EdgeScan.all: interpolation + erf fit of"
                + " both edges, parallel) median %.2f ms wall; one thread, CPU time median %.2f ms (%d cores)%n",
                median(scan), median(sequentialCpu), Runtime.getRuntime().availableProcessors());
    }

    private static int fit(Series s, Edge e) {
        try {
            EdgeFits.fit(s, e, EdgeModel.ERF);
            return 1;
        } catch (EdgeFitException ex) {
            return 0;
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
