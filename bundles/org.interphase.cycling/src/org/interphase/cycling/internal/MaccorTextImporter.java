package org.interphase.cycling.internal;

import java.nio.file.Path;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.StepKind;
import org.osgi.service.component.annotations.Component;

/**
 * Maccor text export (tab-separated): a few header lines ({@code Today's Date}, {@code Filename:},
 * {@code Procedure:}), a column row starting {@code Rec#}, then one row per point. {@code State} C is charge,
 * D discharge, anything else rest; {@code Amp-hr} is the step's capacity (it restarts with each step);
 * {@code Amps} is unsigned, so the current is signed here by the state. {@code TestTime} is
 * {@code Nd HH:MM:SS.s}. Where {@code Cyc#} never changes the cycles are derived.
 */
@Component(service = org.interphase.core.api.Importer.class)
public final class MaccorTextImporter extends CyclingImporterBase {

    static final String FORMAT = "Maccor text export";
    private static final int MAX_HEADER_LINES = 30;

    @Override
    public String id() {
        return "cycling.maccor.txt";
    }

    @Override
    public String name() {
        return "Maccor cycling text export";
    }

    @Override
    public double detect(FileProbe probe) {
        for (String line : probe.headText().split("\r\n|\n|\r")) {
            if (line.startsWith("Rec#\t")) {
                return line.contains("\tAmp-hr\t") && line.contains("\tVolts\t") && line.contains("\tState") ? 0.95 : 0;
            }
        }
        return 0;
    }

    @Override
    public CyclingData readData(Path file) throws ImportException {
        TextTable t = TextTable.read(file);
        int header = -1;
        for (int i = 0; i < Math.min(MAX_HEADER_LINES, t.lineCount()); i++) {
            if (t.line(i).startsWith("Rec#\t")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new ImportException(file, 1, "no column row starting 'Rec#' in the first " + MAX_HEADER_LINES + " lines");
        }
        String[] h = TextTable.split(t.line(header), '\t');
        int cCycle = t.require(h, header, "Cyc#");
        int cTime = t.require(h, header, "TestTime", "Test Time");
        int cAh = t.require(h, header, "Amp-hr");
        int cAmps = t.require(h, header, "Amps");
        int cVolts = t.require(h, header, "Volts");
        int cState = t.require(h, header, "State");
        DataBuilder b = new DataBuilder();
        int lastCycle = Integer.MIN_VALUE;
        for (int line = header + 1; line < t.lineCount(); line++) {
            String[] c = TextTable.split(t.line(line), '\t');
            int cycle = (int) t.number(c, cCycle, line, "Cyc#");
            if (cycle < lastCycle) {
                throw new ImportException(file, line + 1, "Cyc# " + cycle + " after " + lastCycle + " (cycle numbers decrease)");
            }
            lastCycle = cycle;
            String state = t.text(c, cState, line);
            StepKind k = state.equals("C") ? StepKind.CHARGE : state.equals("D") ? StepKind.DISCHARGE : StepKind.REST;
            double amps = Math.abs(t.number(c, cAmps, line, "Amps"));
            double current = k == StepKind.CHARGE ? amps : k == StepKind.DISCHARGE ? -amps : 0;
            double ah = t.number(c, cAh, line, "Amp-hr");
            b.add(t.duration(c, cTime, line, "TestTime"), t.number(c, cVolts, line, "Volts"), current * 1000,
                    k == StepKind.REST ? 0 : ah * 1000, cycle, k);
        }
        if (b.size() == 0) {
            throw new ImportException(file, header + 2, "no data rows after the column row");
        }
        b.fact("headerLines", header);
        return b.build(FORMAT, true);
    }
}
