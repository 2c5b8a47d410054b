package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.OptionalDouble;

import org.interphase.core.api.ImportException;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.VoxelSize;

/** A (multi-page) TIFF file, one z slice per page; all pages must have the same size and type. */
public final class MultiPageTiffVolume extends ZSliceVolume {

    private final TiffFile tiff;
    private final int pages;
    private final TiffFile.PageInfo info;
    private final java.util.Optional<VoxelSize> voxelSize;

    private MultiPageTiffVolume(TiffFile tiff, int pages, TiffFile.PageInfo info, java.util.Optional<VoxelSize> voxel,
            long cacheBudget) {
        super(cacheBudget);
        this.tiff = tiff;
        this.pages = pages;
        this.info = info;
        this.voxelSize = voxel;
    }

    /** Opens {@code file} and checks that every page has the geometry and type of the first. */
    public static MultiPageTiffVolume open(Path file, long cacheBudget) throws ImportException {
        TiffFile tiff = TiffFile.open(file);
        try {
            int pages = tiff.pages();
            if (pages < 1) {
                throw new ImportException(file, 0, "TIFF has no pages");
            }
            TiffFile.PageInfo first = tiff.info(0);
            for (int p = 1; p < pages; p++) {
                TiffFile.PageInfo other = tiff.info(p);
                if (!other.equals(first)) {
                    throw new ImportException(file, 0, "page " + (p + 1) + " is " + other.width() + " x "
                            + other.height() + " " + other.dataType().id() + ", page 1 is " + first.width()
                            + " x " + first.height() + " " + first.dataType().id());
                }
            }
            return new MultiPageTiffVolume(tiff, pages, first, tiff.voxelSize(0), cacheBudget);
        } catch (ImportException | RuntimeException e) {
            try {
                tiff.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    @Override
    protected Object loadZ(int z) throws IOException {
        synchronized (tiff) { // one ImageReader, not thread-safe
            try {
                return tiff.read(z);
            } catch (ImportException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    @Override
    public int sizeZ() {
        return pages;
    }

    @Override
    public int sizeY() {
        return info.height();
    }

    @Override
    public int sizeX() {
        return info.width();
    }

    @Override
    public DataType dataType() {
        return info.dataType();
    }

    @Override
    public ByteOrder byteOrder() {
        return tiff.byteOrder();
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
        return "TIFF file " + tiff.file().getFileName() + " with " + pages + (pages == 1 ? " page" : " pages");
    }

    @Override
    public void close() throws IOException {
        super.close();
        synchronized (tiff) {
            tiff.close();
        }
    }
}
