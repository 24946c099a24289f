package nl.intervisie.local.site;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages the site must have (issue 3), in Dutch and English, each with the topics it must cover, and a
 * language switch on every page. Guards against a page or a required topic getting lost in an edit; the
 * wording is free, so each topic is a few words any honest text about it contains.
 */
class SitePagesTest {
    /** Page → words its main text must contain (case-insensitive). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("index.html", List.of("wat is intervisie", "waarom", "wat vraagt het van jou")),
            Map.entry("hoe-werkt-het.html", List.of("hoogstens negen", "begeleider", "vier keer per jaar",
                    "minstens drie keer", "intake", "contract", "vertrouwelijk", "kosten", "open groep", "vast")),
            Map.entry("aanmelden.html", List.of("basisopleiding", "formeel aangesteld", "formulier", "intake",
                    "plaatsing", "eerste bijeenkomst", "veelgestelde vragen")),
            Map.entry("privacy.html", List.of("verwerkingsverantwoordelijke", "grondslag", "art. 6", "bewaren",
                    "amazon web services", "eu-central-1", "verwerkersovereenkomst", "in te zien", "verwijderen",
                    "bezwaar", "autoriteit persoonsgegevens")),
            Map.entry("toegankelijkheid.html", List.of("wcag 2.1", "probleem melden")),
            Map.entry("contact.html", List.of("intervisie@example.org")),
            Map.entry("404.html", List.of("bestaat niet")),
            Map.entry("en/index.html", List.of("what is intervision", "english-language online groups")),
            Map.entry("en/how-it-works.html", List.of("at most nine", "facilitator", "four times a year",
                    "at least three", "intake", "contract", "confidential", "costs", "open group", "fixed")),
            Map.entry("en/sign-up.html", List.of("basic training", "formally appointed", "form", "intake",
                    "placement", "first meeting", "frequently asked questions", "costs")),
            Map.entry("en/privacy.html", List.of("controller", "legal basis", "art. 6", "how long",
                    "amazon web services", "eu-central-1", "data processing agreement", "access", "erase",
                    "object", "autoriteit persoonsgegevens")),
            Map.entry("en/accessibility.html", List.of("wcag 2.1", "report a problem")),
            Map.entry("en/contact.html", List.of("intervisie@example.org")));

    @Test
    void everyRequiredPageExistsAndCoversItsTopics() {
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((page, words) -> {
            Path file = BuiltSite.ROOT.resolve(page);
            if (!Files.isRegularFile(file)) {
                missing.add(page + ": no such page");
                return;
            }
            String text = mainText(BuiltSite.parse(file));
            for (String word : words) {
                if (!text.contains(word)) {
                    missing.add(page + ": says nothing about \"" + word + "\"");
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPageIsInTheLanguageOfItsPathWithASwitchToTheOtherLanguage() {
        List<String> problems = new ArrayList<>();
        for (Path page : BuiltSite.pages()) {
            String path = BuiltSite.urlPath(page);
            if (path.startsWith("/beheer/")) {
                continue; // the coordinators' tool, Dutch only
            }
            Document doc = BuiltSite.parse(page);
            String lang = doc.getDocumentElement().getAttribute("lang");
            if (!lang.equals(path.startsWith("/en/") ? "en" : "nl")) { // WCAG 3.1.1, and the menu's language
                problems.add(path + ": <html lang=\"" + lang + "\">");
            }
            Element link = null;
            NodeList anchors = doc.getElementsByTagName("a");
            for (int i = 0; i < anchors.getLength(); i++) {
                Element a = (Element) anchors.item(i);
                if (a.getAttribute("class").contains("language-switch")) {
                    link = a;
                }
            }
            if (link == null) {
                problems.add(path + ": no language switch");
                continue;
            }
            String other = lang.equals("en") ? "nl" : "en";
            if (!other.equals(link.getAttribute("hreflang")) || !other.equals(link.getAttribute("lang"))) {
                problems.add(path + " (" + lang + "): the switch is not marked as " + other);
            }
            boolean toEnglish = link.getAttribute("href").startsWith("/en/");
            if (toEnglish != other.equals("en")) {
                problems.add(path + ": the switch goes to " + link.getAttribute("href"));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String mainText(Document doc) {
        NodeList main = doc.getElementsByTagName("main");
        assertEquals(1, main.getLength(), "one main landmark");
        return main.item(0).getTextContent().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
