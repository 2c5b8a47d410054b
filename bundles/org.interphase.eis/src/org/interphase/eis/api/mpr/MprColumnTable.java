package org.interphase.eis.api.mpr;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Column ids of the "VMP data" module and their names and binary types. Immutable: {@link #with} and
 * {@link #withFlag} return an extended copy, so a caller adds the ids its technique writes without touching
 * the table of others.
 * <p>
 * The {@link #builtIn()} entries are format facts cross-checked with the table of the open-source galvani
 * reader. The ids of the shared impedance test file (4, 13, 24, 32-39, 76, 77, 131, 169, 172) are verified
 * value by value against the paired EC-Lab text export; the sizes of the ids of the shared cycling file
 * (flags 1, 2, 3, 21, 31, 65 and 4, 6-9, 13, 20, 32, 35, 36, 39, 74, 96, 98-101, 123-126, 131, 430-433,
 * 467-469, 471) add up to its record size.
 */
public final class MprColumnTable {

    private static final MprColumnTable BUILT_IN = builtInTable();

    private final Map<Integer, MprColumn> columns;

    private MprColumnTable(Map<Integer, MprColumn> columns) {
        this.columns = Map.copyOf(columns);
    }

    /** The ids known to the workbench's own readers. */
    public static MprColumnTable builtIn() {
        return BUILT_IN;
    }

    /** This table plus (or with a replaced) value column. */
    public MprColumnTable with(int id, String name, MprColumnType type) {
        if (type == MprColumnType.FLAG) {
            throw new IllegalArgumentException("a flag column needs its bit mask: use withFlag");
        }
        return with(new MprColumn(id, name, type));
    }

    /** This table plus (or with a replaced) flag column: {@code mask} selects its bits in the flag byte. */
    public MprColumnTable withFlag(int id, String name, int mask) {
        if (mask <= 0 || mask > 0xFF) {
            throw new IllegalArgumentException("flag mask " + mask + " is not within one byte");
        }
        return with(new MprColumn(id, name, MprColumnType.FLAG, mask));
    }

    private MprColumnTable with(MprColumn column) {
        Map<Integer, MprColumn> copy = new HashMap<>(columns);
        copy.put(column.id(), column);
        return new MprColumnTable(copy);
    }

    /** The column with this id, if the table knows it. */
    public Optional<MprColumn> column(int id) {
        return Optional.ofNullable(columns.get(id));
    }

    private static MprColumnTable builtInTable() {
        Map<Integer, MprColumn> m = new HashMap<>();
        flag(m, 1, "mode", 0x03);
        flag(m, 2, "ox/red", 0x04);
        flag(m, 3, "error", 0x08);
        flag(m, 21, "control changes", 0x10);
        flag(m, 31, "Ns changes", 0x20);
        flag(m, 65, "counter inc.", 0x80);
        f8(m, 4, "time/s", 7, "dQ/mA.h", 11, "I/mA", 13, "(Q-Qo)/mA.h", 23, "dQ/mA.h", 24, "cycle number",
                74, "|Energy|/W.h", 123, "Energy charge/W.h", 124, "Energy discharge/W.h",
                125, "Capacitance charge/\u00B5F", 126, "Capacitance discharge/\u00B5F", 438, "step time/s",
                467, "Q charge/discharge/mA.h", 473, "THD Ewe/%", 474, "THD I/%");
        f4(m, 5, "control/V/mA", 6, "Ewe/V", 8, "I/mA", 9, "Ece/V", 16, "Analog IN 1/V", 19, "control/V",
                20, "control/mA", 26, "Rapp/Ohm", 32, "freq/Hz", 33, "|Ewe|/V", 34, "|I|/A", 35, "Phase(Z)/deg",
                36, "|Z|/Ohm", 37, "Re(Z)/Ohm", 38, "-Im(Z)/Ohm", 69, "R/Ohm", 70, "P/W", 75, "Analog OUT/V",
                76, "<I>/mA", 77, "<Ewe>/V", 78, "Cs-2/\u00B5F-2", 96, "|Ece|/V", 98, "Phase(Zce)/deg",
                99, "|Zce|/Ohm", 100, "Re(Zce)/Ohm", 101, "-Im(Zce)/Ohm", 163, "|Estack|/V", 168, "Rcmp/Ohm",
                169, "Cs/\u00B5F", 172, "Cp/\u00B5F", 173, "Cp-2/\u00B5F-2", 174, "<Ewe>/V", 241, "|E1|/V",
                242, "|E2|/V", 271, "Phase(Z1)/deg", 272, "Phase(Z2)/deg", 301, "|Z1|/Ohm", 302, "|Z2|/Ohm",
                331, "Re(Z1)/Ohm", 332, "Re(Z2)/Ohm", 361, "-Im(Z1)/Ohm", 362, "-Im(Z2)/Ohm", 391, "<E1>/V",
                392, "<E2>/V", 422, "Phase(Zstack)/deg", 423, "|Zstack|/Ohm", 424, "Re(Zstack)/Ohm",
                425, "-Im(Zstack)/Ohm", 426, "<Estack>/V", 430, "Phase(Zwe-ce)/deg", 431, "|Zwe-ce|/Ohm",
                432, "Re(Zwe-ce)/Ohm", 433, "-Im(Zwe-ce)/Ohm", 434, "(Q-Qo)/C", 435, "dQ/C", 441, "<Ecv>/V",
                462, "Temperature/\u00B0C", 471, "<Ece>/V");
        m.put(39, new MprColumn(39, "I Range", MprColumnType.UINT16));
        m.put(131, new MprColumn(131, "Ns", MprColumnType.UINT16));
        m.put(468, new MprColumn(468, "half cycle", MprColumnType.UINT32));
        m.put(469, new MprColumn(469, "z cycle", MprColumnType.UINT32));
        return new MprColumnTable(m);
    }

    private static void flag(Map<Integer, MprColumn> m, int id, String name, int mask) {
        m.put(id, new MprColumn(id, name, MprColumnType.FLAG, mask));
    }

    private static void f4(Map<Integer, MprColumn> m, Object... idNamePairs) {
        put(m, MprColumnType.FLOAT32, idNamePairs);
    }

    private static void f8(Map<Integer, MprColumn> m, Object... idNamePairs) {
        put(m, MprColumnType.FLOAT64, idNamePairs);
    }

    private static void put(Map<Integer, MprColumn> m, MprColumnType type, Object... idNamePairs) {
        for (int i = 0; i < idNamePairs.length; i += 2) {
            int id = (Integer) idNamePairs[i];
            m.put(id, new MprColumn(id, (String) idNamePairs[i + 1], type));
        }
    }
}
