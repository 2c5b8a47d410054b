package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.eis.api.mpr.MprColumnTable;
import org.interphase.eis.api.mpr.MprColumnType;
import org.interphase.eis.api.mpr.MprFile;
import org.interphase.eis.api.mpr.MprModule;
import org.interphase.eis.api.mpr.MprRecords;
import org.junit.jupiter.api.Test;

/** The public {@code .mpr} container API on the shared impedance and cycling files and on built records. */
class MprApiTest {

    private static Path cycling() {
        return SharedData.eis(SharedData.MPR).resolveSibling("../cycling/cellpy_biol.mpr").normalize();
    }

    @Test
    void impedanceFileOpensIntoItsThreeModules() throws Exception {
        List<MprModule> modules = MprFile.read(SharedData.eis(SharedData.MPR));
        assertEquals(List.of("VMP Set", "VMP data", "VMP LOG"), modules.stream().map(MprModule::shortName).toList());
        assertEquals(List.of("VMP settings", "VMP data", "VMP LOG"),
                modules.stream().map(MprModule::longName).toList());
        // lengths from the module headers; together with the headers they make up the file size
        assertEquals(List.of(6747, 6695, 8103), modules.stream().map(MprModule::length).toList());
        assertEquals(21792, 52 + 3 * 65 + 6747 + 6695 + 8103);
        assertTrue(modules.stream().allMatch(MprModule::extendedHeader));
        assertEquals("05.15.25", modules.get(0).date());
    }

    @Test
    void impedanceRecordsMatchThePairedTextExport() throws Exception {
        Path file = SharedData.eis(SharedData.MPR);
        MprModule data = MprFile.module(MprFile.read(file), MprModule.DATA).orElseThrow();
        MprRecords r = MprRecords.decode(file, data, MprColumnTable.builtIn());
        assertEquals(79, r.rowCount());
        assertEquals(List.of("freq/Hz", "Re(Z)/Ohm", "-Im(Z)/Ohm"), r.names().subList(0, 3));
        // first data line of the .mpt export: 7.0000185E+006 3.5924146E+002 2.9092038E+002 ... 4.709477316966513
        assertEquals(7.0000185E+006f, (float) r.column("freq/Hz").orElseThrow()[0]);
        assertEquals(3.5924146E+002f, (float) r.column("Re(Z)/Ohm").orElseThrow()[0]);
        assertEquals(2.9092038E+002f, (float) r.columnById(38).orElseThrow()[0]);
        assertEquals(4.709477316966513, r.column("time/s").orElseThrow()[0], 0);
        assertEquals(5.5528965E+006f, (float) r.column("freq/Hz").orElseThrow()[1]);
    }

    @Test
    void cyclingFileOpensAndItsRecordsKeepTheirOwnIdentities() throws Exception {
        Path file = cycling();
        List<MprModule> modules = MprFile.read(file);
        assertEquals(List.of("VMP Set", "VMP data", "VMP LOG"), modules.stream().map(MprModule::shortName).toList());
        assertEquals(List.of(3260, 3605238, 4311), modules.stream().map(MprModule::length).toList());
        assertEquals(3613032, 52 + 3 * 57 + 3260 + 3605238 + 4311, "old headers of 57 bytes");
        assertFalse(modules.get(1).extendedHeader());
        assertEquals(2, modules.get(1).version());
        assertEquals("03.16.17", modules.get(2).date());

        MprRecords r = MprRecords.decode(file, modules.get(1), MprColumnTable.builtIn());
        assertEquals(23561, r.rowCount());
        assertEquals(36, r.columns().size());
        assertEquals(List.of("mode", "ox/red", "error", "control changes", "Ns changes", "counter inc.", "Ns",
                "I Range", "time/s"), r.names().subList(0, 9));
        double[] time = r.column("time/s").orElseThrow();
        for (int i = 1; i < time.length; i++) {
            assertTrue(time[i] >= time[i - 1], "time grows at record " + i);
        }
        for (double mode : r.column("mode").orElseThrow()) {
            assertTrue(mode >= 1 && mode <= 3, "mode is 1 (CC), 2 (CV) or 3 (rest): " + mode);
        }
        for (double ox : r.column("ox/red").orElseThrow()) {
            assertTrue(ox == 0 || ox == 1);
        }
        // charge bookkeeping: the per-record dQ adds up to the change of the running (Q-Qo)
        double[] dq = r.column("dQ/mA.h").orElseThrow();
        double[] q = r.column("(Q-Qo)/mA.h").orElseThrow();
        double sum = 0;
        for (double d : dq) {
            sum += d;
        }
        assertEquals(q[q.length - 1] - q[0], sum, 1e-6, "within the rounding of 23561 additions");
        assertTrue(Math.abs(sum) > 1, "a real charge flows: " + sum);
    }

    @Test
    void callersExtendTheTableWithoutChangingTheBuiltIn() throws Exception {
        MprColumnTable mine = MprColumnTable.builtIn().with(9999, "my/V", MprColumnType.FLOAT64);
        assertEquals("my/V", mine.column(9999).orElseThrow().name());
        assertTrue(MprColumnTable.builtIn().column(9999).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> mine.with(5000, "x", MprColumnType.FLAG));

        MprModule data = dataModule(new int[] {4, 9999}, 2, new byte[0]);
        ImportException e = assertThrows(ImportException.class,
                () -> MprRecords.decode(Path.of("x.mpr"), data, MprColumnTable.builtIn()));
        assertTrue(e.getMessage().contains("unknown column id 9999"), e.getMessage());
    }

    @Test
    void theFlagByteSitsWhereTheFirstFlagColumnIsListed() throws Exception {
        // records: time f8, flags u1 (mode bits 0-1, ox/red bit 2, error bit 3), Ewe f4
        ByteBuffer rows = ByteBuffer.allocate(2 * 13).order(ByteOrder.LITTLE_ENDIAN);
        rows.putDouble(1.5).put((byte) 0b0110).putFloat(3.25f);
        rows.putDouble(2.5).put((byte) 0b1001).putFloat(-1f);
        MprModule data = dataModule(new int[] {4, 1, 2, 3, 6}, 2, rows.array());
        MprRecords r = MprRecords.decode(Path.of("x.mpr"), data, MprColumnTable.builtIn());
        assertEquals(2, r.rowCount());
        assertArrayEquals(new double[] {1.5, 2.5}, r.column("time/s").orElseThrow());
        assertArrayEquals(new double[] {2, 1}, r.column("mode").orElseThrow());
        assertArrayEquals(new double[] {1, 0}, r.column("ox/red").orElseThrow());
        assertArrayEquals(new double[] {0, 1}, r.column("error").orElseThrow());
        assertArrayEquals(new double[] {3.25, -1}, r.column("Ewe/V").orElseThrow());
    }

    /** An old-header (version 2) data module: count u4, columns u1, ids u2, zero block to 405, records. */
    private static MprModule dataModule(int[] ids, int points, byte[] rows) {
        ByteBuffer b = ByteBuffer.allocate(405 + rows.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(points).put((byte) ids.length);
        for (int id : ids) {
            b.putShort((short) id);
        }
        b.position(405);
        b.put(rows);
        return new MprModule("VMP data", "VMP data", 2, "01.01.26", b.array(), false);
    }
}
