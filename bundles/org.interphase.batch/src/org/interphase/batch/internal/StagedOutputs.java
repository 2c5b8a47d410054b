package org.interphase.batch.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.api.ImportException;

/**
 * The output files of one command, written together: every file goes to a temporary sibling
 * ({@code .NAME.PID.tmp}), is forced to disk, and only when all of them are written are they renamed over
 * their targets. A failure before the renames deletes the temporary files and leaves every old file as it was.
 * Temporary files left by a killed process (its PID no longer alive) are removed by the next commit to the
 * same target.
 */
public final class StagedOutputs {

    /** Called after each temporary file is written (tests inject a failure here). */
    public interface Hook {
        /** After {@code temp}, which will become {@code target}, is on disk. */
        void written(Path target, Path temp) throws IOException;
    }

    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(\\d{1,18})\\.tmp");

    private final Map<Path, byte[]> files = new LinkedHashMap<>();
    private final Hook hook;

    /** Outputs without a hook. */
    public StagedOutputs() {
        this((target, temp) -> {
        });
    }

    /** Outputs that call {@code hook} after each temporary file. */
    public StagedOutputs(Hook hook) {
        this.hook = hook;
    }

    /**
     * Checks before any work that {@code target}, given as {@code option}, can be written: not a folder, and its
     * folder exists or can be made.
     */
    public static void check(Path target, String option) throws ImportException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new ImportException(target, 0, option + " names a folder (" + target + "); give a file name");
        }
        Path dir = abs.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new ImportException(target, 0, "cannot be written: "
                    + (dir == null ? "no folder" : dir + (Files.isDirectory(dir) ? " is not writable" : " is not a folder")));
        }
    }

    /** Adds a file to write. */
    public void add(Path target, byte[] bytes) {
        files.put(target.toAbsolutePath(), bytes);
    }

    /** Writes every file to its temporary sibling, then renames them all; on failure nothing is replaced. */
    public void commit() throws IOException {
        List<Path[]> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey();
                Files.createDirectories(target.getParent());
                removeStale(target);
                Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                staged.add(new Path[] { target, temp });
                write(temp, target, e.getValue());
                hook.written(target, temp);
            }
            for (Path[] p : staged) {
                move(p[1], p[0]);
            }
        } finally {
            for (Path[] p : staged) {
                Files.deleteIfExists(p[1]);
            }
        }
    }

    private static void write(Path temp, Path target, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(ch)) {
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            out.write(bytes);
            out.flush();
            ch.force(true);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes temporary siblings of {@code target} whose writing process is gone (killed mid-write). */
    private static void removeStale(Path target) throws IOException {
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(), "." + name + ".*.tmp")) {
            for (Path p : s) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(name)) {
                    boolean alive = ProcessHandle.of(Long.parseLong(m.group(2))).map(ProcessHandle::isAlive).orElse(false);
                    if (!alive) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
