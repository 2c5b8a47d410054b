package org.interphase.tomo.internal.importers;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.MetadataEntry;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VolumeStats;

/** Turns an opened volume into a model {@link TomographyVolume} and the facts {@code inspect} prints. */
final class VolumeImport {

    private VolumeImport() {
    }

    static Imported toImported(Path file, Volume volume, String format, String sourceEntry,
            Map<String, String> metadata) throws ImportException {
        VolumeStats stats;
        try {
            stats = Segmentation.stats(volume);
        } catch (IOException e) {
            throw new ImportException(file, 0, "voxels cannot be read: " + e.getMessage(), e);
        }
        TomographyVolume m = InterphaseFactory.eINSTANCE.createTomographyVolume();
        m.setName(file.getFileName().toString());
        m.setSourceEntry(sourceEntry);
        m.setSizeX(volume.sizeX());
        m.setSizeY(volume.sizeY());
        m.setSizeZ(volume.sizeZ());
        m.setDataType(volume.dataType().id());
        m.setBigEndian(volume.byteOrder() == ByteOrder.BIG_ENDIAN);
        m.setVoxelSizeUm(volume.voxelSizeUm().orElse(0));
        volume.voxelSize().ifPresent(v -> v.store(m));
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put("source", volume.description());
        meta.put("min", format(stats.min(), volume));
        meta.put("max", format(stats.max(), volume));
        meta.put("mean", Double.toString(stats.mean()));
        meta.forEach((k, v) -> {
            MetadataEntry e = InterphaseFactory.eINSTANCE.createMetadataEntry();
            e.setKey(k);
            e.setValue(v);
            m.getMetadata().add(e);
        });
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("dims", List.of(volume.sizeZ(), volume.sizeY(), volume.sizeX()));
        facts.put("dimsOrder", "z,y,x");
        facts.put("dtype", volume.dataType().id());
        facts.put("endianness", volume.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little");
        volume.voxelSizeUm().ifPresent(v -> facts.put("voxelSizeUm", v));
        volume.voxelSize().filter(v -> !v.isIsotropic())
                .ifPresent(v -> facts.put("voxelSizeXyzUm", List.of(v.x(), v.y(), v.z())));
        facts.put("min", number(stats.min(), volume));
        facts.put("max", number(stats.max(), volume));
        facts.put("mean", stats.mean());
        facts.put("voxels", volume.voxelCount());
        facts.put("source", volume.description());
        return new Imported(format, List.of(m), facts);
    }

    private static Object number(double v, Volume volume) {
        return volume.dataType().isInteger() && Double.isFinite(v) ? (Object) (long) v : (Object) v;
    }

    private static String format(double v, Volume volume) {
        return String.valueOf(number(v, volume));
    }
}
