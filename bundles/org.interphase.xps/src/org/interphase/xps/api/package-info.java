/**
 * XPS public API (no SWT): VAMAS ISO 14976 files ({@link org.interphase.xps.api.VamasFile},
 * {@link org.interphase.xps.api.VamasWriter}), region data for analyses
 * ({@link org.interphase.xps.api.XpsFiles#readData(java.nio.file.Path)} returning
 * {@link org.interphase.xps.api.XpsRegionData}: energies, counts or CPS with the normalisation factor, hv),
 * CasaXPS model records from block comments, backgrounds ({@link org.interphase.xps.api.Backgrounds}) and
 * line shapes ({@link org.interphase.xps.api.LineShape}). Importers are registered as OSGi services from the
 * internal packages.
 */
package org.interphase.xps.api;
