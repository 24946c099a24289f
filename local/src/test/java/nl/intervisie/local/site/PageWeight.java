package nl.intervisie.local.site;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a first visit to a page downloads: the HTML, the style sheets (and what they load), images, scripts. */
public final class PageWeight {
    private PageWeight() {
    }

    public static long of(Path page) {
        String base = BuiltSite.urlPath(page);
        Set<Path> files = new LinkedHashSet<>();
        files.add(page);
        for (BuiltSite.Reference ref : BuiltSite.references(BuiltSite.parse(page))) {
            if (ref.resource() && ref.internal()) {
                Path file = BuiltSite.resolve(base, ref.value());
                if (file != null && files.add(file) && file.toString().endsWith(".css")) {
                    String cssBase = BuiltSite.urlPath(file);
                    for (String url : BuiltSite.cssUrls(BuiltSite.read(file))) {
                        Path asset = url.startsWith("data:") ? null : BuiltSite.resolve(cssBase, url);
                        if (asset != null) {
                            files.add(asset);
                        }
                    }
                }
            }
        }
        return files.stream().mapToLong(BuiltSite::size).sum();
    }
}
