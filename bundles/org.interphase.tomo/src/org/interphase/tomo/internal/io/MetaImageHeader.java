package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImportFiles;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.RawLayout;
import org.interphase.tomo.api.VoxelSize;

/**
 * A MetaImage header ({@code .mhd} with a separate raw file, or {@code .mha} with the voxels after the
 * header), the raw+header format of ITK, 3D Slicer, Fiji and Avizo. Keys: {@code NDims = 3},
 * {@code DimSize = x y z}, {@code ElementType = MET_UCHAR|MET_USHORT|MET_FLOAT},
 * {@code BinaryDataByteOrderMSB}, {@code HeaderSize}, {@code ElementSpacing} (millimetres, the ITK
 * convention), {@code ElementDataFile = name|LOCAL} (last line).
 *
 * @param dataFile the file holding the voxels
 * @param layout   dims, type, byte order, offset and voxel size (x spacing) of the voxels
 * @param entries  every key/value of the header, in file order
 * @param voxelSize edges along x, y, z from {@code ElementSpacing} (mm in the file, µm here)
 */
public record MetaImageHeader(Path dataFile, RawLayout layout, Map<String, String> entries, Optional<VoxelSize> voxelSize) {

    private static final int MAX_HEADER_BYTES = 1 << 16;

    /** Whether {@code head} looks like a MetaImage header (its first key is a MetaImage key). */
    public static boolean looksLike(String headText) {
        String first = headText.stripLeading();
        for (String key : new String[] { "ObjectType", "NDims", "Comment", "DimSize", "ElementType" }) {
            if (first.startsWith(key) && first.substring(key.length()).stripLeading().startsWith("=")) {
                return true;
            }
        }
        return false;
    }

