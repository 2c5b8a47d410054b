package org.interphase.batch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.batch.api.BatchMethod;
import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.core.api.MeasurementImport;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;

import com.google.gson.Gson;

/**
 * {@code run METHOD.json INPUT... --study STUDY.interphase [--replace] [--csv OUT.csv] [--recursive] [--cell N|NAME]
 * [--interface NAME] [--cycle N]}: applies a method's steps to every input file of a matching technique and adds
 * the measurements with their results to the study (a new one when the file does not exist, a new one in its
 * place only with {@code --replace}). Everything is computed first; the study and the CSV table are then
 * written together ({@link StagedOutputs}), and nothing is written when any input fails.
 */
final class MethodRunner implements Subcommand {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;
    private static final Set<String> VALUED = Set.of("--study", "--csv", "--cell", "--interface", "--cycle");
    private static final Set<String> FLAGS = Set.of("--replace", "--recursive");

    private final Map<String, BatchCommand> commands;
    private final List<Importer> importers;
    private final Gson gson;
    private final StagedOutputs.Hook hook;

    MethodRunner(Map<String, BatchCommand> commands, List<Importer> importers, Gson gson) {
        this(commands, importers, gson, (target, temp) -> {
        });
    }

    MethodRunner(Map<String, BatchCommand> commands, List<Importer> importers, Gson gson, StagedOutputs.Hook hook) {
        this.commands = commands;
        this.importers = importers;
        this.gson = gson;
        this.hook = hook;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String usage() {
        return "run METHOD.json FILE_OR_FOLDER... --study STUDY.interphase [--replace] [--csv OUT.csv] [--recursive]"
                + " [--cell N|NAME] [--interface NAME] [--cycle N]   apply a saved method; adds to an existing study";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, VALUED, FLAGS);
        if (o.positional().isEmpty()) {
            throw new IllegalArgumentException("missing METHOD.json");
        }
        if (o.positional().size() < 2) {
            throw new IllegalArgumentException("missing FILE_OR_FOLDER");
        }
        Path studyFile = o.path("--study").orElseThrow(() -> new IllegalArgumentException("missing --study STUDY.interphase"));
        Optional<Path> csvFile = o.path("--csv");
        Optional<Integer> cycle = o.integer("--cycle", 0).stream().boxed().findFirst();
        Path methodFile = Path.of(o.positional().get(0));
        List<Path> named = o.positional().subList(1, o.positional().size()).stream().map(Path::of).toList();

        // every check that can fail comes before the work, and the work before any write
        StagedOutputs.check(studyFile, "--study");
        if (csvFile.isPresent()) {
            StagedOutputs.check(csvFile.get(), "--csv");
            if (csvFile.get().toAbsolutePath().equals(studyFile.toAbsolutePath())) {
                throw new IllegalArgumentException("--csv and --study name the same file");
            }
        }
        boolean existed = Files.exists(studyFile);
        boolean adding = existed && !o.flag("--replace");
        Target target = adding ? Target.existing(studyFile, o.value("--cell"))
                : Target.fresh(studyFile, o.value("--cell"));
        BatchMethod method = BatchMethod.read(methodFile);
        for (BatchMethod.Step step : method.steps()) {
            if (!commands.containsKey(step.analysis())) {
                throw new ImportException(methodFile, 0, "unknown analysis '" + step.analysis() + "'; known: "
                        + String.join(", ", commands.keySet()));
            }
        }
        if (!adding) {
            target.study().setName("Batch: " + method.name());
            if (target.cell().getName() == null) {
                target.cell().setName(method.name());
            }
        }
        Links links = Links.of(target.cell(), o.value("--interface"), cycle, target.newCell());

        Inputs inputs = Inputs.collect(named, o.flag("--recursive"), this::readsFolder);
        List<Inputs.Skipped> skipped = new ArrayList<>(inputs.skipped());
        List<Map.Entry<Path, Importer>> matched = match(method, inputs, skipped);
        if (matched.isEmpty()) {
            throw new ImportException(named.get(0), 0, "no input file for the method's steps ("
                    + (inputs.files().size() + inputs.skipped().size()) + " looked at, " + skipped.size() + " skipped"
                    + (skipped.isEmpty() ? "" : ", e.g. " + skipped.get(0).file().getFileName() + ": " + skipped.get(0).reason())
                    + ")");
        }

        List<MeasurementImport.Request> requests = matched.stream().map(e -> links.request(e.getKey(), e.getValue()))
                .toList();
        List<MeasurementImport.FileResult> read = MeasurementImport.read(requests, MeasurementImport.Storage.LINK, null,
                MeasurementImport.Progress.NONE, importers);
        for (MeasurementImport.FileResult r : read) {
            if (!r.ok()) {
                throw new Failures.BadInput(r.error());
            }
        }
        new BasicCommandStack().execute(MeasurementImport.command(target.cell(), requests, read));

        StringBuilder csv = new StringBuilder(StepResults.CSV_HEADER);
        List<Object> done = new ArrayList<>();
        for (MeasurementImport.FileResult r : read) {
            done.add(analyse(method, methodFile, r, done.size() + 1, read.size(), csv, err));
        }

        StagedOutputs outputs = new StagedOutputs(hook);
        outputs.add(studyFile, target.bytes());
        csvFile.ifPresent(c -> outputs.add(c, csv.toString().getBytes(StandardCharsets.UTF_8)));
        outputs.commit();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", method.name());
        json.put("study", studyFile.toString());
        json.put("mode", adding ? "added" : existed ? "replaced" : "created");
        json.put("cell", target.cell().getName());
        json.put("files", done.size());
        json.put("csv", csvFile.map(Path::toString).orElse(null));
        json.put("imported", done);
        json.put("skipped", skipped.stream().map(Inputs.Skipped::json).toList());
        out.println(gson.toJson(json));
        return Failures.OK;
    }

