package org.interphase.eis.internal.io;

import java.util.Map;
import java.util.Optional;

/**
 * Column ids of the "VMP data" module of BioLogic {@code .mpr} files and their binary types. These are
 * format facts, cross-checked with the table of the open-source galvani reader; the ids that occur in
 * the shared test file (4, 13, 24, 32-39, 76, 77, 131, 169, 172) are verified value by value against the
 * paired EC-Lab text export.
 */
final class MprColumns {

    /** A column: name as EC-Lab writes it in the text export, and its size in bytes. */
    record Column(int id, String name, char type, int bytes) {
    }

    /** Flag columns that share one byte at the start of each row (id -> bit mask). */
    static final Map<Integer, Integer> FLAGS = Map.of(1, 0x03, 2, 0x04, 3, 0x08, 21, 0x10, 31, 0x20, 65, 0x80);

    private static final Map<Integer, Column> COLUMNS = Map.ofEntries(
            f8(4, "time/s"), f4(5, "control/V/mA"), f4(6, "Ewe/V"), f8(7, "dQ/mA.h"), f4(8, "I/mA"),
            f4(9, "Ece/V"), f8(11, "I/mA"), f8(13, "(Q-Qo)/mA.h"), f4(16, "Analog IN 1/V"), f4(19, "control/V"),
            f4(20, "control/mA"), f8(23, "dQ/mA.h"), f8(24, "cycle number"), f4(26, "Rapp/Ohm"),
            f4(32, "freq/Hz"), f4(33, "|Ewe|/V"), f4(34, "|I|/A"), f4(35, "Phase(Z)/deg"), f4(36, "|Z|/Ohm"),
            f4(37, "Re(Z)/Ohm"), f4(38, "-Im(Z)/Ohm"), u2(39, "I Range"), f4(69, "R/Ohm"), f4(70, "P/W"),
            f8(74, "|Energy|/W.h"), f4(75, "Analog OUT/V"), f4(76, "<I>/mA"), f4(77, "<Ewe>/V"),
            f4(78, "Cs-2/\u00B5F-2"), f4(96, "|Ece|/V"), f4(98, "Phase(Zce)/deg"), f4(99, "|Zce|/Ohm"),
            f4(100, "Re(Zce)/Ohm"), f4(101, "-Im(Zce)/Ohm"), f8(123, "Energy charge/W.h"),
            f8(124, "Energy discharge/W.h"), f8(125, "Capacitance charge/\u00B5F"),
            f8(126, "Capacitance discharge/\u00B5F"), u2(131, "Ns"), f4(163, "|Estack|/V"), f4(168, "Rcmp/Ohm"),
            f4(169, "Cs/\u00B5F"), f4(172, "Cp/\u00B5F"), f4(173, "Cp-2/\u00B5F-2"), f4(174, "<Ewe>/V"),
            f4(241, "|E1|/V"), f4(242, "|E2|/V"), f4(271, "Phase(Z1)/deg"), f4(272, "Phase(Z2)/deg"),
            f4(301, "|Z1|/Ohm"), f4(302, "|Z2|/Ohm"), f4(331, "Re(Z1)/Ohm"), f4(332, "Re(Z2)/Ohm"),
            f4(361, "-Im(Z1)/Ohm"), f4(362, "-Im(Z2)/Ohm"), f4(391, "<E1>/V"), f4(392, "<E2>/V"),
            f4(422, "Phase(Zstack)/deg"), f4(423, "|Zstack|/Ohm"), f4(424, "Re(Zstack)/Ohm"),
            f4(425, "-Im(Zstack)/Ohm"), f4(426, "<Estack>/V"), f4(430, "Phase(Zwe-ce)/deg"),
            f4(431, "|Zwe-ce|/Ohm"), f4(432, "Re(Zwe-ce)/Ohm"), f4(433, "-Im(Zwe-ce)/Ohm"),
            f4(434, "(Q-Qo)/C"), f4(435, "dQ/C"), f8(438, "step time/s"), f4(441, "<Ecv>/V"),
            f4(462, "Temperature/\u00B0C"), f8(467, "Q charge/discharge/mA.h"), f4(468, "half cycle"),
            f8(473, "THD Ewe/%"), f8(474, "THD I/%"));

    private MprColumns() {
    }

    static Optional<Column> of(int id) {
        return Optional.ofNullable(COLUMNS.get(id));
    }

    private static Map.Entry<Integer, Column> f4(int id, String name) {
        return Map.entry(id, new Column(id, name, 'f', 4));
    }

    private static Map.Entry<Integer, Column> f8(int id, String name) {
        return Map.entry(id, new Column(id, name, 'd', 8));
    }

    private static Map.Entry<Integer, Column> u2(int id, String name) {
        return Map.entry(id, new Column(id, name, 'u', 2));
    }
}
