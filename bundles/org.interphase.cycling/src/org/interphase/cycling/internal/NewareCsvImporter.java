package org.interphase.cycling.internal;

import java.nio.file.Path;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.StepKind;
import org.osgi.service.component.annotations.Component;

/**
 * Neware BTS CSV export: one header row ({@code DataPoint,Cycle Index,Step Index,Step Type,Time,Cumulative
 * Time,Current(A),Voltage(V),Capacity(Ah),...,Chg. Cap.(Ah),...,DChg. Cap.(Ah),...}), then one row per point.
 * Step types containing "DChg" are discharges, "Chg" charges, anything else rest. Currents and capacities in
 * A/Ah or mA/mAh as the header's units say.
 */
@Component(service = org.interphase.core.api.Importer.class)
public final class NewareCsvImporter extends CyclingImporterBase {

    static final String FORMAT = "Neware BTS CSV";

    @Override
    public String id() {
        return "cycling.neware.csv";
    }

    @Override
    public String name() {
        return "Neware BTS cycling CSV";
    }

    @Override
    public double detect(FileProbe probe) {
        String first = probe.headText().split("\r\n|\n|\r", 2)[0];
        return first.contains("Cycle Index") && first.contains("Step Type") && first.contains("Voltage(")
                && first.contains("Current(") ? 0.95 : 0;
    }

    @Override
    public CyclingData readData(Path file) throws ImportException {
        TextTable t = TextTable.read(file);
        if (t.lineCount() < 2) {
            throw new ImportException(file, 1, "no data rows after the header");
        }
        String[] h = TextTable.split(t.line(0), ',');
        int cCycle = t.require(h, 0, "Cycle Index");
        int cType = t.require(h, 0, "Step Type");
        int cTime = t.require(h, 0, "Cumulative Time", "Total Time", "Time");
        int cCurrent = t.require(h, 0, "Current(A)", "Current(mA)");
        int cVoltage = t.require(h, 0, "Voltage(V)");
        int cCharge = t.require(h, 0, "Chg. Cap.(Ah)", "Chg. Cap.(mAh)");
        int cDischarge = t.require(h, 0, "DChg. Cap.(Ah)", "DChg. Cap.(mAh)");
        double iScale = h[cCurrent].contains("(mA)") ? 1 : 1000;
        double qScale = h[cCharge].contains("(mAh)") ? 1 : 1000;
        DataBuilder b = new DataBuilder();
        int lastCycle = Integer.MIN_VALUE;
        for (int line = 1; line < t.lineCount(); line++) {
            String[] c = TextTable.split(t.line(line), ',');
            if (c.length < h.length) {
                throw new ImportException(file, line + 1, "expected " + h.length + " columns, found " + c.length);
            }
            double cycleValue = t.number(c, cCycle, line, "cycle index");
            int cycle = (int) cycleValue;
            if (cycle != cycleValue || cycle < lastCycle) {
                throw new ImportException(file, line + 1, "cycle index " + c[cCycle].strip()
                        + " is not a whole number that never decreases");
            }
            lastCycle = cycle;
            String type = t.text(c, cType, line).toLowerCase(java.util.Locale.ROOT);
            StepKind k = type.contains("dchg") ? StepKind.DISCHARGE : type.contains("chg") ? StepKind.CHARGE : StepKind.REST;
            double q = k == StepKind.CHARGE ? t.number(c, cCharge, line, "charge capacity")
                    : k == StepKind.DISCHARGE ? t.number(c, cDischarge, line, "discharge capacity") : 0;
            b.add(t.duration(c, cTime, line, "time"), t.number(c, cVoltage, line, "voltage"),
                    t.number(c, cCurrent, line, "current") * iScale, q * qScale, cycle, k);
        }
        b.fact("columns", h.length);
        return b.build(FORMAT, true);
    }
}
