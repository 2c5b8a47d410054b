package org.interphase.tomo.internal.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.technique.Techniques;
import org.interphase.tomo.api.VolumeImporter;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.internal.io.MetaImageHeader;
import org.osgi.service.component.annotations.Component;

/** Raw volumes with a MetaImage header ({@code .mhd} + raw file, or {@code .mha}); voxels are memory-mapped. */
@Component(service = Importer.class)
public final class MetaImageImporter implements VolumeImporter {

    @Override
    public String id() {
        return "tomo.metaimage";
    }

    @Override
    public String name() {
        return "Tomography volume: raw + MetaImage header (.mhd/.mha)";
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
        String ext = probe.extension();
        boolean header = MetaImageHeader.looksLike(probe.headText());
        if (header && (ext.equals("mhd") || ext.equals("mha"))) {
            return 0.95;
        }
        return header ? 0.6 : 0;
    }

    @Override
    public Volume open(Path file, java.util.Optional<String> entry, long cacheBudgetBytes) throws ImportException {
        return Volumes.openMetaImage(file);
    }

    @Override
    public Imported read(Path file) throws ImportException {
        MetaImageHeader header = MetaImageHeader.read(file);
        try (Volume volume = Volumes.openMetaImage(file)) {
            Map<String, String> meta = new LinkedHashMap<>(header.entries());
            meta.put("dataFile", header.dataFile().getFileName().toString());
            meta.put("headerBytes", Long.toString(header.layout().headerBytes()));
            return VolumeImport.toImported(file, volume, "MetaImage raw + header", header.dataFile().getFileName().toString(), meta);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be closed: " + e.getMessage(), e);
        }
    }
}
