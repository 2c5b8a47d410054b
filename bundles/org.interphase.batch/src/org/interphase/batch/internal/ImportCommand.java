package org.interphase.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.core.api.MeasurementImport;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;

import com.google.gson.Gson;

/**
 * {@code import STUDY.interphase FILE_OR_FOLDER... [--cell N|NAME] [--interface NAME] [--cycle N]
 * [--as TECHNIQUE[:FORMAT]] [--copy DIR] [--recursive]}: adds measurements to an existing study through
 * {@link MeasurementImport} (the import wizard's path), linked to an interface and cycle state (options, else
 * the file-name rules), and saves it atomically. Never removes or changes anything already in the study. A file
 * that fails is reported and the others are imported; the exit code is then 1.
 */
final class ImportCommand implements Subcommand {

    private static final Set<String> VALUED = Set.of("--cell", "--interface", "--cycle", "--as", "--copy");
    private static final Set<String> FLAGS = Set.of("--recursive");

    private final List<Importer> importers;
    private final Gson gson;

    ImportCommand(List<Importer> importers, Gson gson) {
        this.importers = importers;
        this.gson = gson;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import STUDY.interphase FILE_OR_FOLDER... [--cell N|NAME] [--interface NAME] [--cycle N]"
                + " [--as TECHNIQUE[:FORMAT]] [--copy DIR] [--recursive]   add measurements to an existing study";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, VALUED, FLAGS);
        if (o.positional().isEmpty()) {
            throw new IllegalArgumentException("missing STUDY.interphase");
        }
        if (o.positional().size() < 2) {
            throw new IllegalArgumentException("missing FILE_OR_FOLDER");
        }
        Optional<Integer> cycle = o.integer("--cycle", 0).stream().boxed().findFirst();
        ImporterChoice choice = ImporterChoice.of(importers, o.value("--as"));
        Optional<Path> copyDir = o.path("--copy");
        if (copyDir.isPresent() && Files.exists(copyDir.get()) && !Files.isDirectory(copyDir.get())) {
            throw new ImportException(copyDir.get(), 0, "is not a folder (--copy needs a folder)");
        }
        Path studyFile = Path.of(o.positional().get(0));
        if (!Files.exists(studyFile)) {
            throw new ImportException(studyFile, 0, "no such study; create one first (File > New > Interphase Study,"
                    + " or batch run ... --study)");
        }
        StagedOutputs.check(studyFile, "STUDY");
        Resource resource = StudyStore.load(StudyStore.newResourceSet(), studyFile);
        Study study = (Study) resource.getContents().get(0);
        if (study.getCells().isEmpty()) {
            throw new ImportException(studyFile, 0, "the study has no cell to add measurements to; add one first"
                    + " (Cell editor, New Child)");
        }
        Cell cell = StudyTargets.cell(study, o.value("--cell"));
        Links links = Links.of(cell, o.value("--interface"), cycle, false);
        List<Path> named = o.positional().subList(1, o.positional().size()).stream().map(Path::of).toList();

        Inputs inputs = Inputs.collect(named, o.flag("--recursive"), this::readsFolder);
        List<Inputs.Skipped> skipped = new ArrayList<>(inputs.skipped());
        List<Map<String, Object>> failed = new ArrayList<>();
        List<MeasurementImport.Request> requests = new ArrayList<>();
        for (Inputs.Input in : inputs.files()) {
            ImporterChoice.Choice c;
            try {
                c = choice.choose(in.file());
            } catch (IOException e) {
                failed.add(failure(in.file(), "cannot be read: " + e.getMessage()));
                continue;
            }
            if (c.importer() != null) {
                requests.add(links.request(in.file(), c.importer()));
            } else if (!c.recognised() && !in.named()) {
                skipped.add(new Inputs.Skipped(in.file(), c.refusal()));
            } else {
                failed.add(failure(in.file(), c.refusal()));
            }
        }
        List<MeasurementImport.FileResult> results = MeasurementImport.read(requests,
                copyDir.isPresent() ? MeasurementImport.Storage.COPY : MeasurementImport.Storage.LINK,
                copyDir.map(Path::toAbsolutePath).orElse(null), (fileName, done, total) -> {
                    err.println("[" + (done + 1) + "/" + total + "] " + fileName);
                    return true;
                }, importers);
        List<MeasurementImport.Request> okRequests = new ArrayList<>();
        List<MeasurementImport.FileResult> okResults = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            MeasurementImport.FileResult r = results.get(i);
            if (r.ok()) {
                okRequests.add(requests.get(i));
                okResults.add(r);
            } else {
                failed.add(failure(r.file(), stripFile(r.file(), r.error())));
            }
        }
        if (!okResults.isEmpty()) {
            new BasicCommandStack().execute(MeasurementImport.command(cell, okRequests, okResults));
            StudyStore.save(resource, studyFile);
        }

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("study", studyFile.toString());
        json.put("cell", cell.getName());
        json.put("imported", okResults.stream().map(ImportCommand::summary).toList());
        json.put("failed", failed);
        json.put("skipped", skipped.stream().map(Inputs.Skipped::json).toList());
        out.println(gson.toJson(json));
        if (okResults.isEmpty() && failed.isEmpty()) {
            err.println("error: no file to import (" + skipped.size() + " skipped; see \"skipped\")");
            return Failures.BAD_INPUT;
        }
        for (Map<String, Object> f : failed) {
            err.println(Failures.oneLine("error: " + f.get("file") + ": " + f.get("reason")));
        }
        return failed.isEmpty() ? Failures.OK : Failures.BAD_INPUT;
    }

    private boolean readsFolder(Path folder) {
        try {
            return Importers.best(folder, importers).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, Object> failure(Path file, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("reason", reason);
        return m;
    }

    /** The reason without the file name that {@link MeasurementImport} puts in front. */
    private static String stripFile(Path file, String error) {
        for (String prefix : new String[] { file + ": ", file.getFileName() + ": " }) {
            if (error.startsWith(prefix)) {
                return error.substring(prefix.length());
            }
        }
        return error;
    }

    private static Map<String, Object> summary(MeasurementImport.FileResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", r.file().toString());
        if (!r.storedAt().equals(r.file())) {
            json.put("storedAt", r.storedAt().toString());
        }
        json.put("technique", r.importer().technique().toLowerCase(java.util.Locale.ROOT));
        json.put("importer", r.importer().id());
        json.put("measurements", r.measurements().stream().map(Measurement::getName).toList());
        Measurement first = r.measurements().get(0);
        json.put("interface", first.getInterface() == null ? null : first.getInterface().getName());
        json.put("cycleState", first.getCycleState() == null ? null : first.getCycleState().getName());
        return json;
    }
}
