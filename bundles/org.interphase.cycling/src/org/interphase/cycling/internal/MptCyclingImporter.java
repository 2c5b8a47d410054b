package org.interphase.cycling.internal;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.StepKind;
import org.osgi.service.component.annotations.Component;

/**
 * BioLogic EC-Lab text export ({@code .mpt}) of galvanostatic cycling: {@code EC-Lab ASCII FILE}, {@code Nb
 * header lines : N}, then a tab-separated column row with {@code time/s}, {@code Ewe/V}, {@code I/mA} (or
 * {@code <I>/mA}), {@code (Q-Qo)/mA.h} and {@code cycle number}, read as {@link MprCyclingImporter} reads the
 * binary file. Unverified: no real cycling {@code .mpt} file was available; the columns follow the EC-Lab
 * export of the shared impedance file.
 */
@Component(service = org.interphase.core.api.Importer.class)
public final class MptCyclingImporter extends CyclingImporterBase {

    static final String FORMAT = "BioLogic EC-Lab text (.mpt), cycling";
    private static final Pattern HEADER_COUNT = Pattern.compile("Nb header lines\\s*:\\s*(\\d{1,6})\\b");

    @Override
    public String id() {
        return "cycling.biologic.mpt";
    }

    @Override
    public String name() {
        return "BioLogic EC-Lab cycling text (.mpt)";
    }

    @Override
    public double detect(FileProbe probe) {
        String head = probe.headText();
        if (!head.startsWith("EC-Lab ASCII FILE") && !head.startsWith("BT-Lab ASCII FILE")) {
            return 0;
        }
        for (String line : head.split("\r\n|\n|\r")) {
            if (line.startsWith("mode\t") || line.startsWith("time/s\t") || line.contains("\ttime/s\t")) {
                return line.contains("(Q-Qo)/mA.h") && line.contains("Ewe/V") && !line.contains("freq/Hz") ? 1.0 : 0;
            }
        }
        return 0;
    }

    @Override
    public CyclingData readData(Path file) throws ImportException {
        FileProbe.refuseDamaged(file, "EC-Lab", "EC-Lab ASCII FILE", "BT-Lab ASCII FILE");
        TextTable t = TextTable.read(file);
        Matcher m = t.lineCount() > 1 ? HEADER_COUNT.matcher(t.line(1)) : null;
        if (m == null || !m.find()) {
            throw new ImportException(file, 2, "expected 'Nb header lines : N'");
        }
        int header = Integer.parseInt(m.group(1)) - 1;
        if (header < 1 || header >= t.lineCount()) {
            throw new ImportException(file, 2, "the header announces " + (header + 1) + " lines but the file has "
                    + t.lineCount());
        }
        String[] h = TextTable.split(t.line(header), '\t');
        int cTime = t.require(h, header, "time/s");
        int cE = t.require(h, header, "Ewe/V", "<Ewe>/V");
        int cI = t.require(h, header, "I/mA", "<I>/mA");
        int cQ = t.require(h, header, "(Q-Qo)/mA.h");
        int cCycle = TextTable.column(h, "cycle number");
        int n = t.lineCount() - header - 1;
        if (n < 1) {
            throw new ImportException(file, header + 1, "no data rows after the column row");
        }
        double[] time = new double[n];
        double[] e = new double[n];
        double[] i = new double[n];
        double[] q = new double[n];
        int[] cycle = new int[n];
        for (int r = 0; r < n; r++) {
            int line = header + 1 + r;
            String[] c = TextTable.split(t.line(line).replace(',', '.'), '\t');
            time[r] = t.number(c, cTime, line, "time/s");
            e[r] = t.number(c, cE, line, "Ewe/V");
            i[r] = t.number(c, cI, line, "I/mA");
            q[r] = t.number(c, cQ, line, "(Q-Qo)/mA.h");
            cycle[r] = cCycle < 0 ? 0 : (int) t.number(c, cCycle, line, "cycle number") + 1;
            if (r > 0 && cycle[r] < cycle[r - 1]) {
                throw new ImportException(file, line + 1, "cycle number decreases");
            }
        }
        StepKind[] kind = new StepKind[n];
        double[] capacity = new double[n];
        DataBuilder.fromCumulative(q, kind, capacity);
        DataBuilder b = new DataBuilder();
        for (int r = 0; r < n; r++) {
            b.add(time[r], e[r], i[r], capacity[r], cycle[r], kind[r]);
        }
        b.fact("headerLines", header + 1);
        return b.build(FORMAT, cCycle >= 0);
    }
}
