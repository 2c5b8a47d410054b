package org.interphase.tomo.internal.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.technique.Techniques;
import org.interphase.tomo.api.VolumeImporter;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.internal.io.TiffFile;
import org.interphase.tomo.internal.io.TiffStackVolume;
import org.osgi.service.component.annotations.Component;

/**
 * Grey-scale TIFF volumes: a (multi-page) TIFF file, one slice per page, or a folder of single-page TIFF
 * slices (pass the folder to {@link #read(Path)}). 8/16-bit unsigned and 32-bit float, either byte order.
 */
@Component(service = Importer.class)
public final class TiffVolumeImporter implements VolumeImporter {

    @Override
    public String id() {
        return "tomo.tiff";
    }

    @Override
    public String name() {
        return "Tomography volume: TIFF file or TIFF slice folder";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String technique() {
        return Techniques.TOMOGRAPHY;
    }

    @Override
    public double detect(FileProbe probe) {
        if (probe.isDirectory()) {
            try {
                return TiffStackVolume.tiffFiles(probe.file()).isEmpty() ? 0 : 0.7;
            } catch (ImportException e) {
                return 0;
            }
        }
        if (TiffFile.isTiff(probe.head())) {
            return 0.8;
        }
        String ext = probe.extension();
        return ext.equals("tif") || ext.equals("tiff") ? 0.3 : 0;
    }

    @Override
    public Volume open(Path file, java.util.Optional<String> entry, long cacheBudgetBytes) throws ImportException {
        return java.nio.file.Files.isDirectory(file) ? org.interphase.tomo.internal.io.TiffStackVolume.open(file, cacheBudgetBytes)
                : org.interphase.tomo.internal.io.MultiPageTiffVolume.open(file, cacheBudgetBytes);
    }

    @Override
    public Imported read(Path file) throws ImportException {
        boolean folder = Files.isDirectory(file);
        try (Volume volume = folder ? Volumes.openTiffStack(file) : Volumes.openTiff(file)) {
            String entry;
            Map<String, String> meta;
            if (folder) {
                List<Path> files = TiffStackVolume.tiffFiles(file);
                String first = files.get(0).getFileName().toString();
                String last = files.get(files.size() - 1).getFileName().toString();
                entry = "slices " + first + " .. " + last;
                meta = Map.of("firstSlice", first, "lastSlice", last, "sliceFiles", Integer.toString(files.size()));
            } else {
                entry = "pages 1-" + volume.sizeZ();
                meta = Map.of("pages", Integer.toString(volume.sizeZ()));
            }
            return VolumeImport.toImported(file, volume, folder ? "TIFF slice folder" : "TIFF", entry, meta);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be closed: " + e.getMessage(), e);
        }
    }
}
