package nl.intervisie.attendance;

import java.util.ArrayList;
import java.util.List;

/** A strict reader for the CSV the report writes (BOM, ';', CRLF, RFC 4180 quotes): the test's own, not the writer's. */
final class Csv {
    private Csv() {
    }

    static List<List<String>> parse(String text) {
        if (text.isEmpty() || text.charAt(0) != '\uFEFF') {
            throw new AssertionError("no byte order mark");
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                i++;
            } else if (c == ';') {
                line.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i += 2;
            } else if (c == '\r' || c == '\n' || c == '"') {
                throw new AssertionError("unquoted " + (int) c + " at " + i);
            } else {
                cell.append(c);
                i++;
            }
        }
        if (quoted || !line.isEmpty() || !cell.isEmpty()) {
            throw new AssertionError("the last line does not end with CRLF");
        }
        return lines;
    }
}
