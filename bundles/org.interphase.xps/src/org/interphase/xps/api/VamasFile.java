package org.interphase.xps.api;

import java.util.List;
import java.util.OptionalInt;

/**
 * The content of one ISO 14976 (VAMAS) file: the experiment header and its blocks. Texts are kept as
 * written (NUL padding and line ends removed) so that {@link VamasWriter} reproduces the data exactly.
 *
 * @param institution        institution identifier
 * @param instrumentModel    instrument model identifier
 * @param operator           operator identifier
 * @param experimentId       experiment identifier
 * @param comments           experiment comment lines
 * @param experimentMode     MAP, MAPDP, MAPSV, MAPSVDP, NORM, SDP, SDPSV, SEM or NOEXP
 * @param scanMode           REGULAR, IRREGULAR or MAPPING
 * @param modeParameters     the 0, 1 or 4 lines that depend on the experiment mode: number of spectral
 *                           regions (MAP, MAPDP, NORM, SDP), then analysis positions and discrete x and
 *                           y coordinates of the full map (MAP, MAPDP)
 * @param experimentalVariables label and units of each experimental variable
 * @param inclusionCount     signed number of entries of the parameter inclusion (positive) or exclusion
 *                           (negative) list
 * @param inclusionEntries   the listed block parameter numbers (1..40)
 * @param manualItems        numbers of manually entered items
 * @param futureExperimentEntries future upgrade experiment entries
 * @param futureBlockEntryCount number of future upgrade entries in every block
 * @param blocks             the blocks in file order
 */
public record VamasFile(String institution, String instrumentModel, String operator, String experimentId,
        List<String> comments, String experimentMode, String scanMode, List<String> modeParameters,
        List<VamasVariable> experimentalVariables, int inclusionCount, List<Integer> inclusionEntries,
        List<String> manualItems, List<String> futureExperimentEntries, int futureBlockEntryCount,
        List<VamasBlock> blocks) {

    /** The first line of every VAMAS file. */
    public static final String FORMAT_IDENTIFIER =
            "VAMAS Surface Chemical Analysis Standard Data Transfer Format 1988 May 4";

    /** The last line of every VAMAS file. */
    public static final String END = "end of experiment";

    public VamasFile {
        comments = List.copyOf(comments);
        modeParameters = List.copyOf(modeParameters);
        experimentalVariables = List.copyOf(experimentalVariables);
        inclusionEntries = List.copyOf(inclusionEntries);
        manualItems = List.copyOf(manualItems);
        futureExperimentEntries = List.copyOf(futureExperimentEntries);
        blocks = List.copyOf(blocks);
    }

    /** Whether blocks after the first carry {@code item}; the first block always carries every item. */
    public boolean includes(int blockIndex, VamasItem item) {
        if (blockIndex == 0 || inclusionCount == 0) {
            return true;
        }
        boolean listed = inclusionEntries.contains(item.number());
        return inclusionCount > 0 ? listed : !listed;
    }

    /** Number of spectral regions declared in the header (it may differ from the block count). */
    public OptionalInt spectralRegions() {
        return modeParameters.isEmpty() ? OptionalInt.empty() : parse(modeParameters.get(0));
    }

    /** Number of analysis positions (MAP and MAPDP modes). */
    public OptionalInt analysisPositions() {
        return modeParameters.size() < 4 ? OptionalInt.empty() : parse(modeParameters.get(1));
    }

    private static OptionalInt parse(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Whether experiment mode {@code MAP} or {@code MAPDP} (blocks carry x/y coordinates). */
    public static boolean hasMapCoordinates(String experimentMode) {
        return "MAP".equals(experimentMode) || "MAPDP".equals(experimentMode);
    }

    /** Whether the header carries the number of spectral regions for this experiment mode. */
    public static boolean hasRegionCount(String experimentMode) {
        return switch (experimentMode) {
            case "MAP", "MAPDP", "NORM", "SDP" -> true;
            default -> false;
        };
    }
}
