package org.interphase.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.interphase.report.api.CellReport;
import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyLoadException;
import org.interphase.model.persistence.StudyStore;

/** {@code report STUDY.interphase --out REPORT.html [--cell N]}: the cell report of a saved study. */
final class ReportCommand {

    static String usage() {
        return "report STUDY.interphase --out REPORT.html [--cell N]   stack, timelines and provenance as one HTML page";
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Path study = null;
        Path target = null;
        int index = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out") && i + 1 < args.size()) {
                target = Path.of(args.get(++i));
            } else if (a.equals("--cell") && i + 1 < args.size()) {
                index = Integer.parseInt(args.get(++i)) - 1;
            } else {
                study = Path.of(a);
            }
        }
        if (study == null || target == null) {
            err.println("usage: interphase batch " + usage());
            return 2;
        }
        try {
            Study s = StudyStore.load(study);
            if (index < 0 || index >= s.getCells().size()) {
                err.println("error: " + study.getFileName() + " has " + s.getCells().size() + " cells, not " + (index + 1));
                return 1;
            }
            Cell cell = s.getCells().get(index);
            StudyStore.writeAtomically(target, CellReport.html(cell).getBytes(StandardCharsets.UTF_8));
            out.println("{\"report\":\"" + target.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return 0;
        } catch (StudyLoadException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
