package org.interphase.tomo.api;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImporterChoice;
import org.interphase.tomo.internal.importers.Hdf5VolumeImporter;
import org.interphase.tomo.internal.importers.MetaImageImporter;
import org.interphase.tomo.internal.importers.TiffVolumeImporter;
import org.interphase.tomo.internal.io.Hdf5Volume;
import org.interphase.tomo.internal.io.MappedRawVolume;
import org.interphase.tomo.internal.io.MetaImageHeader;
import org.interphase.tomo.internal.io.MultiPageTiffVolume;
import org.interphase.tomo.internal.io.SliceCache;
import org.interphase.tomo.internal.io.TiffStackVolume;

/**
 * Opens volumes lazily: only headers are read here, voxels when slices are asked for. Every failure is an
 * {@link ImportException} that names the file (and the header line where there is one).
 */
public final class Volumes {

    /** What the tomography analyses need, for messages. */
    public static final String WANTED = "a tomography volume";

    private static final java.util.List<VolumeImporter> BUILT_IN = java.util.List.of(new TiffVolumeImporter(),
            new Hdf5VolumeImporter(), new MetaImageImporter());

    private Volumes() {
    }

    /**
     * Opens {@code path} through the importer registry, by content: a folder of TIFF slices, a (multi-page)
     * TIFF, an HDF5/NeXus file (its default signal or first 3-D dataset, {@link #openHdf5(Path, String)}), a
     * MetaImage header (raw + header), or a plug-in's format. Anything else is refused, naming what it is.
     * Headerless raw files need {@link #openRaw(Path, RawLayout)}.
     */
    public static Volume open(Path path) throws ImportException {
        return open(path, SliceCache.defaultBudget());
    }

    /**
     * As {@link #open(Path)}; when {@code path} is an HDF5 file and {@code hdf5Dataset} is not blank, that
     * dataset (as remembered in a measurement's {@code sourceEntry}) instead of the default one.
     */
    public static Volume open(Path path, String hdf5Dataset) throws ImportException {
        return open(path, SliceCache.defaultBudget(), hdf5Dataset);
    }

    /** As {@link #open(Path)} with a byte budget for the slice cache of TIFF and HDF5 sources. */
    public static Volume open(Path path, long cacheBudgetBytes) throws ImportException {
        return open(path, cacheBudgetBytes, null);
    }

    private static Volume open(Path path, long cacheBudgetBytes, String hdf5Dataset) throws ImportException {
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
            throw new ImportException(path, 0, "no such file or folder");
        }
        return importer(path, java.util.Optional.empty()).open(path,
                java.util.Optional.ofNullable(hdf5Dataset).filter(d -> !d.isBlank()), cacheBudgetBytes);
    }

    /**
     * Opens a measurement's file with the importer that imported it ({@code importerId}) when it is still
     * installed, else with the registry's choice; {@code entry} is the dataset inside a container (or null).
     */
    public static Volume openFor(Path path, String importerId, String entry) throws ImportException {
        return ImporterChoice.forMeasurement(path, VolumeImporter.class, BUILT_IN, WANTED, importerId).open(path,
                java.util.Optional.ofNullable(entry).filter(d -> !d.isBlank()), SliceCache.defaultBudget());
    }

    /**
     * The importer that opens {@code path} as a volume, chosen by the importer registry (a plug-in's too;
     * the built-in TIFF, HDF5 and MetaImage importers when they are not registered), or an exception saying
     * what the file is. {@code as} names the importer ({@code TECHNIQUE[:FORMAT]}) when given.
     */
    public static VolumeImporter importer(Path path, java.util.Optional<String> as) throws ImportException {
        return ImporterChoice.choose(path, VolumeImporter.class, BUILT_IN, WANTED, as);
    }

    /** Opens a folder of single-page TIFF files (natural name order) as one volume. */
    public static Volume openTiffStack(Path folder) throws ImportException {
        return TiffStackVolume.open(folder, SliceCache.defaultBudget());
    }

    /** Opens a single- or multi-page TIFF file, one z slice per page. */
    public static Volume openTiff(Path file) throws ImportException {
        return MultiPageTiffVolume.open(file, SliceCache.defaultBudget());
    }

    /**
     * Opens a 3-D numeric dataset of an HDF5/NeXus file (integer 8/16/32-bit, float 32/64-bit; contiguous or
     * chunked): {@code datasetPath} when given (e.g. {@code "/entry/data/data"}), else the NeXus default
     * signal ({@code default} attributes to the NXdata's {@code signal}), else the first 3-D numeric dataset.
     * Slices are read lazily as hyperslabs; the voxel size comes from the NXdata axes when present.
     */
    public static Volume openHdf5(Path file, String datasetPath) throws ImportException {
        return Hdf5Volume.open(file, java.util.Optional.ofNullable(datasetPath), SliceCache.defaultBudget());
    }

    /** Memory-maps a headerless raw file with the given layout. */
    public static Volume openRaw(Path file, RawLayout layout) throws ImportException {
        return MappedRawVolume.open(file, layout, "raw");
    }

    /** Memory-maps the voxels a MetaImage header ({@code .mhd} or {@code .mha}) describes. */
    public static Volume openMetaImage(Path header) throws ImportException {
        MetaImageHeader h = MetaImageHeader.read(header);
        Volume v = MappedRawVolume.open(h.dataFile(), h.layout(), "MetaImage " + header.getFileName() + " ->");
        return h.voxelSize().filter(s -> !s.isIsotropic()).map(s -> withVoxelSize(v, s)).orElse(v);
    }

    /**
     * The slab {@code [from, to)} of {@code volume} along {@code axis}, read lazily through it (closing the
     * slab does not close {@code volume}).
     */
    public static Volume crop(Volume volume, Axis axis, int from, int to) {
        return new org.interphase.tomo.internal.io.CroppedVolume(volume, axis, from, to);
    }

    /** {@code volume} with a user-set cubic voxel size (the source file may have none). */
    public static Volume withVoxelSize(Volume volume, double voxelSizeUm) {
        if (!(voxelSizeUm > 0) || Double.isInfinite(voxelSizeUm)) {
            throw new IllegalArgumentException("voxel size must be positive and finite, got " + voxelSizeUm);
        }
        return withVoxelSize(volume, VoxelSize.isotropic(voxelSizeUm));
    }

    /** {@code volume} with user-set (possibly anisotropic) voxel edges; {@code voxelSizeUm()} is the x edge. */
    public static Volume withVoxelSize(Volume volume, VoxelSize size) {
        java.util.Objects.requireNonNull(size, "size");
        double voxelSizeUm = size.x();
        return new Volume() {
            @Override
            public int sizeZ() {
                return volume.sizeZ();
            }

            @Override
            public int sizeY() {
                return volume.sizeY();
            }

            @Override
            public int sizeX() {
                return volume.sizeX();
            }

            @Override
            public DataType dataType() {
                return volume.dataType();
            }

            @Override
            public ByteOrder byteOrder() {
                return volume.byteOrder();
            }

            @Override
            public OptionalDouble voxelSizeUm() {
                return OptionalDouble.of(voxelSizeUm);
            }

            @Override
            public java.util.Optional<VoxelSize> voxelSize() {
                return java.util.Optional.of(size);
            }

            @Override
            public String description() {
                return volume.description();
            }

            @Override
            public void readSlice(Axis axis, int index, float[] dest) throws IOException {
                volume.readSlice(axis, index, dest);
            }

            @Override
            public void close() throws IOException {
                volume.close();
            }
        };
    }
}
