package org.interphase.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.interphase.batch.api.BatchMethod;
import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;

import com.google.gson.Gson;

/**
 * {@code run METHOD.json INPUT... --study OUT.interphase [--csv OUT.csv]}: applies a method's steps to every
 * input file of a matching technique, then writes a study (measurements with their analysis results) and
 * a CSV table of every number. Everything is computed first; nothing is written when any input fails.
 */
final class MethodRunner {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private final Map<String, BatchCommand> commands;
    private final List<Importer> importers;
    private final Gson gson;

    MethodRunner(Map<String, BatchCommand> commands, List<Importer> importers, Gson gson) {
        this.commands = commands;
        this.importers = importers;
        this.gson = gson;
    }

    static String usage() {
        return "run METHOD.json FILE_OR_FOLDER... --study OUT.interphase [--csv OUT.csv]   apply a saved method";
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Path methodFile = null;
        Path studyFile = null;
        Path csvFile = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--study") && i + 1 < args.size()) {
                studyFile = Path.of(args.get(++i));
            } else if (a.equals("--csv") && i + 1 < args.size()) {
                csvFile = Path.of(args.get(++i));
            } else if (methodFile == null) {
                methodFile = Path.of(a);
            } else {
                inputs.add(Path.of(a));
            }
        }
        if (methodFile == null || inputs.isEmpty() || studyFile == null) {
            err.println("usage: interphase batch " + usage());
            return 2;
        }
        try {
            BatchMethod method = BatchMethod.read(methodFile);
            for (BatchMethod.Step step : method.steps()) {
                if (!commands.containsKey(step.analysis())) {
                    throw new ImportException(methodFile, 0, "unknown analysis '" + step.analysis() + "'; known: "
                            + String.join(", ", commands.keySet()));
                }
            }
            List<Path> files = expand(inputs);
            Study study = F.createStudy();
            study.setName("Batch: " + method.name());
            Cell cell = F.createCell();
            cell.setName(method.name());
            study.getCells().add(cell);
            StringBuilder csv = new StringBuilder("file,technique,analysis,quantity,value\n");
            int n = 0;
            for (Path file : files) {
                n++;
                Importer importer = Importers.best(file, importers).orElseThrow(
                        () -> new ImportException(file, 0, "no importer recognises this file format"));
                Imported imported = Importers.stamp(importer.read(file), file, importer);
                Measurement m = imported.measurements().get(0);
                cell.getMeasurements().add(m);
                for (BatchMethod.Step step : method.steps()) {
                    BatchCommand command = commands.get(step.analysis());
                    if (!command.techniques().isEmpty() && !command.techniques().contains(importer.technique())) {
                        continue;
                    }
                    err.println("[" + n + "/" + files.size() + "] " + file.getFileName() + ": " + step.analysis());
                    List<String> commandArgs = new ArrayList<>();
                    commandArgs.add(file.toString());
                    commandArgs.addAll(step.arguments());
                    for (AnalysisResult a : results(command, m, commandArgs, methodFile, step)) {
                        a.getInputs().add("method:" + method.name() + " v" + method.version());
                        m.getAnalyses().add(a);
                        for (ResultParameter p : a.getParameters()) {
                            csv.append(csvCell(file.toString())).append(',').append(importer.technique().getName())
                                    .append(',').append(a.getAlgorithmId()).append(',').append(csvCell(p.getName()))
                                    .append(',').append(p.getValue()).append('\n');
                        }
                    }
                }
            }
            StudyStore.save(study, studyFile);
            if (csvFile != null) {
                StudyStore.writeAtomically(csvFile, csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.println(gson.toJson(Map.of("method", method.name(), "files", files.size(), "study", studyFile.toString(),
                    "csv", csvFile == null ? "" : csvFile.toString())));
            return 0;
        } catch (ImportException e) {
            err.println("error: " + e.getMessage() + " (nothing was written)");
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage() + " (nothing was written)");
            return 1;
        }
    }

    /** Files, with folders expanded to their files unless an importer reads the folder itself (slice stacks). */
    private List<Path> expand(List<Path> inputs) throws IOException, ImportException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new ImportException(in, 0, "no such file or folder");
            }
            if (Files.isDirectory(in) && Importers.best(in, importers).isEmpty()) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }

    /**
     * The step's results on {@code m}, made by the command's technique builder ({@link BatchCommand#analyse}): the
     * same algorithm id, version, settings, values, flags and links as the editor; nothing is capped or dropped.
     */
    private static List<AnalysisResult> results(BatchCommand command, Measurement m, List<String> commandArgs,
            Path methodFile, BatchMethod.Step step) throws ImportException, IOException {
        try {
            return command.analyse(m, commandArgs);
        } catch (IllegalArgumentException e) {
            throw new ImportException(methodFile, 0, "step " + step.analysis() + ": " + e.getMessage(), e);
        }
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
