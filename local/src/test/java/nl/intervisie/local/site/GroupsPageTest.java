package nl.intervisie.local.site;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The groups pages come from the one catalogue: every group is listed (the English page lists the English
 * groups), and the map has one labelled point per place with in-person groups, linking to that place's group.
 */
class GroupsPageTest {
    @Test
    void everyGroupIsListedAndEveryPlaceIsOnTheMap() throws IOException {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(
                Files.readString(BuiltSite.ROOT.getParent().getParent().resolve("data/groups.yaml")));
        List<?> groups = (List<?>) root.get("groups");
        Document nl = BuiltSite.parse(BuiltSite.ROOT.resolve("groepen.html"));
        Document en = BuiltSite.parse(BuiltSite.ROOT.resolve("en/groups.html"));
        Set<String> listedNl = ids(nl, "li");
        Set<String> listedEn = ids(en, "li");
        Set<String> cities = new HashSet<>();
        for (Object entry : groups) {
            Map<?, ?> g = (Map<?, ?>) entry;
            String id = "groep-" + g.get("id");
            assertTrue(listedNl.contains(id), "groepen.html lists " + id);
            assertEquals("en".equals(g.get("language")), listedEn.contains(id), "en/groups.html lists only English groups: " + id);
            if ("in-person".equals(g.get("mode"))) {
                cities.add((String) g.get("city"));
            }
        }
        NodeList links = nl.getElementsByTagName("svg").getLength() == 1
                ? ((Element) nl.getElementsByTagName("svg").item(0)).getElementsByTagName("a") : null;
        assertFalse(links == null, "groepen.html has one map");
        Set<String> onMap = new HashSet<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String label = link.getAttribute("aria-label");
            assertTrue(label.matches(".+: \\d+ groep(en)?"), "map point has a label: " + label);
            onMap.add(label.substring(0, label.indexOf(':')));
            String target = link.getAttribute("href").substring(1);
            assertTrue(listedNl.contains(target), "map point links to a listed group: " + target);
        }
        assertEquals(cities, onMap, "one point per place with in-person groups");

        // The outline is a real one (site/data/nl-outline.yaml from OpenStreetMap data): mainland, Wadden islands
        // and Zeeland as separate rings, a few hundred points, its licence named under the map.
        String d = ((Element) nl.getElementsByTagName("path").item(0)).getAttribute("d");
        long rings = d.chars().filter(c -> c == 'M').count();
        long points = d.chars().filter(c -> c == 'L').count() + rings;
        assertTrue(rings >= 10 && points >= 300 && points <= 800, rings + " rings, " + points + " points");
        assertTrue(nl.getElementsByTagName("figcaption").item(0).getTextContent().contains("OpenStreetMap"));
        assertFalse(Files.readString(BuiltSite.ROOT.resolve("groepen.html")).contains("@example.org"),
                "no facilitator address on the public page");
    }

    private static Set<String> ids(Document doc, String tag) {
        Set<String> ids = new HashSet<>();
        NodeList items = doc.getElementsByTagName(tag);
        for (int i = 0; i < items.getLength(); i++) {
            String id = ((Element) items.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