    /** Parses the header of {@code file}; every problem names the header line. */
    public static MetaImageHeader read(Path file) throws ImportException {
        ImportFiles.requireRegularFile(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_HEADER_BYTES);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        // a UTF-8 byte-order mark is skipped (positions stay byte offsets, for LOCAL data)
        int pos = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        int lineNo = 0;
        long localOffset = -1;
        while (pos < head.length) {
            int end = pos;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            if (end == head.length && head.length == MAX_HEADER_BYTES) {
                throw new ImportException(file, lineNo + 1, "header line longer than the header limit");
            }
            lineNo++;
            String line = new String(head, pos, end - pos, StandardCharsets.ISO_8859_1).strip();
            pos = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ImportException(file, lineNo, "expected 'Key = value', found '" + abbreviate(line) + "'");
            }
            String key = line.substring(0, eq).strip();
            entries.put(key, line.substring(eq + 1).strip());
            lines.put(key, lineNo);
            if (key.equals("ElementDataFile")) {
                localOffset = Math.min(pos, head.length);
                break;
            }
        }
        if (!entries.containsKey("ElementDataFile")) {
            throw new ImportException(file, lineNo, "header has no ElementDataFile line");
        }
        return build(file, entries, lines, localOffset);
    }

    private static MetaImageHeader build(Path file, Map<String, String> e, Map<String, Integer> lines, long localOffset)
            throws ImportException {
        double ndims = number(file, e, lines, "NDims", "3");
        int nd = ndims == 2 ? 2 : ndims == 3 ? 3 : -1;
        if (nd < 0) {
            throw new ImportException(file, lines.get("NDims"), "NDims = " + abbreviate(e.get("NDims"))
                    + "; only 2-D and 3-D images are supported");
        }
        if (nd != 3 && nd != 2) {
            throw new ImportException(file, lines.get("NDims"), "NDims = " + nd + "; only 2-D and 3-D images are supported");
        }
        String[] dims = require(file, e, lines, "DimSize").split("\\s+");
        if (dims.length != nd) {
            throw new ImportException(file, lines.get("DimSize"), "DimSize has " + dims.length + " values, NDims is " + nd);
        }
        int[] size = { 1, 1, 1 };
        for (int i = 0; i < nd; i++) {
            size[i] = parseInt(file, lines.get("DimSize"), "DimSize", dims[i]);
            if (size[i] <= 0) {
                throw new ImportException(file, lines.get("DimSize"), "DimSize must be positive, found " + dims[i]);
            }
        }
        String typeName = require(file, e, lines, "ElementType");
        DataType type = switch (typeName.toUpperCase(Locale.ROOT)) {
            case "MET_UCHAR" -> DataType.UINT8;
            case "MET_USHORT" -> DataType.UINT16;
            case "MET_FLOAT" -> DataType.FLOAT32;
            default -> throw new ImportException(file, lines.get("ElementType"),
                    "ElementType " + typeName + " is not supported (MET_UCHAR, MET_USHORT, MET_FLOAT are)");
        };
        if (number(file, e, lines, "ElementNumberOfChannels", "1") != 1) {
            throw new ImportException(file, lines.get("ElementNumberOfChannels"), "only one channel per voxel is supported");
        }
        if (Boolean.parseBoolean(e.getOrDefault("CompressedData", "False"))) {
            throw new ImportException(file, lines.get("CompressedData"), "compressed MetaImage data is not supported");
        }
        String msb = e.getOrDefault("BinaryDataByteOrderMSB", e.getOrDefault("ElementByteOrderMSB", "False"));
        ByteOrder order = Boolean.parseBoolean(msb) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        OptionalDouble voxel = OptionalDouble.empty();
        double[] spacingUm = { voxel.orElse(0), 0, 0 };
        String spacing = e.getOrDefault("ElementSpacing", e.get("ElementSize"));
        if (spacing != null) {
            String key = e.containsKey("ElementSpacing") ? "ElementSpacing" : "ElementSize";
            double sx = number(file, lines.get(key), key, spacing.split("\\s+")[0]);
            if (sx > 0) {
                voxel = OptionalDouble.of(sx * 1000); // ITK convention: millimetres
            }
            String[] parts = spacing.split("\\s+");
            if (parts.length >= 2) {
                for (int i = 0; i < Math.min(3, parts.length); i++) {
                    spacingUm[i] = number(file, lines.get(key), key, parts[i]) * 1000;
                }
            }
        }
        String dataName = e.get("ElementDataFile");
        double declaredHeader = number(file, e, lines, "HeaderSize", "0");
        if (declaredHeader != Math.rint(declaredHeader) || declaredHeader < -1 || declaredHeader > 1e15) {
            throw new ImportException(file, lines.get("HeaderSize"), "HeaderSize must be -1 or a byte count within "
                    + "the data file, found " + abbreviate(e.get("HeaderSize")));
        }
        long header = (long) declaredHeader;
        Path data;
        if (dataName.equalsIgnoreCase("LOCAL")) {
            data = file;
            header = localOffset;
        } else if (dataName.startsWith("LIST") || dataName.contains("%")) {
            throw new ImportException(file, lines.get("ElementDataFile"), "multi-file ElementDataFile is not supported");
        } else {
            data = file.resolveSibling(dataName);
            if (!Files.isRegularFile(data)) {
                throw new ImportException(file, lines.get("ElementDataFile"), "data file " + dataName + " not found");
            }
        }
        RawLayout probe = layout(file, lines, size, type, order, 0, voxel);
        long dataSize = ImportFiles.size(data);
        if (header > dataSize || probe.dataBytes() > dataSize - Math.max(0, header)) {
            throw new ImportException(file, lines.get(header > dataSize ? "HeaderSize" : "DimSize"), "DimSize "
                    + size[0] + " x " + size[1] + " x " + size[2] + " " + type.id() + " after a "
                    + Math.max(0, header) + "-byte header needs " + (Math.max(0, header) + probe.dataBytes())
                    + " bytes, " + data.getFileName() + " has " + dataSize + " (truncated or damaged)");
        }
        if (header == -1) { // MetaImage: the voxels are the last bytes of the data file
            try {
                header = Files.size(data) - probe.dataBytes();
            } catch (IOException ex) {
                throw new ImportException(data, 0, "cannot be read: " + ex.getMessage(), ex);
            }
            if (header < 0) {
                throw new ImportException(data, 0, "truncated: the voxels need " + probe.dataBytes() + " bytes");
            }
        } else if (header < 0) {
            throw new ImportException(file, lines.get("HeaderSize"), "HeaderSize must be -1 or >= 0, found " + header);
        }
        Optional<VoxelSize> perAxis = Optional.empty();
        if (spacingUm[1] > 0) { // ElementSpacing x y [z]; a 2-D image's z edge is taken as its x edge
            double z = spacingUm[2] > 0 ? spacingUm[2] : spacingUm[0];
            if (spacingUm[0] > 0 && Double.isFinite(z)) {
                perAxis = Optional.of(new VoxelSize(spacingUm[0], spacingUm[1], z));
            }
        } else if (voxel.isPresent()) {
            perAxis = Optional.of(VoxelSize.isotropic(voxel.getAsDouble()));
        }
        return new MetaImageHeader(data, layout(file, lines, size, type, order, header, voxel), e, perAxis);
    }

    private static RawLayout layout(Path file, Map<String, Integer> lines, int[] size, DataType type, ByteOrder order,
            long header, OptionalDouble voxel) throws ImportException {
        try {
            return new RawLayout(size[0], size[1], size[2], type, order, header, voxel);
        } catch (IllegalArgumentException ex) {
            throw new ImportException(file, lines.getOrDefault("DimSize", 0), "DimSize " + size[0] + " " + size[1]
                    + " " + size[2] + " is not supported: " + ex.getMessage(), ex);
        }
    }

    private static String require(Path file, Map<String, String> e, Map<String, Integer> lines, String key)
            throws ImportException {
        String v = e.get(key);
        if (v == null || v.isEmpty()) {
            throw new ImportException(file, lines.getOrDefault("ElementDataFile", 0), "header has no " + key);
        }
        return v;
    }

    private static double number(Path file, Map<String, String> e, Map<String, Integer> lines, String key, String dflt)
            throws ImportException {
        return number(file, lines.getOrDefault(key, 0), key, e.getOrDefault(key, dflt));
    }

    private static double number(Path file, int line, String key, String text) throws ImportException {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException ex) {
            throw new ImportException(file, line, key + " is not a finite number: '" + abbreviate(text) + "'");
        }
    }

    private static int parseInt(Path file, int line, String key, String text) throws ImportException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException ex) {
            throw new ImportException(file, line, key + " is not an integer: '" + abbreviate(text) + "'");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
