package org.interphase.tomo.internal.io;

/** Converts slices held as primitive arrays (uint8 in byte[], uint16 in short[], float[]) to float. */
public final class Samples {

    private Samples() {
    }

    /** Copies {@code length} values from {@code src[from...]} to {@code dest[to...]} as float. */
    public static void copy(Object src, int from, float[] dest, int to, int length) {
        switch (src) {
            case byte[] b -> {
                for (int i = 0; i < length; i++) {
                    dest[to + i] = b[from + i] & 0xFF;
                }
            }
            case short[] s -> {
                for (int i = 0; i < length; i++) {
                    dest[to + i] = s[from + i] & 0xFFFF;
                }
            }
            case float[] f -> System.arraycopy(f, from, dest, to, length);
            default -> throw new IllegalArgumentException("not a slice array: " + src.getClass());
        }
    }

    /** Value {@code i} of a primitive slice as float. */
    public static float get(Object src, int i) {
        return switch (src) {
            case byte[] b -> b[i] & 0xFF;
            case short[] s -> s[i] & 0xFFFF;
            case float[] f -> f[i];
            default -> throw new IllegalArgumentException("not a slice array: " + src.getClass());
        };
    }
}
