package nl.intervisie.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one logger of the functions: one JSON object per line on standard output, with the level, a fixed event
 * name, the request id and whether this is the container's first request, plus a few fields. Lambda's JSON log
 * format (template.yaml, LoggingConfig) keeps such lines as they are and adds its timestamp. Never log a name,
 * an address or anything a person typed: fields are codes, counts and exception class names.
 */
public final class Log {
    private static volatile String requestId = "-";
    private static volatile boolean coldStart = true;
    private static volatile boolean firstSeen;
    private static volatile PrintStream redirected; // null: System.out as it is now (tests may replace it)

    private Log() {
    }

    /** Called by {@link ApiHandler} as a request starts (Lambda runs one request at a time per container). */
    static void begin(Context context) {
        if (context == null) {
            requestId = "-"; // SnapStart priming and tests: not a real request, so the cold start is still ahead
            return;
        }
        requestId = context.getAwsRequestId();
        coldStart = !firstSeen;
        firstSeen = true;
    }

    public static void info(String event, Object... fields) {
        write("INFO", event, fields);
    }

    public static void warn(String event, Object... fields) {
        write("WARN", event, fields);
    }

    public static void error(String event, Object... fields) {
        write("ERROR", event, fields);
    }

    /** @param fields name, value, name, value, … (values: strings, numbers, booleans) */
    static void write(String level, String event, Object... fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", level);
        line.put("message", event);
        line.put("requestId", requestId);
        line.put("coldStart", coldStart);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            line.put(String.valueOf(fields[i]), fields[i + 1]);
        }
        PrintStream out = redirected != null ? redirected : System.out;
        try {
            out.println(JSON.std.asString(line));
        } catch (IOException e) {
            out.println("{\"level\":\"ERROR\",\"message\":\"log line not written\"}");
        }
    }

    /** For tests: where lines go. */
    static PrintStream redirect(PrintStream to) {
        PrintStream before = redirected;
        redirected = to;
        return before;
    }
}
