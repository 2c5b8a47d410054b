package org.interphase.tomo.internal.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.technique.Techniques;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VolumeImporter;
import org.interphase.tomo.internal.io.Hdf5Datasets;
import org.interphase.tomo.internal.io.Hdf5Volume;
import org.interphase.tomo.internal.io.SliceCache;
import org.osgi.service.component.annotations.Component;

/**
 * HDF5 / NeXus volumes (synchrotron and lab CT reconstructions): the NeXus default signal or the first
 * 3-D numeric dataset, read lazily with jHDF. Detected by the HDF5 signature.
 */
@Component(service = Importer.class)
public final class Hdf5VolumeImporter implements VolumeImporter {

    @Override
    public String id() {
        return "tomo.hdf5";
    }

    @Override
    public String name() {
        return "Tomography volume: HDF5 / NeXus dataset";
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
            return 0;
        }
        if (Hdf5Volume.isHdf5(probe.head())) {
            return 0.9;
        }
        String ext = probe.extension();
        return ext.equals("h5") || ext.equals("hdf5") || ext.equals("nxs") || ext.equals("hdf") ? 0.2 : 0;
    }

    @Override
    public Volume open(Path file, java.util.Optional<String> entry, long cacheBudgetBytes) throws ImportException {
        return Hdf5Volume.open(file, entry, cacheBudgetBytes);
    }

    @Override
    public Imported read(Path file) throws ImportException {
        try (Hdf5Volume volume = Hdf5Volume.open(file, Optional.empty(), SliceCache.defaultBudget())) {
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("dataset", volume.datasetPath());
            meta.put("layout", volume.layout());
            Imported base = VolumeImport.toImported(file, volume, "HDF5", volume.datasetPath(), meta);
            Map<String, Object> facts = new LinkedHashMap<>(base.facts());
            facts.put("dataset", volume.datasetPath());
            facts.put("layout", volume.layout().toLowerCase(java.util.Locale.ROOT));
            facts.put("volumes", List.copyOf(Hdf5Datasets.volumes(volume.hdf()).stream().map(d -> d.getPath()).toList()));
            return new Imported(base.format(), base.measurements(), facts);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be closed: " + e.getMessage(), e);
        }
    }
}
