package org.interphase.batch.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.interphase.batch.internal.StagedOutputs;

/**
 * The child process of {@link StudySafetyTest#aRunKilledWhileWritingLeavesTheOldFiles()}: commits new contents
 * for two files through {@link StagedOutputs} and, once every temporary file is on disk and before any rename,
 * says {@code PAUSED} and waits to be killed.
 */
public final class KilledWriter {

    private KilledWriter() {
    }

    /** {@code STUDY CSV}. */
    public static void main(String[] args) throws Exception {
        Path study = Path.of(args[0]);
        Path csv = Path.of(args[1]);
        StagedOutputs outputs = new StagedOutputs((target, temp) -> {
            if (target.equals(csv.toAbsolutePath())) {
                System.out.println("PAUSED");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        outputs.add(study, "new study".getBytes(StandardCharsets.UTF_8));
        outputs.add(csv, "new table".getBytes(StandardCharsets.UTF_8));
        outputs.commit();
    }
}
