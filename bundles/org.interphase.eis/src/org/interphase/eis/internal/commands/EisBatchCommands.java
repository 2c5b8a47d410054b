package org.interphase.eis.internal.commands;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisCommands;
import org.interphase.eis.api.EisResults;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.osgi.service.component.annotations.Component;

/** The EIS subcommands of the batch engine; each parses its line with {@link EisCommandLine} and runs {@link EisCommands}. */
public final class EisBatchCommands {

    /** The point selection of every EIS command (0-based indices; see {@code PointSelection}). */
    static final String SELECTION_USAGE = " [--fmin HZ] [--fmax HZ] [--drop-inductive] [--exclude 0,1,5-7] ";


    private EisBatchCommands() {
    }

    private abstract static class Base implements BatchCommand {
        @Override
        public java.util.Set<String> techniques() {
            return java.util.Set.of(org.interphase.model.technique.Techniques.EIS);
        }

        @Override
        public Object run(List<String> args) throws ImportException {
            List<String> all = new ArrayList<>();
            all.add(name());
            all.addAll(args);
            if (args.isEmpty()) {
                throw new IllegalArgumentException("missing FILE");
            }
            return EisCommandLine.run(all);
        }
    }

    /** {@code eis-fit}: CNLS circuit fit. */
    @Component(service = BatchCommand.class)
    public static final class Fit extends Base {
        @Override
        public String name() {
            return "eis-fit";
        }

        @Override
        public String usage() {
            return "eis-fit FILE --circuit STR [--initial v,...] [--weighting unit|proportional|modulus|boukamp] [--starts N]"
                    + " [--loop N] [--admittance] [--tag NAME=KIND...]"
                    + SELECTION_USAGE + CommandArgs.AS_USAGE;
        }

        /** The fit stored as the editor stores it ({@link EisResults#cnls}). */
        @Override
        public List<AnalysisResult> analyse(Measurement m, List<String> args) throws ImportException {
            List<String> all = new ArrayList<>();
            all.add(name());
            all.addAll(args);
            return List.of(EisResults.cnls(EisCommandLine.fitRun(all), m, new Date()));
        }
    }

    /** {@code eis-series}: one circuit over all loops of a file, warm-started, optionally with shared parameters. */
    @Component(service = BatchCommand.class)
    public static final class Series extends Base {
        @Override
        public String name() {
            return "eis-series";
        }

        @Override
        public String usage() {
            return "eis-series FILE --circuit STR [--initial v,...] [--weighting W] [--starts N] [--shared a,b]"
                    + " [--threads N] [--admittance]"
                    + SELECTION_USAGE + CommandArgs.AS_USAGE;
        }

        /** One {@link EisResults#cnls} result per spectrum of the file, as the editor's series panel stores them. */
        @Override
        public List<AnalysisResult> analyse(Measurement m, List<String> args) throws ImportException {
            List<String> all = new ArrayList<>();
            all.add(name());
            all.addAll(args);
            List<AnalysisResult> out = new ArrayList<>();
            Date now = new Date();
            for (org.interphase.eis.api.FitRun run : EisCommandLine.seriesRuns(all)) {
                out.add(EisResults.cnls(run, m, now));
            }
            return out;
        }
    }

    /** {@code eis-kk}: lin-KK validation. */
    @Component(service = BatchCommand.class)
    public static final class Kk extends Base {
        @Override
        public String name() {
            return "eis-kk";
        }

        @Override
        public String usage() {
            return "eis-kk FILE [--method plateau|knee|mu|fixed] [--m M] [--threshold PERCENT] [--mask i,j,...] [--loop N]"
                    + SELECTION_USAGE + CommandArgs.AS_USAGE;
        }
    }

    /** {@code eis-drt}: distribution of relaxation times. */
    @Component(service = BatchCommand.class)
    public static final class Drt extends Base {
        @Override
        public String name() {
            return "eis-drt";
        }

        @Override
        public String usage() {
            return "eis-drt FILE [--lambda X] [--lambda-method discrepancy|gcv|lcurve] [--capacitance true|false] [--peaks K] [--loop N]"
                    + SELECTION_USAGE + CommandArgs.AS_USAGE;
        }
    }
}
