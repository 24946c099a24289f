package nl.intervisie.local.site;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The methods catalogue (site/data/methods.yaml) and the pages rendered from it: every method has a page per
 * language it is described in, every step has minutes, and the page's total is the sum of its steps.
 */
class MethodPagesTest {
    @Test
    void everyMethodHasItsPagesWithTheTotalOfItsSteps() throws IOException {
        Path data = BuiltSite.ROOT.getParent().getParent().resolve("data/methods.yaml");
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(data));
        List<?> methods = (List<?>) root.get("methods");
        assertTrue(methods.size() >= 10, "at least 10 methods");
        Set<String> ids = new HashSet<>();
        for (Object entry : methods) {
            Map<?, ?> method = (Map<?, ?>) entry;
            String id = (String) method.get("id");
            assertTrue(ids.add(id), "unique id " + id);
            assertNotNull(method.get("origin"), id + " names its origin");
            for (String lang : List.of("nl", "en")) {
                Map<?, ?> text = (Map<?, ?>) method.get(lang);
                if (text == null) {
                    assertEquals("en", lang, id + " has Dutch text"); // Dutch is required, English optional
                    continue;
                }
                int total = 0;
                for (Object step : (List<?>) text.get("steps")) {
                    int minutes = ((Number) ((Map<?, ?>) step).get("minutes")).intValue();
                    assertTrue(minutes > 0, id + ": every step has minutes");
                    total += minutes;
                }
                String path = lang.equals("nl") ? "methoden/" + id + ".html" : "en/methods/" + id + ".html";
                Path page = BuiltSite.ROOT.resolve(path);
                assertTrue(Files.isRegularFile(page), "page " + path);
                Document doc = BuiltSite.parse(page);
                Element totalCell = (Element) doc.getElementsByTagName("tfoot").item(0);
                assertNotNull(totalCell, path + " has a total row");
                String shown = totalCell.getTextContent().replaceAll("\\D+", " ").strip();
                assertEquals(String.valueOf(total), shown, path + ": total of the steps");
                assertEquals(((List<?>) text.get("steps")).size(), countRows(doc), path + ": one row per step");
            }
        }
    }

    /**
     * No method without its source: each names at least one (author, title, and a year or a link), and every
     * page shows them under "Bron"/"Bronnen" ("Source"/"Sources" in English).
     */
    @Test
    void everyMethodNamesItsSourcesOnItsPages() throws IOException {
        Path data = BuiltSite.ROOT.getParent().getParent().resolve("data/methods.yaml");
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(data));
        List<String> problems = new java.util.ArrayList<>();
        for (Object entry : (List<?>) root.get("methods")) {
            Map<?, ?> method = (Map<?, ?>) entry;
            String id = (String) method.get("id");
            List<?> sources = method.get("sources") instanceof List<?> list ? list : List.of();
            if (sources.isEmpty()) {
                problems.add(id + ": no sources");
            }
            for (Object s : sources) {
                Map<?, ?> source = (Map<?, ?>) s;
                if (blank(source.get("author")) || blank(source.get("title"))
                        || (blank(source.get("year")) && blank(source.get("url")))) {
                    problems.add(id + ": a source needs author, title and a year or a link: " + source);
                }
            }
            for (String lang : List.of("nl", "en")) {
                if (method.get(lang) == null) {
                    continue;
                }
                String path = lang.equals("nl") ? "methoden/" + id + ".html" : "en/methods/" + id + ".html";
                Document doc = BuiltSite.parse(BuiltSite.ROOT.resolve(path));
                Element section = doc.getElementById("bronnen");
                String heading = section == null ? "" : section.getElementsByTagName("h2").item(0).getTextContent().strip();
                List<String> expected = lang.equals("nl") ? List.of("Bron", "Bronnen") : List.of("Source", "Sources");
                if (!expected.contains(heading)) {
                    problems.add(path + ": no section #bronnen headed " + expected + " (found \"" + heading + "\")");
                    continue;
                }
                String shown = section.getTextContent().replaceAll("\\s+", " ");
                for (Object s : sources) {
                    String title = String.valueOf(((Map<?, ?>) s).get("title")).replaceAll("\\s+", " ");
                    if (!shown.contains(title)) {
                        problems.add(path + ": source not shown: " + title);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static int countRows(Document doc) {
        return ((Element) doc.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength();
    }
}
