package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.interphase.core.api.ImportException;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.VoxelSize;

/**
 * A folder of single-page TIFF files, one z slice per file in natural name order ({@code im9} before
 * {@code im10}). Opening reads only the headers (all must agree on size and type); pixels are read when
 * a slice is asked for, through the slice cache.
 */
public final class TiffStackVolume extends ZSliceVolume {

    private final Path folder;
    private final List<Path> files;
    private final int sizeX;
    private final int sizeY;
    private final DataType dataType;
    private final ByteOrder byteOrder;
    private final java.util.Optional<VoxelSize> voxelSize;

    private TiffStackVolume(Path folder, List<Path> files, TiffFile.PageInfo info, ByteOrder order,
            java.util.Optional<VoxelSize> voxel, long cacheBudget) {
        super(cacheBudget);
        this.folder = folder;
        this.files = List.copyOf(files);
        this.sizeX = info.width();
        this.sizeY = info.height();
        this.dataType = info.dataType();
        this.byteOrder = order;
        this.voxelSize = voxel;
    }

    /** The TIFF files of {@code folder} in natural order. */
    public static List<Path> tiffFiles(Path folder) throws ImportException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".tif") || n.endsWith(".tiff")) && !n.startsWith(".");
            }).sorted(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE)).toList();
        } catch (IOException e) {
            throw new ImportException(folder, 0, "cannot list folder: " + e.getMessage(), e);
        }
    }

    /** Opens the stack in {@code folder}; every file must hold one grey-scale page of the same size and type. */
    public static TiffStackVolume open(Path folder, long cacheBudget) throws ImportException {
        List<Path> files = tiffFiles(folder);
        if (files.isEmpty()) {
            throw new ImportException(folder, 0, "folder holds no .tif/.tiff files");
        }
        TiffFile.PageInfo first = null;
        ByteOrder order = null;
        java.util.Optional<VoxelSize> voxel = java.util.Optional.empty();
        List<Path> checked = new ArrayList<>(files.size());
        for (Path f : files) {
            try (TiffFile tiff = TiffFile.open(f)) {
                TiffFile.PageInfo info = tiff.info(0);
                if (first == null) {
                    first = info;
                    order = tiff.byteOrder();
                    voxel = tiff.voxelSize(0);
                } else if (!info.equals(first)) {
                    throw new ImportException(f, 0, "slice is " + describe(info) + " but "
                            + files.get(0).getFileName() + " is " + describe(first));
                }
            } catch (IOException e) {
                throw new ImportException(f, 0, "cannot be closed: " + e.getMessage(), e);
            }
            checked.add(f);
        }
        return new TiffStackVolume(folder, checked, first, order, voxel, cacheBudget);
    }

    private static String describe(TiffFile.PageInfo i) {
        return i.width() + " x " + i.height() + " " + i.dataType().id();
    }

    /** The slice files in z order. */
    public List<Path> files() {
        return files;
    }

    @Override
    protected Object loadZ(int z) throws IOException {
        Path f = files.get(z);
        try (TiffFile tiff = TiffFile.open(f)) {
            TiffFile.PageInfo info = tiff.info(0);
            if (info.width() != sizeX || info.height() != sizeY || info.dataType() != dataType) {
                throw new IOException(f.getFileName() + ": slice changed on disk to " + describe(info));
            }
            return tiff.read(0);
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public int sizeZ() {
        return files.size();
    }

    @Override
    public int sizeY() {
        return sizeY;
    }

    @Override
    public int sizeX() {
        return sizeX;
    }

    @Override
    public DataType dataType() {
        return dataType;
    }

    @Override
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    @Override
    public OptionalDouble voxelSizeUm() {
        return voxelSize.map(v -> OptionalDouble.of(v.x())).orElse(OptionalDouble.empty());
    }

    @Override
    public java.util.Optional<VoxelSize> voxelSize() {
        return voxelSize;
    }

    @Override
    public String description() {
        return "TIFF stack of " + files.size() + " files in " + folder.getFileName();
    }
}
