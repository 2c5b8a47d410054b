/**
 * Public API of the example plug-in: the lab CSV impedance format as numbers ({@link
 * org.interphase.examples.labcsv.api.LabCsvFile}) and its summary facts. The importer, batch command and view
 * live in the {@code internal} package and are registered as OSGi services and an Eclipse view.
 * <p>
 * The format: optional {@code # key: value} header lines (the first is usually {@code # lab: <name>}), then the
 * column line {@code freq_Hz,Zre_Ohm,Zim_Ohm}, then one row per frequency with Z'' signed (negative =
 * capacitive). Empty lines are ignored.
 */
package org.interphase.examples.labcsv.api;
