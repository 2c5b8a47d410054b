package org.interphase.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.interphase.batch.internal.Failures;
import org.interphase.core.api.BatchCommand;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Exit codes of every batch command, built-in or service: 0 only on success, 1 bad input, 2 usage, 3 internal
 * error; each failure is exactly one line on stderr. Internal errors (also {@link OutOfMemoryError} and
 * {@link StackOverflowError}) leave their trace in the error log the line names.
 */
class ExitCodesTest {

    private static final Path DATA = SharedData.root();
    private static final Path MPT = DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt");
    private static final Path VMS = DATA.resolve("xps/vamas/mjr9_59c.vms");
    private static final Path SIMS = DATA.resolve("sims/iontof_depth_profiles/I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt");
    private static final Path STACK = DATA.resolve("tomo/ucl_cylindrical_cell/cell_vol");

    @TempDir
    static Path dir;

    private static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();
    private static Path study;
    private static Path method;

    /** A service command that fails the way an unexpected bug does. */
    private record Failing(String name, Runnable failure) implements BatchCommand {
        @Override
        public String usage() {
            return name + " FILE";
        }

        @Override
        public Object run(List<String> args) {
            failure.run();
            return Map.of();
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @BeforeAll
    static void setUp() throws Exception {
        System.setProperty(Failures.LOG_PROPERTY, dir.resolve("logs/batch-error.log").toString());
        BundleContext ctx = FrameworkUtil.getBundle(ExitCodesTest.class).getBundleContext();
        REGISTERED.add(ctx.registerService(BatchCommand.class, new Failing("test-oom", () -> {
            throw new OutOfMemoryError("Java heap space");
        }), null));
        REGISTERED.add(ctx.registerService(BatchCommand.class, new Failing("test-stack", () -> recurse(0)), null));
        REGISTERED.add(ctx.registerService(BatchCommand.class, new Failing("test-npe", () -> {
            throw new NullPointerException("a bug");
        }), null));
        study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        method = dir.resolve("method.json");
        Files.writeString(method, "{\"name\": \"fit\", \"steps\": [{\"analysis\": \"eis-kk\"}]}");
    }

    @AfterAll
    static void tearDown() {
        REGISTERED.forEach(ServiceRegistration::unregister);
        System.clearProperty(Failures.LOG_PROPERTY);
    }

    /** Every command the engine lists, read from its help. */
    private static List<String> commands() {
        BatchRun help = BatchRun.of("help");
        assertEquals(0, help.code(), help.toString());
        return help.out().lines().filter(l -> l.startsWith("  ")).map(l -> l.strip().split(" ")[0]).toList();
    }

    /** A valid first part of each command's line (its input files), so that the bad argument is what fails. */
    private static List<String> valid(String command) {
        return switch (command) {
        case "run" -> List.of(method.toString(), MPT.toString(), "--study", dir.resolve("new.interphase").toString());
        case "import" -> List.of(study.toString(), MPT.toString());
        case "report" -> List.of(study.toString(), "--out", dir.resolve("r.html").toString());
        case "eis-fit", "eis-series" -> List.of(MPT.toString(), "--circuit", "R0-p(R1,CPE1)");
        case "xps-fit" -> List.of(VMS.toString(), "--region", "C 1s", "--species", "C-C");
        case "xps-background" -> List.of(VMS.toString(), "--type", "shirley", "--range", "280:295");
        case "xps-quant" -> List.of(VMS.toString());
        case "sims-interfaces" -> List.of(SIMS.toString());
        case "tomo-profile" -> List.of(STACK.toString());
        default -> List.of(MPT.toString());
        };
    }

    private static BatchRun with(String command, List<String> first, String... more) {
        List<String> args = new ArrayList<>();
        args.add(command);
        args.addAll(first);
        args.addAll(List.of(more));
        return BatchRun.of(args.toArray(String[]::new));
    }

    private static void assertOneLine(BatchRun r, int code, String what) {
        assertEquals(code, r.code(), what + ": " + r);
        assertEquals(1, r.errLines().size(), what + " gives one stderr line: " + r);
        assertTrue(r.errLines().get(0).startsWith("error: "), r.toString());
    }

    @Test
    void everyCommandRejectsAnUnknownOptionAsUsage() {
        for (String c : commands()) {
            if (!c.startsWith("test-")) {
                assertOneLine(with(c, valid(c), "--no-such-option", "1"), 2, c + " --no-such-option");
            }
        }
    }

    @Test
    void everyCommandRejectsAMissingFileAsBadInput() {
        Path missing = dir.resolve("no-such-file.mpt");
        for (String c : commands()) {
            if (c.startsWith("test-")) {
                continue;
            }
            List<String> first = new ArrayList<>(valid(c));
            int at = c.equals("run") ? 1 : 0;
            first.set(at, missing.toString());
            BatchRun r = with(c, first);
            assertOneLine(r, 1, c + " on a missing file");
            assertTrue(r.err().contains("no-such-file.mpt"), "the line names the file: " + r);
        }
    }

    @Test
    void everyCommandRefusesAFileThatIsNotData() throws Exception {
        Path junk = dir.resolve("junk.mpt");
        Files.write(junk, new byte[] { 0, 1, 2, 3, (byte) 0xff, 10, 0 });
        for (String c : commands()) {
            if (c.startsWith("test-")) {
                continue;
            }
            List<String> first = new ArrayList<>(valid(c));
            first.set(c.equals("run") ? 1 : 0, junk.toString());
            BatchRun r = with(c, first);
            assertNotEquals(0, r.code(), c + " on junk: " + r);
            assertEquals(1, r.errLines().size(), c + " on junk: " + r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "report|--cell|abc", "run|--cycle|abc", "run|--cycle|-3", "import|--cycle|x",
            "eis-fit|--starts|abc", "eis-kk|--m|abc", "xps-background|--block|abc", "tomo-profile|--threshold|abc" })
    void aBadNumberIsUsage(String line) {
        String[] p = line.split("\\|");
        assertOneLine(with(p[0], valid(p[0]), p[1], p[2]), 2, line);
    }

    @Test
    void noCommandOrAnUnknownOneIsUsage() {
        assertOneLine(BatchRun.of(), 2, "no command");
        assertOneLine(BatchRun.of("frobnicate"), 2, "unknown command");
        assertOneLine(BatchRun.of("report"), 2, "report without arguments");
        assertOneLine(BatchRun.of("run", method.toString()), 2, "run without files");
    }

    @ParameterizedTest
    @ValueSource(strings = { "test-oom", "test-stack", "test-npe" })
    void internalErrorsExitThreeWithTheLogPath(String command) throws Exception {
        BatchRun r = BatchRun.of(command, MPT.toString());
        assertOneLine(r, 3, command);
        Path log = Failures.logFile();
        assertTrue(r.err().contains("(details in " + log + ")"), r.toString());
        String trace = Files.readString(log);
        String expected = switch (command) {
        case "test-oom" -> "java.lang.OutOfMemoryError: Java heap space";
        case "test-stack" -> "java.lang.StackOverflowError";
        default -> "java.lang.NullPointerException: a bug";
        };
        assertTrue(trace.contains(expected), trace.length() > 2000 ? trace.substring(0, 2000) : trace);
        assertTrue(trace.contains("interphase batch " + command), "the log names the command line");
    }
}
