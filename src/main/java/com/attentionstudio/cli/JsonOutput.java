package com.attentionstudio.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;

/** One JSON document on stdout, UTF-8, newline-terminated. */
final class JsonOutput {
    private JsonOutput() {
    }

    static void print(Object value) throws IOException {
        PrintStream out = System.out;
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.writeValue(out, value);
        out.write('\n');
        out.flush();
    }
}