    /** Runs every step that applies to the file of {@code r} on it; returns the file's summary. */
    private Map<String, Object> analyse(BatchMethod method, Path methodFile, MeasurementImport.FileResult r, int n,
            int total, StringBuilder csv, PrintStream err) throws ImportException, IOException {
        Path file = r.file();
        Importer importer = r.importer();
        Measurement m = r.measurements().get(0);
        List<String> analyses = new ArrayList<>();
        for (BatchMethod.Step step : method.steps()) {
            BatchCommand command = commands.get(step.analysis());
            if (!command.techniques().isEmpty() && !command.techniques().contains(importer.technique())) {
                continue;
            }
            err.println("[" + n + "/" + total + "] " + file.getFileName() + ": " + step.analysis());
            List<String> commandArgs = new ArrayList<>();
            commandArgs.add(file.toString());
            commandArgs.addAll(step.arguments());
            List<AnalysisResult> results;
            try {
                results = command.analyse(m, commandArgs); // the technique's result builder
            } catch (IllegalArgumentException ex) {
                throw new ImportException(methodFile, 0, "step " + step.analysis() + ": " + ex.getMessage(), ex);
            }
            StepResults.record(method, results, m, file, technique(importer), csv);
            analyses.add(step.analysis());
        }
        return summary(file, importer, r.measurements(), analyses);
    }

    /** The inputs that a step of the method analyses, with their importer; the others go to {@code skipped}. */
    private List<Map.Entry<Path, Importer>> match(BatchMethod method, Inputs inputs, List<Inputs.Skipped> skipped)
            throws ImportException {
        Set<String> techniques = new TreeSet<>();
        boolean any = false;
        for (BatchMethod.Step step : method.steps()) {
            Set<String> t = commands.get(step.analysis()).techniques();
            any |= t.isEmpty();
            techniques.addAll(t);
        }
        List<Map.Entry<Path, Importer>> matched = new ArrayList<>();
        for (Inputs.Input in : inputs.files()) {
            Optional<Importer> importer;
            try {
                importer = Importers.best(in.file(), importers);
            } catch (IOException e) {
                if (in.named()) {
                    throw new ImportException(in.file(), 0, "cannot be read: " + e.getMessage(), e);
                }
                skipped.add(new Inputs.Skipped(in.file(), "cannot be read: " + e.getMessage()));
                continue;
            }
            if (importer.isEmpty()) {
                if (in.named()) {
                    throw new ImportException(in.file(), 0, "no importer recognises this file format");
                }
                skipped.add(new Inputs.Skipped(in.file(), "no importer recognises this file format"));
            } else if (!any && !techniques.contains(importer.get().technique())) {
                skipped.add(new Inputs.Skipped(in.file(), "a " + technique(importer.get())
                        + " file; no step of the method analyses " + technique(importer.get()) + " files"));
            } else {
                matched.add(Map.entry(in.file(), importer.get()));
            }
        }
        return matched;
    }

    private boolean readsFolder(Path folder) {
        try {
            return Importers.best(folder, importers).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static String technique(Importer importer) {
        return importer.technique().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> summary(Path file, Importer importer, List<Measurement> ms, List<String> analyses) {
        Measurement m = ms.get(0);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("technique", technique(importer));
        json.put("importer", importer.id());
        json.put("measurements", ms.stream().map(Measurement::getName).toList());
        json.put("interface", m.getInterface() == null ? null : m.getInterface().getName());
        json.put("cycleState", m.getCycleState() == null ? null : m.getCycleState().getName());
        json.put("analyses", analyses);
        return json;
    }

    /** The study written to and the cell the measurements go to (new: made by this run). */
    private record Target(Resource resource, Study study, Cell cell, boolean newCell) {

        static Target existing(Path file, Optional<String> cell) throws Exception {
            Resource r = StudyStore.load(StudyStore.newResourceSet(), file);
            Study s = (Study) r.getContents().get(0);
            if (s.getCells().isEmpty()) {
                // a study without cells gets one (it keeps everything it had)
                Cell c = F.createCell();
                c.setName(cell.filter(spec -> !StudyTargets.isNumber(spec)).orElse("Batch"));
                s.getCells().add(c);
                return new Target(r, s, c, true);
            }
            return new Target(r, s, StudyTargets.cell(s, cell), false);
        }

        static Target fresh(Path file, Optional<String> cellSpec) {
            if (cellSpec.isPresent() && StudyTargets.isNumber(cellSpec.get()) && !cellSpec.get().strip().equals("1")) {
                throw new IllegalArgumentException("--cell " + cellSpec.get() + ": a new study has one cell");
            }
            Resource r = StudyStore.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            Study s = F.createStudy();
            r.getContents().add(s);
            Cell c = F.createCell();
            cellSpec.filter(spec -> !StudyTargets.isNumber(spec)).ifPresent(c::setName);
            s.getCells().add(c);
            return new Target(r, s, c, true);
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
            resource.save(buffer, null);
            return buffer.toByteArray();
        }
    }
}
