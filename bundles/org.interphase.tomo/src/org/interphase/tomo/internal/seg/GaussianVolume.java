package org.interphase.tomo.internal.seg;

import java.io.IOException;

import org.interphase.tomo.api.Volume;

/**
 * 3-D Gaussian smoothing as three separable 1-D convolutions with a sampled, normalised kernel of radius
 * ceil(3 sigma); the in-plane (x, y) passes are applied to each source slice once, the z pass combines
 * 2r+1 of those slices.
 */
public final class GaussianVolume extends FilteredVolume {

    private final double sigma;
    private final float[] kernel;

    public GaussianVolume(Volume source, double sigma, long cacheBudget) {
        super(source, cacheBudget);
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
        this.sigma = sigma;
        this.kernel = kernel(sigma);
    }

    /** Normalised Gaussian weights w[0..r] (w[-i] = w[i]). */
    public static float[] kernel(double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        double[] w = new double[r + 1];
        double sum = 0;
        for (int i = 0; i <= r; i++) {
            w[i] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += i == 0 ? w[i] : 2 * w[i];
        }
        float[] k = new float[r + 1];
        for (int i = 0; i <= r; i++) {
            k[i] = (float) (w[i] / sum);
        }
        return k;
    }

    @Override
    protected float[] prepare(float[] s) {
        int nx = sizeX();
        int ny = sizeY();
        float[] tmp = new float[s.length];
        int r = kernel.length - 1;
        for (int y = 0; y < ny; y++) { // along x
            int row = y * nx;
            for (int x = 0; x < nx; x++) {
                double acc = kernel[0] * s[row + x];
                for (int k = 1; k <= r; k++) {
                    acc += kernel[k] * (s[row + Math.max(0, x - k)] + s[row + Math.min(nx - 1, x + k)]);
                }
                tmp[row + x] = (float) acc;
            }
        }
        float[] out = new float[s.length];
        for (int y = 0; y < ny; y++) { // along y
            for (int x = 0; x < nx; x++) {
                double acc = kernel[0] * tmp[y * nx + x];
                for (int k = 1; k <= r; k++) {
                    acc += kernel[k] * (tmp[Math.max(0, y - k) * nx + x] + tmp[Math.min(ny - 1, y + k) * nx + x]);
                }
                out[y * nx + x] = (float) acc;
            }
        }
        return out;
    }

    @Override
    protected Object loadZ(int z) throws IOException {
        int r = kernel.length - 1;
        float[] centre = sourceZ(z);
        double[] acc = new double[centre.length];
        for (int i = 0; i < acc.length; i++) {
            acc[i] = kernel[0] * centre[i];
        }
        for (int k = 1; k <= r; k++) {
            float[] a = sourceZ(z - k);
            float[] b = sourceZ(z + k);
            for (int i = 0; i < acc.length; i++) {
                acc[i] += kernel[k] * (a[i] + b[i]);
            }
        }
        float[] out = new float[acc.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) acc[i];
        }
        return out;
    }

    @Override
    public String description() {
        return "Gaussian (sigma " + sigma + " voxels) of " + source.description();
    }
}
