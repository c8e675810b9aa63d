package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;


/** What every command-line test does: run the command line in-process and read what it printed. */
abstract class CliTest {

    /** What the last run printed on stdout. */
    protected StringWriter out;
    /** What the last run printed on stderr. */
    protected StringWriter err;

    /** Runs the command line with {@code args}; returns its exit code. */
    protected int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Runs a command that must succeed and prints one JSON object. */
    protected JsonNode json(String... args) throws Exception {
        assertEquals(0, run(args), err.toString());
        return new ObjectMapper().readTree(out.toString());
    }
}
