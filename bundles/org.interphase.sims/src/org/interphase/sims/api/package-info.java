/**
 * Public API of the ToF-SIMS bundle: reading IONTOF SurfaceLab ASCII depth profiles and mass spectra into
 * plain numeric records ({@link org.interphase.sims.api.DepthProfiles}, {@link org.interphase.sims.api.MassSpectra}),
 * SurfaceLab signal-name parsing ({@link org.interphase.sims.api.SignalName}), normalisation, time-to-depth
 * conversion, interface position and width (linear interpolation and erf/logistic fits), ToF mass
 * calibration, the fragment library, and the headless {@code sims-interfaces} command.
 * <p>
 * Nothing here uses SWT; everything runs in plain JUnit, in the batch application and in editors.
 */
package org.interphase.sims.api;
