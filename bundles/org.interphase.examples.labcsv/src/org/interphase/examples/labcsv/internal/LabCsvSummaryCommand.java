package org.interphase.examples.labcsv.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.ImportException;
import org.interphase.examples.labcsv.api.LabCsvReader;
import org.osgi.service.component.annotations.Component;

/** {@code interphase batch labcsv-summary FILE...}: points, frequency range and |Z| range of each file. */
@Component(service = BatchCommand.class)
public final class LabCsvSummaryCommand implements BatchCommand {

    @Override
    public String name() {
        return "labcsv-summary";
    }

    @Override
    public String usage() {
        return "labcsv-summary FILE...";
    }

    @Override
    public Object run(List<String> args) throws ImportException {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("give at least one lab CSV file");
        }
        if (args.size() == 1) {
            return summary(Path.of(args.get(0)));
        }
        Map<String, Object> byFile = new LinkedHashMap<>();
        for (String arg : args) {
            byFile.put(arg, summary(Path.of(arg)));
        }
        return byFile;
    }

    private static Map<String, Object> summary(Path file) throws ImportException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.getFileName().toString());
        result.putAll(LabCsvReader.read(file).summary());
        return result;
    }
}
