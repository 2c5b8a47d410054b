/**
 * Public API of the tomography bundle (no SWT; runs in the workbench, in batch and in plain tests).
 * <ul>
 * <li>{@link org.interphase.tomo.api.Volume}: a lazy (z, y, x) volume; read a slice along any
 * {@link org.interphase.tomo.api.Axis} into a caller's {@code float[]}. Opened by
 * {@link org.interphase.tomo.api.Volumes} from a TIFF file (multi-page), a folder of TIFF slices, a
 * MetaImage header ({@code .mhd}/{@code .mha}), an HDF5/NeXus dataset (jHDF; NeXus default signal or the
 * first 3-D numeric dataset, {@link org.interphase.tomo.api.Volumes#openHdf5}) or a headerless raw file with
 * a {@link org.interphase.tomo.api.RawLayout}. Raw voxels are memory-mapped; TIFF and HDF5 slices go through
 * a byte-budgeted cache, so volumes larger than the heap open and browse. Voxel edges per axis:
 * {@link org.interphase.tomo.api.VoxelSize} (with the model rule of {@link org.interphase.tomo.api.VoxelSize#of}).
 * {@link org.interphase.tomo.api.ArrayVolume}: an in-memory volume (phantoms, small results).</li>
 * <li>{@link org.interphase.tomo.api.Segmentation}: statistics, histograms, Otsu and multi-level Otsu
 * thresholds ({@link org.interphase.tomo.api.Thresholds}), phase fractions per slice
 * ({@link org.interphase.tomo.api.PhaseProfile}), contact fraction on a plane
 * ({@link org.interphase.tomo.api.PlaneContact}) and 6-connected void labelling
 * ({@link org.interphase.tomo.api.VoidComponents}); {@link org.interphase.tomo.api.Filters} for optional
 * 3-D median/Gaussian pre-filtering. Every whole-volume pass can be restricted to a
 * {@link org.interphase.tomo.api.Roi} (cylinder, rectangle, mask; automatic sample outline and inscribed
 * cylinder from {@link org.interphase.tomo.api.Rois}) and reports to a {@link org.interphase.tomo.api.Progress}
 * that can cancel it.</li>
 * <li>{@link org.interphase.tomo.api.LayerStack}: interface planes placed from a cell's layer thicknesses;
 * {@link org.interphase.tomo.api.InterfaceQuantities}: contact, void fraction and voids at such a plane.</li>
 * <li>{@link org.interphase.tomo.api.TiffExport}: slices as 16-bit TIFF, segmentation masks as multi-page
 * 8-bit TIFF.</li>
 * <li>{@link org.interphase.tomo.api.TomoCommands}: the headless {@code tomo-profile} command.</li>
 * </ul>
 * Convention everywhere: a voxel is "above" a threshold (solid) when value &gt; threshold; voids are at or
 * below it.
 */
package org.interphase.tomo.api;
