package org.interphase.xps.tests;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes PHI MultiPak {@code .spe} bytes following the structure documented by yadg's phi-spe notes and
 * pynxtools-xps (see data/formats/README.md): header SOFH ... EOFH, then a 16-byte data header, 96-byte
 * trace headers and the float data of each trace followed by its dwell time as float32.
 */
final class PhiSpeFiles {

    /** One region: name, BE start, BE stop, dwell s, sweeps, values, whether stored as float64. */
    record Region(String name, int z, double start, double stop, double dwell, int sweeps, double[] y, boolean f8) {
    }

    private PhiSpeFiles() {
    }

    static byte[] write(List<Region> regions, String lineEnd) {
        return write(regions, lineEnd, false);
    }

    /**
     * With {@code startLayout}, the trace headers locate the data as a VersaProbe 4 does: the start offset
     * at +0x50, 0 in the end-of-data field +0x5c, and no dwell float after the data.
     */
    static byte[] write(List<Region> regions, String lineEnd, boolean startLayout) {
        StringBuilder h = new StringBuilder();
        h.append("SOFH").append(lineEnd);
        h.append("Platform: Windows").append(lineEnd);
        h.append("InstrumentModel: VersaProbe").append(lineEnd);
        h.append("SoftwareVersion: SS 9.9.9").append(lineEnd);
        h.append("XraySource: Al 1486.6 mono").append(lineEnd);
        h.append("NoSpectralRegFull: ").append(regions.size()).append(lineEnd);
        h.append("NoSpectralReg: ").append(regions.size()).append(lineEnd);
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            int n = r.y().length;
            double step = (r.stop() - r.start()) / (n - 1);
            String def = String.format(java.util.Locale.ROOT, "%d %d %s %d %d %.4f %.4f %.4f %.4f %.4f    %.6f %.2f AREA",
                    i + 1, i + 1, r.name(), r.z(), n, step, r.start(), r.stop(), r.start(), r.stop(), r.dwell(), 23.5);
            h.append("SpectralRegDefFull: ").append(def).append(lineEnd);
            h.append("SpectralRegDef: ").append(def).append(lineEnd);
            h.append("SpectralRegDef2: ").append(i + 1).append(" 20.0 ").append(r.sweeps()).append(" 0 4 1").append(lineEnd);
        }
        h.append("EOFH").append(lineEnd);
        int headers = 16 + 96 * regions.size();
        int dataBytes = 0;
        for (Region r : regions) {
            dataBytes += r.y().length * (r.f8() ? 8 : 4) + (startLayout ? 0 : 4);
        }
        ByteBuffer b = ByteBuffer.allocate(headers + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(1).putInt(regions.size()).putInt(96 * regions.size()).putInt(16);
        int offset = headers;
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            int at = 16 + 96 * i;
            int n = r.y().length;
            int nbytes = n * (r.f8() ? 8 : 4);
            b.putInt(at, i + 1);
            b.putInt(at + 0x0c, i + 1);
            b.putInt(at + 0x14, n);
            b.put(at + 0x38, (byte) 'c').put(at + 0x39, (byte) '/').put(at + 0x3a, (byte) 's');
            b.put(at + 0x48, (byte) 'f').put(at + 0x49, (byte) (r.f8() ? '8' : '4'));
            b.putInt(at + 0x4c, nbytes);
            b.putInt(at + 0x50, startLayout ? offset : n);
            b.putInt(at + 0x5c, startLayout ? 0 : offset + nbytes);
            for (int k = 0; k < n; k++) {
                if (r.f8()) {
                    b.putDouble(offset + 8 * k, r.y()[k]);
                } else {
                    b.putFloat(offset + 4 * k, (float) r.y()[k]);
                }
            }
            if (!startLayout) {
                b.putFloat(offset + nbytes, (float) r.dwell());
            }
            offset += nbytes + (startLayout ? 0 : 4);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(b.array());
        return out.toByteArray();
    }
}
