package nl.intervisie.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Java sources of functions/src/main, read as text (tests run with the module directory as working directory). */
final class MainSources {
    static final Path ROOT = Path.of("src/main/java");

    private MainSources() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source with comments blanked out (line breaks kept), so only code and string literals remain. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' ) {
                int end = literalEnd(source, i);
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '\'') {
                int end = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2);
                out.append(source, i, end + 1);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Index just after the string literal (or text block) starting at {@code start}. */
    private static int literalEnd(String source, int start) {
        if (source.startsWith("\"\"\"", start)) {
            return source.indexOf("\"\"\"", start + 3) + 3;
        }
        int i = start + 1;
        while (source.charAt(i) != '"') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
