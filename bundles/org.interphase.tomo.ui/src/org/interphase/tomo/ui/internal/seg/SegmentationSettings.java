package org.interphase.tomo.ui.internal.seg;

import java.util.Locale;

import org.interphase.tomo.api.Axis;

/**
 * What the user asked the segmentation panel for.
 *
 * @param method      how thresholds are found
 * @param manual      the threshold of {@link Method#MANUAL} (ignored otherwise)
 * @param filter      optional 3-D pre-filter
 * @param sigma       Gaussian standard deviation in voxels (for {@link Filter#GAUSSIAN})
 * @param axis        axis of the phase-fraction profile and normal of the contact plane
 * @param plane       index of the contact plane along {@code axis}
 * @param labelVoids  whether to label the voids (6-connected components)
 * @param roi         region of interest
 */
public record SegmentationSettings(Method method, double manual, Filter filter, double sigma, Axis axis, int plane,
        boolean labelVoids, RoiSpec roi) {

    /** Settings over the whole volume. */
    public SegmentationSettings(Method method, double manual, Filter filter, double sigma, Axis axis, int plane,
            boolean labelVoids) {
        this(method, manual, filter, sigma, axis, plane, labelVoids, RoiSpec.WHOLE);
    }

    /** Threshold methods. */
    public enum Method {
        MANUAL("Manual"), OTSU("Otsu"), MULTI_OTSU("Multi-level Otsu (3 phases)");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** Name shown in the editor. */
        public String label() {
            return label;
        }

        /** Id used in settings JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Pre-filters. */
    public enum Filter {
        NONE("None"), MEDIAN("Median 3×3×3"), GAUSSIAN("Gaussian");

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        /** Name shown in the editor. */
        public String label() {
            return label;
        }

        /** Id used in settings JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SegmentationSettings {
        java.util.Objects.requireNonNull(roi, "roi");
        if (method == Method.MANUAL && !Double.isFinite(manual)) {
            throw new IllegalArgumentException("a manual threshold must be a finite number");
        }
        if (filter == Filter.GAUSSIAN && !(sigma > 0 && sigma <= 20)) {
            throw new IllegalArgumentException("Gaussian sigma must be in (0, 20] voxels, got " + sigma);
        }
    }

    /** Short description, e.g. "Otsu, median 3×3×3". */
    public String describe() {
        return method.label() + (filter == Filter.NONE ? ""
                : ", " + (filter == Filter.GAUSSIAN ? "Gaussian σ = " + sigma + " voxels" : filter.label()));
    }
}
