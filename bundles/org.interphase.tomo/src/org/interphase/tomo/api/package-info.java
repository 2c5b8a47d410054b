/**
 * Public API of the tomography bundle (no SWT; runs in the workbench, in batch and in plain tests).
 * <ul>
 * <li>{@link org.interphase.tomo.api.Volume}: a lazy (z, y, x) volume; read a slice along any
 * {@link org.interphase.tomo.api.Axis} into a caller's {@code float[]}. Opened by
 * {@link org.interphase.tomo.api.Volumes} from a TIFF file (multi-page), a folder of TIFF slices, a
 * MetaImage header ({@code .mhd}/{@code .mha}) or a headerless raw file with a
 * {@link org.interphase.tomo.api.RawLayout}. Raw voxels are memory-mapped; TIFF slices go through a
 * byte-budgeted cache, so volumes larger than the heap open and browse.</li>
 * <li>{@link org.interphase.tomo.api.Segmentation}: statistics, histograms, Otsu and multi-level Otsu
 * thresholds ({@link org.interphase.tomo.api.Thresholds}), phase fractions per slice
 * ({@link org.interphase.tomo.api.PhaseProfile}), contact fraction on a plane
 * ({@link org.interphase.tomo.api.PlaneContact}) and 6-connected void labelling
 * ({@link org.interphase.tomo.api.VoidComponents}); {@link org.interphase.tomo.api.Filters} for optional
 * 3-D median/Gaussian pre-filtering.</li>
 * <li>{@link org.interphase.tomo.api.TomoCommands}: the headless {@code tomo-profile} command.</li>
 * </ul>
 * Convention everywhere: a voxel is "above" a threshold (solid) when value &gt; threshold; voids are at or
 * below it.
 */
package org.interphase.tomo.api;
