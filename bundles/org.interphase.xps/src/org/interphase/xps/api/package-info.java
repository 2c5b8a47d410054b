/**
 * XPS public API (no SWT): VAMAS ISO 14976 files ({@link org.interphase.xps.api.VamasFile},
 * {@link org.interphase.xps.api.VamasWriter}), region data for analyses from VAMAS, SPECS .xy, PHI .spe,
 * Scienta .txt and CSV/TXT column files
 * ({@link org.interphase.xps.api.XpsFiles#readData(java.nio.file.Path)} returning
 * {@link org.interphase.xps.api.XpsRegionData}: energies, counts or CPS with the normalisation factor, hv),
 * CasaXPS model records from block comments, backgrounds ({@link org.interphase.xps.api.Backgrounds}) and
 * line shapes ({@link org.interphase.xps.api.LineShape}).
 * <p>
 * Fitting: {@link org.interphase.xps.api.PeakModel} of {@link org.interphase.xps.api.Peak}s (singlets and
 * {@link org.interphase.xps.api.Doublet}s as one object) with {@link org.interphase.xps.api.Param} bounds,
 * fixed values and link expressions; {@link org.interphase.xps.api.PeakFitter} (bounded Levenberg-Marquardt,
 * Poisson weights, covariance errors) giving {@link org.interphase.xps.api.FitResult};
 * {@link org.interphase.xps.api.MonteCarlo} errors. Quantification: {@link org.interphase.xps.api.RsfTable}
 * (shipped Scofield and Kratos sets, each saying which transmission and escape-depth correction it assumes) and
 * {@link org.interphase.xps.api.Quantification}. Species: {@link org.interphase.xps.api.SpeciesLibrary} (shipped,
 * with compounds and their atom ratios) and {@link org.interphase.xps.api.SpeciesModels}.
 * Energy scale: {@link org.interphase.xps.api.EnergyScale}, {@link org.interphase.xps.api.ChargeCorrection} and
 * {@link org.interphase.xps.api.ChargeReference} (reference line or given shift, applied to copies of the data).
 * Comparison across cycles: {@link org.interphase.xps.api.SpectrumComparison} (common grid, normalisation,
 * stack, differences) and {@link org.interphase.xps.api.SeriesFitter} (one joint fit of a series with shared
 * positions/FWHMs and per-spectrum areas, species fractions with errors).
 * Headless: {@link org.interphase.xps.api.XpsCommands#fit} ({@code xps-fit}) and
 * {@link org.interphase.xps.api.BackgroundCommands} ({@code xps-background}) and
 * {@link org.interphase.xps.api.QuantCommands} ({@code xps-quant}). Importers are registered as OSGi services from
 * the internal packages.
 */
package org.interphase.xps.api;
