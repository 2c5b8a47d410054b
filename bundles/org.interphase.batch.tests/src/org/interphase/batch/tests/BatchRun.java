package org.interphase.batch.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.interphase.batch.internal.BatchApplication;

import com.google.gson.Gson;

/** One command line of the batch engine run in-process: exit code, stdout and stderr. */
record BatchRun(int code, String out, String err) {

    static BatchRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BatchApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new BatchRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines written to stderr. */
    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    /** The last stdout line as a JSON object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        return new Gson().fromJson(lines.get(lines.size() - 1), Map.class);
    }

    @Override
    public String toString() {
        return "exit " + code + "\nstdout: " + out + "\nstderr: " + err;
    }
}
