package org.interphase.batch.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.report.api.CellReport;
import org.interphase.core.api.ImportException;
import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;

import com.google.gson.Gson;

/** {@code report STUDY.interphase --out REPORT.html [--cell N|NAME]}: the cell report of a saved study. */
final class ReportCommand implements Subcommand {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report STUDY.interphase --out REPORT.html [--cell N|NAME]   stack, timelines and provenance as one HTML page";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("--out", "--cell"), Set.of());
        if (o.positional().size() != 1) {
            throw new IllegalArgumentException(o.positional().isEmpty() ? "missing STUDY.interphase"
                    : "one study at a time, not " + o.positional().size());
        }
        Path target = o.path("--out").orElseThrow(() -> new IllegalArgumentException("missing --out REPORT.html"));
        if (Files.isDirectory(target)) {
            throw new ImportException(target, 0, "is a folder; --out needs a file name");
        }
        Path studyFile = Path.of(o.positional().get(0));
        Study study = StudyStore.load(studyFile);
        if (study.getCells().isEmpty()) {
            throw new ImportException(studyFile, 0, "the study has no cells to report");
        }
        Cell cell = StudyTargets.cell(study, Optional.of(o.value("--cell").orElse("1")));
        StudyStore.writeAtomically(target, CellReport.html(cell).getBytes(StandardCharsets.UTF_8));
        out.println(new Gson().toJson(Map.of("report", target.toString())));
        return Failures.OK;
    }
}
