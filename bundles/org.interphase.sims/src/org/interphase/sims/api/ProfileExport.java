package org.interphase.sims.api;


/**
 * A read SurfaceLab depth-profile export: its data plus what the file itself looked like (for facts).
 *
 * @param data              the numeric data
 * @param smoothingLine     the first header line without '#', e.g. "Profile Smoothing is Disabled"
 * @param xLabel            the header of the time column, e.g. "Sputter Time (s)"
 * @param fieldsPerRow      TAB fields per data row as a naive split sees them (trailing empty field included)
 * @param massNotAvailable  number of {@code N/A} cells in the m/z header line
 * @param infCells          {@code inf} cells in the data rows (dropped last row included)
 * @param nanCells          {@code N/A}/{@code nan} cells in the data rows
 * @param doseLast          dose of the file's last row (NaN when not exported)
 * @param fluenceLast       fluence of the file's last row (NaN when not exported)
 */
public record ProfileExport(ProfileData data, String smoothingLine, String xLabel, int fieldsPerRow,
        int massNotAvailable, int infCells, int nanCells, double doseLast, double fluenceLast) {
}
