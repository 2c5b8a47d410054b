package org.interphase.tomo.ui.internal.seg;

import java.util.Locale;
import java.util.Objects;

import org.interphase.tomo.api.Roi;

/**
 * The region of interest the user chose: the whole volume, an automatic one computed on the volume (sample
 * outline, largest inscribed cylinder) or one set on the XY view.
 *
 * @param kind   which region
 * @param manual the region for {@link Kind#SET_ON_XY} ({@link Roi#WHOLE} otherwise)
 */
public record RoiSpec(Kind kind, Roi manual) {

    /** Region kinds. */
    public enum Kind {
        WHOLE("Whole volume"), OUTLINE("Sample outline (auto)"), INSCRIBED("Inscribed cylinder (auto)"),
        SET_ON_XY("Set on the XY view");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Name shown in the editor. */
        public String label() {
            return label;
        }

        /** Id in settings JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The whole volume. */
    public static final RoiSpec WHOLE = new RoiSpec(Kind.WHOLE, Roi.WHOLE);

    public RoiSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(manual, "manual");
    }
}
