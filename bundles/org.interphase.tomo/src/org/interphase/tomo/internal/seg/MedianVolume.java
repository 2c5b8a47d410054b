package org.interphase.tomo.internal.seg;

import java.io.IOException;
import java.util.Arrays;

import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Volume;

/** 3-D median over the 3 x 3 x 3 neighbourhood (27 voxels, edges replicated). */
public final class MedianVolume extends FilteredVolume {

    public MedianVolume(Volume source, long cacheBudget) {
        super(source, cacheBudget);
    }

    @Override
    protected Object loadZ(int z) throws IOException {
        int nx = sizeX();
        int ny = sizeY();
        float[][] planes = { sourceZ(z - 1), sourceZ(z), sourceZ(z + 1) };
        float[] out = new float[nx * ny];
        float[] window = new float[27];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                int n = 0;
                for (float[] p : planes) {
                    for (int dy = -1; dy <= 1; dy++) {
                        int row = Math.max(0, Math.min(ny - 1, y + dy)) * nx;
                        for (int dx = -1; dx <= 1; dx++) {
                            window[n++] = p[row + Math.max(0, Math.min(nx - 1, x + dx))];
                        }
                    }
                }
                Arrays.sort(window);
                out[y * nx + x] = window[13];
            }
        }
        return out;
    }

    /** The median of integer voxels is one of them: the source type is kept. */
    @Override
    public DataType dataType() {
        return source.dataType();
    }

    @Override
    public String description() {
        return "3x3x3 median of " + source.description();
    }
}
