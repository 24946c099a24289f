package nl.intervisie.local.site;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks on every page of the built site (found by walking site/target/site): valid HTML, no broken internal
 * links or missing assets, nothing loaded from another host, nothing the strict CSP would block, at most 100 KB
 * per page with everything it loads, and a sitemap/robots.txt that match the pages.
 */
class SiteChecksTest {
    static final long MAX_PAGE_BYTES = 100 * 1024;

    /**
     * The Nu Html Checker's command line over the whole built site, in its own JVM (its classpath, written by the
     * site build, has Jetty 11, which cannot share a classpath with DynamoDB Local's Jetty 12).
     */
    @Test
    void everyPageIsValidHtml() throws Exception {
        Path classpath = BuiltSite.ROOT.getParent().resolve("vnu.classpath");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Files.readString(classpath).strip(), "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--format", "gnu", "--skip-non-html", BuiltSite.ROOT.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output;
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output = reader.lines().filter(line -> !line.isBlank()).toList();
        }
        int exit = process.waitFor();
        List<String> errors = output.stream().filter(line -> line.contains("error:")).toList();
        assertEquals(List.of(), errors, "Nu Html Checker errors");
        assertEquals(0, exit, "the checker ran: " + output);
        assertTrue(BuiltSite.pages().size() >= 5, "the site has its pages");
    }

    /** WCAG 2.4.2: a title says what the page is; "Site | Site" on the home page says the same thing twice. */
    @Test
    void noTitleRepeatsItself() {
        List<String> repeated = new ArrayList<>();
        for (Path page : BuiltSite.pages()) {
            String title = BuiltSite.parse(page).getElementsByTagName("title").item(0).getTextContent().strip();
            String[] parts = title.split("\\s*\\|\\s*");
            if (parts.length != new LinkedHashSet<>(List.of(parts)).size()) {
                repeated.add(BuiltSite.urlPath(page) + ": " + title);
            }
        }
        assertEquals(List.of(), repeated);
    }

    @Test
    void noBrokenInternalLinksOrMissingAssets() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : BuiltSite.pages()) {
            String base = BuiltSite.urlPath(page);
            for (BuiltSite.Reference ref : BuiltSite.references(BuiltSite.parse(page))) {
                if (!ref.internal() || ref.value().startsWith("/api/")) {
                    continue; // the API is not part of the static site
                }
                checked++;
                Path target = BuiltSite.resolve(base, ref.value());
                if (target == null) {
                    broken.add(base + ": " + ref.element() + " " + ref.attribute() + "=\"" + ref.value() + "\" does not exist");
                    continue;
                }
                String fragment = BuiltSite.fragment(base, ref.value());
                if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                        && !ids(BuiltSite.parse(target)).contains(fragment)) {
                    broken.add(base + ": " + ref.value() + " points at a missing id");
                }
            }
        }
        for (Path css : styleSheets()) {
            String base = BuiltSite.urlPath(css);
            for (String url : BuiltSite.cssUrls(BuiltSite.read(css))) {
                if (!url.startsWith("data:") && BuiltSite.resolve(base, url) == null && !new BuiltSite.Reference("css", "url", url, true).otherHost()) {
                    broken.add(base + ": url(" + url + ") does not exist");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 20, "links were checked: " + checked);
    }

    @Test
    void nothingIsLoadedFromAnotherHostAndNothingInlineBreaksTheCsp() {
        List<String> problems = new ArrayList<>();
        for (Path page : BuiltSite.pages()) {
            String base = BuiltSite.urlPath(page);
            Document doc = BuiltSite.parse(page);
            for (BuiltSite.Reference ref : BuiltSite.references(doc)) {
                if ((ref.resource() || ref.attribute().endsWith("action")) && ref.otherHost()) {
                    problems.add(base + ": " + ref.element() + " " + ref.attribute() + " loads from another host: " + ref.value());
                }
            }
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String name = e.getLocalName().toLowerCase(Locale.ROOT);
                if (name.equals("style")) {
                    problems.add(base + ": inline <style> (CSP style-src 'self')");
                }
                if (name.equals("script") && !e.hasAttribute("src")) {
                    problems.add(base + ": inline <script> (CSP script-src 'self')");
                }
                NamedNodeMap attributes = e.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    String attr = attributes.item(a).getLocalName().toLowerCase(Locale.ROOT);
                    if (attr.equals("style") || attr.startsWith("on")) {
                        problems.add(base + ": " + name + " has a " + attr + "= attribute (CSP)");
                    }
                }
            }
        }
        for (Path css : styleSheets()) {
            for (String url : BuiltSite.cssUrls(BuiltSite.read(css))) {
                if (new BuiltSite.Reference("css", "url", url, true).otherHost()) {
                    problems.add(BuiltSite.urlPath(css) + ": loads " + url);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageWeighsAtMost100KbWithEverythingItLoads() {
        List<Long> weights = new ArrayList<>();
        List<String> tooHeavy = new ArrayList<>();
        String heaviest = "";
        long max = 0;
        for (Path page : BuiltSite.pages()) {
            long weight = PageWeight.of(page);
            weights.add(weight);
            if (weight > max) {
                max = weight;
                heaviest = BuiltSite.urlPath(page);
            }
            if (weight > MAX_PAGE_BYTES) {
                tooHeavy.add(BuiltSite.urlPath(page) + ": " + weight + " bytes");
            }
        }
        List<Long> sorted = weights.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf("Page weight (HTML + CSS + images + scripts) over %d pages: median %.1f KB, max %.1f KB (%s)%n",
                sorted.size(), median / 1024.0, max / 1024.0, heaviest);
        assertEquals(List.of(), tooHeavy);
        assertTrue(median > 1000, "pages have content and a style sheet");
    }

    @Test
    void sitemapListsEveryPublicPageAndRobotsKeepsOutAdminAndApi() {
        Set<String> expected = new TreeSet<>();
        for (Path page : BuiltSite.pages()) {
            String path = BuiltSite.urlPath(page);
            if (path.equals("/404.html") || path.startsWith("/beheer/") || noindex(BuiltSite.parse(page))) {
                continue;
            }
            expected.add(path.replaceFirst("index\\.html$", ""));
        }
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>").matcher(BuiltSite.read(BuiltSite.ROOT.resolve("sitemap.xml")));
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(expected, listed, "sitemap.xml lists exactly the public pages");
        assertTrue(listed.stream().noneMatch(p -> p.startsWith("/beheer/")));

        List<String> robots = BuiltSite.read(BuiltSite.ROOT.resolve("robots.txt")).lines().map(String::strip).toList();
        assertTrue(robots.contains("Disallow: /beheer/"), "robots.txt keeps crawlers out of the admin page");
        assertTrue(robots.contains("Disallow: /api/"), "robots.txt keeps crawlers out of the API");
    }

    private static boolean noindex(Document doc) {
        NodeList metas = doc.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("name").equalsIgnoreCase("robots") && meta.getAttribute("content").contains("noindex")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Set<Path> styleSheets() {
        Set<Path> sheets = new LinkedHashSet<>();
        for (Path page : BuiltSite.pages()) {
            for (BuiltSite.Reference ref : BuiltSite.references(BuiltSite.parse(page))) {
                if (ref.resource() && ref.internal() && ref.value().endsWith(".css")) {
                    Path css = BuiltSite.resolve(BuiltSite.urlPath(page), ref.value());
                    if (css != null) {
                        sheets.add(css);
                    }
                }
            }
        }
        return sheets;
    }
}
