/**
 * Reports generated from a study, without SWT: {@link org.interphase.report.api.CellReport} writes one cell as a
 * self-contained HTML page with SVG charts (layer stack, interface timelines with flags, provenance tables).
 * Used by {@code interphase batch report} and the Cell editor's "Export Cell Report...".
 */
package org.interphase.report.api;
