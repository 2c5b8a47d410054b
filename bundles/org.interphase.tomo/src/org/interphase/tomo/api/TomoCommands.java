package org.interphase.tomo.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.ImportException;

/** Headless entry points for the batch application; results are JSON-ready maps in a stable order. */
public final class TomoCommands {

    /** Usage line of {@link #tomoProfile(List)}. */
    public static final String PROFILE_USAGE = "tomo-profile FILE_OR_DIR [--threshold otsu|VALUE] [--axis z|y|x] [--dataset HDF5_PATH]"
            + " [--as TECHNIQUE[:FORMAT]]";

    private TomoCommands() {
    }

    /**
     * {@code tomo-profile FILE_OR_DIR [--threshold otsu|VALUE] [--axis z]}: parses the arguments (after the
     * subcommand name) and runs {@link #profile(Path, String, Axis)}.
     *
     * @throws IllegalArgumentException for bad arguments, with the usage line
     */
    public static Map<String, Object> tomoProfile(List<String> args) throws ImportException, IOException {
        ProfileArgs a = parse(args);
        return profile(a.file(), a.dataset(), a.threshold(), a.axis(), a.as());
    }

    private static ProfileArgs parse(List<String> args) {
        Path file = null;
        String threshold = "otsu";
        Axis axis = Axis.Z;
        String dataset = null;
        java.util.Optional<String> as = java.util.Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--threshold" -> threshold = value(args, ++i, a);
                case "--dataset" -> dataset = value(args, ++i, a);
                case "--as" -> as = java.util.Optional.of(org.interphase.core.api.CommandArgs.checkAs(value(args, ++i, a)));
                case "--axis" -> {
                    String v = value(args, ++i, a);
                    axis = Axis.fromId(v).orElseThrow(() -> usage("unknown axis '" + v + "'"));
                }
                default -> {
                    if (a.startsWith("--") || file != null) {
                        throw usage("unexpected argument '" + a + "'");
                    }
                    file = Path.of(a);
                }
            }
        }
        if (file == null) {
            throw usage("missing FILE_OR_DIR");
        }
        return new ProfileArgs(file, dataset, threshold, axis, as);
    }

    /** {@code tomo-profile} as a study stores it ({@link TomoResults#profile}), for {@code batch run}. */
    public static org.interphase.model.AnalysisResult profileResult(org.interphase.model.Measurement m, List<String> args)
            throws ImportException, IOException {
        ProfileArgs a = parse(args);
        try (Volume volume = Volumes.open(a.file(), a.dataset(), a.as())) {
            double[] t = threshold(volume, a.threshold());
            PhaseProfile p = Segmentation.fractionProfile(volume, a.axis(), t[0]);
            String method = t[1] == 0 ? "otsu" : "value";
            Map<String, Object> settings = new LinkedHashMap<>();
            if (a.dataset() != null) {
                settings.put("dataset", a.dataset());
            }
            settings.put("axis", a.axis().id());
            settings.put("thresholdMethod", method);
            settings.put("threshold", t[0]);
            settings.put("rule", "above means value > threshold");
            return TomoResults.profile(m, t[0], method, a.axis(), p,
                    new com.google.gson.Gson().toJson(settings), new java.util.Date());
        }
    }

    private record ProfileArgs(Path file, String dataset, String threshold, Axis axis, java.util.Optional<String> as) {
    }

    /** The threshold and 0 for otsu, 1 for a value. */
    private static double[] threshold(Volume volume, String threshold) throws IOException {
        if (threshold.trim().equalsIgnoreCase("otsu")) {
            return new double[] { Segmentation.otsuThreshold(volume), 0 };
        }
        double t;
        try {
            t = Double.parseDouble(threshold.trim());
        } catch (NumberFormatException e) {
            throw usage("threshold must be 'otsu' or a number, got '" + threshold + "'");
        }
        if (!Double.isFinite(t)) {
            throw usage("threshold must be finite, got '" + threshold + "'");
        }
        return new double[] { t, 1 };
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw usage(option + " needs a value");
        }
        return args.get(i);
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "; usage: " + PROFILE_USAGE);
    }

    /**
     * Opens {@code file} (TIFF, TIFF folder or MetaImage), thresholds it ({@code "otsu"} or a number;
     * "above" means value &gt; threshold) and returns the fraction above the threshold overall and per
     * slice along {@code axis}.
     */
    public static Map<String, Object> profile(Path file, String threshold, Axis axis) throws ImportException, IOException {
        return profile(file, null, threshold, axis);
    }

    /** As {@link #profile(Path, String, Axis)} for the HDF5 dataset {@code dataset} (null: the default one). */
    public static Map<String, Object> profile(Path file, String dataset, String threshold, Axis axis)
            throws ImportException, IOException {
        return profile(file, dataset, threshold, axis, java.util.Optional.empty());
    }

    /** As {@link #profile(Path, String, String, Axis)}, opened by the importer named by {@code as} ({@code --as}). */
    public static Map<String, Object> profile(Path file, String dataset, String threshold, Axis axis,
            java.util.Optional<String> as) throws ImportException, IOException {
        try (Volume volume = Volumes.open(file, dataset, as)) {
            double[] th = threshold(volume, threshold);
            double t = th[0];
            String method = th[1] == 0 ? "otsu" : "value";
            PhaseProfile p = Segmentation.fractionProfile(volume, axis, t);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", file.toString());
            if (dataset != null) {
                out.put("dataset", dataset);
            }
            out.put("dims", List.of(volume.sizeZ(), volume.sizeY(), volume.sizeX()));
            out.put("dtype", volume.dataType().id());
            out.put("axis", axis.id());
            out.put("thresholdMethod", method);
            out.put("threshold", t);
            out.put("rule", "above means value > threshold");
            out.put("fractionAbove", p.overallFraction(1));
            List<Double> perSlice = new ArrayList<>(p.slices());
            for (double f : p.fractions(1)) {
                perSlice.add(f);
            }
            out.put("perSliceFractionAbove", perSlice);
            return out;
        }
    }
}
