package nl.intervisie.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No method or constructor in functions/src/main is longer than 40 lines (from its declaration to its closing
 * brace, comments included): a longer one does several things, and its parts want names.
 */
class MethodLengthTest {
    static final int MAX_LINES = 40;

    /** A member declaration at class level (4 spaces; 8 in a nested type) that opens a body. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^( {4}| {8})(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|private|protected|static|final|synchronized|default)\\s+)*"
                    + "(?:<[^>]+>\\s+)?(?:[\\w<>\\[\\],.?]+(?:\\s*<[^>]*>)?\\s+)?(\\w+)\\s*\\(");

    /** Long methods as "file:line name (n lines)". */
    static List<String> longMethods(String relative, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = MainSources.withoutComments(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DECLARATION.matcher(lines[i]);
            if (!m.find() || lines[i].contains(" = ") || lines[i].strip().startsWith("return ")
                    || lines[i].strip().startsWith("new ")) {
                continue;
            }
            int open = i;
            while (open < lines.length && !lines[open].contains("{") && !lines[open].contains(";")) {
                open++;
            }
            if (open == lines.length || !lines[open].contains("{")) {
                continue; // abstract or interface method, or a record header without body on this line
            }
            int depth = 0;
            int end = open;
            for (; end < lines.length; end++) {
                depth += count(lines[end], '{') - count(lines[end], '}');
                if (depth <= 0) {
                    break;
                }
            }
            int length = end - i + 1;
            if (length > MAX_LINES) {
                found.add(relative + ":" + (i + 1) + " " + m.group(2) + " (" + length + " lines)");
            }
        }
        return found;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    @Test
    void noMethodIsLongerThanFortyLines() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : MainSources.all()) {
            String relative = MainSources.ROOT.resolve("nl/intervisie").relativize(file).toString().replace('\\', '/');
            tooLong.addAll(longMethods(relative, MainSources.read(file)));
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void theMeasureFindsALongMethodAndPassesAShortOne() {
        String longOne = "class A {\n    void work() {\n" + "        x();\n".repeat(39) + "    }\n}\n";
        String shortOne = "class A {\n    void work() {\n" + "        x();\n".repeat(38) + "    }\n}\n";
        assertEquals(List.of("A.java:2 work (41 lines)"), longMethods("A.java", longOne));
        assertEquals(List.of(), longMethods("A.java", shortOne));
    }
}
