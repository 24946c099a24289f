package nl.intervisie.local.site;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built site (site/target/site) as the checks see it. Pages are found by walking the folder, so pages that
 * other features add (the sign-up form, the admin page) are checked without anyone listing them.
 */
public final class BuiltSite {
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize().resolve("site/target/site");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");
    /** link rel values that make the browser fetch something (alternate, canonical and the like do not). */
    private static final Set<String> FETCHING_RELS = Set.of("stylesheet", "icon", "preload", "prefetch", "modulepreload",
            "manifest", "apple-touch-icon", "mask-icon", "dns-prefetch", "preconnect");

    private BuiltSite() {
    }

    /** One reference from a page: a link to follow (navigation) or a resource the browser loads with the page. */
    public record Reference(String element, String attribute, String value, boolean resource) {
        /** True when the browser would go to (or load from) another host. */
        public boolean otherHost() {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.startsWith("//")) {
                return true;
            }
            int colon = v.indexOf(':');
            int slash = v.indexOf('/');
            boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && v.substring(0, colon).matches("[a-z][a-z0-9+.-]*");
            return hasScheme && !v.startsWith("data:") && !v.startsWith("mailto:") && !v.startsWith("tel:");
        }

        public boolean internal() {
            String v = value.strip().toLowerCase(Locale.ROOT);
            return !otherHost() && !v.startsWith("data:") && !v.startsWith("mailto:") && !v.startsWith("tel:")
                    && !v.startsWith("javascript:");
        }
    }

    public static List<Path> pages() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            if (pages.isEmpty()) {
                throw new IllegalStateException("No pages in " + ROOT + ": build the site first (mvn verify builds it)");
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL path a file is served at: /groepen.html, /en/groups.html. */
    public static String urlPath(Path file) {
        return "/" + ROOT.relativize(file).toString().replace('\\', '/');
    }

    public static Document parse(Path page) {
        try (InputStream in = Files.newInputStream(page)) {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            return builder.parse(source);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + page, e);
        }
    }

    /** Every href/src/srcset/action/data/poster in the page, marked as resource when the browser loads it with the page. */
    public static List<Reference> references(Document doc) {
        List<Reference> refs = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName().toLowerCase(Locale.ROOT);
            NamedNodeMap attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String attr = attributes.item(a).getLocalName();
                String value = attributes.item(a).getNodeValue();
                switch (attr) {
                    case "href" -> refs.add(new Reference(name, attr, value, isResourceHref(e, name)));
                    case "src", "data", "poster" -> refs.add(new Reference(name, attr, value, true));
                    case "action", "formaction" -> refs.add(new Reference(name, attr, value, false));
                    case "srcset" -> {
                        for (String candidate : value.split(",")) {
                            String url = candidate.strip().split("\\s+")[0];
                            if (!url.isEmpty()) {
                                refs.add(new Reference(name, attr, url, true));
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        return refs;
    }

    private static boolean isResourceHref(Element e, String name) {
        if (name.equals("link")) {
            for (String rel : e.getAttribute("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (FETCHING_RELS.contains(rel)) {
                    return true;
                }
            }
            return false;
        }
        // SVG <image href> and <use href> load; <a href> is navigation.
        return name.equals("image") || name.equals("use");
    }

    /** url(...) and @import targets in a style sheet. */
    public static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            urls.add(m.group(1) != null ? m.group(1).strip() : m.group(2).strip());
        }
        return urls;
    }

    /**
     * The file a reference from {@code base} (a URL path) points at, as the server serves it (a folder means its
     * index.html), or null when it does not exist. The query and fragment are ignored.
     */
    public static Path resolve(String base, String reference) {
        URI uri = URI.create("http://site" + base).resolve(reference.strip().replace(" ", "%20"));
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        Path file = ROOT.resolve(path.substring(1)).normalize();
        if (!file.startsWith(ROOT)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    public static String fragment(String base, String reference) {
        return URI.create("http://site" + base).resolve(reference.strip().replace(" ", "%20")).getFragment();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
