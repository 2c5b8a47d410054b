package org.interphase.sims.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.ImportException;

/** Reading SurfaceLab ASCII mass spectra and finding their peaks. */
public final class MassSpectra {

    /** The column line of a SurfaceLab ASCII mass spectrum. */
    public static final String SURFACELAB_COLUMNS = SurfaceLabSpectrumReader.COLUMNS;

    private MassSpectra() {
    }

    /** Reads a SurfaceLab ASCII mass spectrum ({@code Channel<TAB>m/z<TAB>Intensity}). */
    public static MassSpectrumData readData(Path file) throws ImportException {
        return SurfaceLabSpectrumReader.read(file);
    }

    /**
     * A peak: apex bin and intensity-weighted centroid over the contiguous bins at or above half the apex.
     *
     * @param apexChannel  channel of the highest bin
     * @param apexMass     exported m/z of the highest bin
     * @param height       counts in the highest bin
     * @param centroid     centroid in channels
     * @param area         sum of counts over the half-height bins
     */
    public record Peak(double apexChannel, double apexMass, double height, double centroid, double area) {
    }

    /** Local maxima with at least {@code minHeight} counts, in channel order. */
    public static List<Peak> peaks(MassSpectrumData s, double minHeight) {
        List<Peak> out = new ArrayList<>();
        double[] y = s.intensity();
        for (int i = 0; i < y.length; i++) {
            boolean left = i == 0 || y[i] > y[i - 1];
            boolean right = i == y.length - 1 || y[i] >= y[i + 1];
            if (y[i] >= minHeight && left && right) {
                double half = y[i] / 2;
                int lo = i;
                while (lo > 0 && y[lo - 1] >= half) {
                    lo--;
                }
                int hi = i;
                while (hi < y.length - 1 && y[hi + 1] >= half) {
                    hi++;
                }
                double area = 0;
                double moment = 0;
                for (int j = lo; j <= hi; j++) {
                    area += y[j];
                    moment += y[j] * s.channel()[j];
                }
                out.add(new Peak(s.channel()[i], s.massToCharge()[i], y[i], moment / area, area));
            }
        }
        return out;
    }
}
