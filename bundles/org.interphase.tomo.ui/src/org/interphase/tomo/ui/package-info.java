/**
 * The tomography editor: {@link org.interphase.tomo.ui.TomoEditor} (opened from the Cell editor by
 * {@link org.interphase.tomo.ui.TomoEditorContribution}) around {@link org.interphase.tomo.ui.TomoEditorBody}:
 * three orthogonal slice views with linked crosshairs, window/level with a histogram, colour maps, scale
 * bars, global-threshold segmentation with overlays, phase-fraction profiles, contact fraction and void
 * labelling, results saved to the study and exports (slice PNG, profile CSV).
 */
package org.interphase.tomo.ui;
