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

    private static int countRows(Document doc) {
        return ((Element) doc.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength();
    }
}
