package nl.intervisie.local.site;

import nl.intervisie.local.Browser;
import nl.intervisie.local.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 AA checks that axe-core does not make, on every built page in headless Chromium through the local
 * server: reflow at 320 CSS px (1.4.10), text spacing (1.4.12), visible focus with enough contrast (2.4.7,
 * 1.4.11) and the language of English parts on Dutch pages (3.1.2). Each test starts its own browser and
 * reads the pages from the built site, so the tests do not depend on each other or on their order.
 */
class SiteLayoutBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    /** WCAG 1.4.12: the spacing a user may set without losing content. */
    private static final String TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
            + " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

    /** Text boxes whose text must stay inside them; inline elements are measured by their block. */
    private static final String TEXT_BOXES = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,legend,label,summary,"
            + "figcaption,blockquote,button,.card,.group,.badge,.nl-button,.language-switch,.site-name";

    /** Elements that are visually hidden on purpose (1 px boxes, off-screen skip link) are skipped. */
    private static final String VISIBLE = "function visible(el) {"
            + "  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {"
            + "    const r = e.getBoundingClientRect(); const s = getComputedStyle(e);"
            + "    if (r.width <= 1 || r.height <= 1 || s.visibility === 'hidden' || s.display === 'none') return false;"
            + "    if (r.right < 0 || r.bottom < 0) return false;"
            + "  }"
            + "  return true;"
            + "}";

    @Test
    void noPageScrollsSidewaysAt320CssPixels() {
        List<String> problems = new ArrayList<>();
        ChromeDriver driver = Browser.start(true);
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            for (Path page : BuiltSite.pages()) {
                String path = BuiltSite.urlPath(page);
                driver.get(server.url(path));
                Object result = script(driver, VISIBLE
                        + "const width = document.documentElement.clientWidth;"
                        + "const scroll = document.documentElement.scrollWidth;"
                        + "if (scroll <= width) return null;"
                        // Name the outermost elements that stick out, to say what to fix.
                        + "const out = [...document.body.querySelectorAll('*')].filter(e => visible(e)"
                        + "  && e.getBoundingClientRect().right > width + 1"
                        + "  && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1));"
                        + "return scroll + ' px wide (viewport ' + width + ' px), sticking out: '"
                        + "  + out.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                        + "  + ' \"' + e.textContent.trim().slice(0, 30) + '\"').join(', ');");
                if (result != null) {
                    problems.add(path + ": " + result);
                }
            }
        } finally {
            driver.quit();
        }
        assertEquals(List.of(), report(problems), "pages that scroll sideways at 320 CSS px");
    }

    @Test
    void textStaysInItsBoxWithWcagTextSpacing() {
        List<String> problems = new ArrayList<>();
        ChromeDriver driver = Browser.start(true);
        int measured = 0;
        try {
            // The site's CSP forbids injected styles (rightly); the test browser bypasses it to play the user's
            // own style sheet or bookmarklet.
            driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
            for (int width : List.of(1280, 390)) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                for (Path page : BuiltSite.pages()) {
                    String path = BuiltSite.urlPath(page);
                    driver.get(server.url(path));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> result = (Map<String, Object>) script(driver, VISIBLE
                            + "const style = document.createElement('style');"
                            + "style.textContent = arguments[0]; document.head.appendChild(style);"
                            + "const applied = getComputedStyle(document.body).letterSpacing !== 'normal';"
                            + "const boxes = [...document.querySelectorAll(arguments[1])].filter(e => visible(e)"
                            + "  && getComputedStyle(e).display !== 'inline');"
                            + "const over = boxes.filter(e => e.scrollWidth > e.clientWidth + 1"
                            + "  && getComputedStyle(e).overflowX !== 'auto' && getComputedStyle(e).overflowX !== 'scroll')"
                            + "  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' \"'"
                            + "    + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '\" by '"
                            + "    + (e.scrollWidth - e.clientWidth) + ' px');"
                            + "return {applied: applied, count: boxes.length, over: over};", TEXT_SPACING, TEXT_BOXES);
                    if (!Boolean.TRUE.equals(result.get("applied"))) {
                        problems.add(path + ": the text-spacing styles did not apply");
                    }
                    measured += ((Number) result.get("count")).intValue();
                    for (Object over : (List<?>) result.get("over")) {
                        problems.add(path + " at " + width + " px: " + over);
                    }
                }
            }
        } finally {
            driver.quit();
        }
        assertEquals(List.of(), report(problems), "text that overflows its box with WCAG 1.4.12 text spacing");
        assertTrue(measured > 100, "text boxes measured: " + measured);
    }

    /**
     * Tabs through every page as a keyboard user does and measures each focused element's indicator: an outline,
     * or a box-shadow ring of at least 2 px, whose colour has at least 3:1 contrast with the background around
     * the element.
     */
    @Test
    void everyFocusIndicatorHasThreeToOneContrast() {
        List<String> problems = new ArrayList<>();
        ChromeDriver driver = Browser.start(true);
        int focused = 0;
        try {
            for (Path page : BuiltSite.pages()) {
                String path = BuiltSite.urlPath(page);
                driver.get(server.url(path));
                List<String> seen = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    new Actions(driver).sendKeys(Keys.TAB).perform();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r = (Map<String, Object>) script(driver, FOCUS_INDICATOR);
                    if (r == null) {
                        break; // focus left the page
                    }
                    String key = (String) r.get("key");
                    if (seen.contains(key)) {
                        break; // went round
                    }
                    seen.add(key);
                    focused++;
                    double ratio = ((Number) r.get("ratio")).doubleValue();
                    if (ratio < 3.0) {
                        problems.add(path + ": " + r.get("name") + " focus indicator " + r.get("indicator")
                                + " on " + r.get("background") + " = " + String.format("%.2f", ratio) + ":1");
                    }
                }
            }
        } finally {
            driver.quit();
        }
        assertEquals(List.of(), report(problems), "focus indicators under 3:1");
        assertTrue(focused > 100, "focused elements: " + focused);
    }

    /** Colour maths after WCAG 2.1 (relative luminance, contrast ratio); returns null when the body has focus. */
    private static final String FOCUS_INDICATOR = ""
            + "const el = document.activeElement;"
            + "if (!el || el === document.body || el === document.documentElement) return null;"
            + "const rgb = c => { const m = c.match(/[\\d.]+/g); if (!m) return null;"
            + "  return {r: +m[0], g: +m[1], b: +m[2], a: m.length > 3 ? +m[3] : 1}; };"
            + "const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };"
            + "  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };"
            + "const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };"
            // The indicator is drawn outside the element, so what lies behind it is the parent's background.
            + "let bg = null;"
            + "for (let e = el.parentElement; e; e = e.parentElement) {"
            + "  const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) { bg = c; break; } }"
            + "if (!bg) bg = {r: 255, g: 255, b: 255, a: 1};"
            + "const s = getComputedStyle(el);"
            + "const colours = [];"
            + "if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) colours.push(s.outlineColor);"
            + "for (const m of (s.boxShadow === 'none' ? [] : s.boxShadow.split(/,(?![^(]*\\))/))) {"
            + "  const col = m.match(/rgba?\\([^)]*\\)/); const nums = m.replace(/rgba?\\([^)]*\\)/, '').match(/-?[\\d.]+px/g) || [];"
            + "  if (col && !m.includes('inset') && nums.length >= 4 && parseFloat(nums[3]) >= 2) colours.push(col[0]); }"
            + "let best = 0, which = 'none';"
            + "for (const c of colours) { const v = rgb(c); if (v && v.a > 0.5) { const q = ratio(v, bg); if (q > best) { best = q; which = c; } } }"
            + "const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('class') ? '.' + el.getAttribute('class') : '')"
            + "  + ' \"' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '\"';"
            + "const index = [...document.querySelectorAll('*')].indexOf(el);"
            + "return {key: String(index), name: name, indicator: which, ratio: best,"
            + "  background: 'rgb(' + bg.r + ', ' + bg.g + ', ' + bg.b + ')'};";

    /**
     * English on Dutch pages must sit inside lang="en" (WCAG 3.1.2), so a screen reader switches voice. A text
     * counts as English when it has an English day or month name or two distinct English words that are not
     * Dutch words as well.
     */
    @Test
    void englishOnDutchPagesIsMarkedAsEnglish() {
        List<String> problems = new ArrayList<>();
        ChromeDriver driver = Browser.start(true);
        int dutchPages = 0;
        try {
            for (Path page : BuiltSite.pages()) {
                String path = BuiltSite.urlPath(page);
                driver.get(server.url(path));
                @SuppressWarnings("unchecked")
                List<String> english = (List<String>) script(driver, ""
                        + "if (document.documentElement.lang !== 'nl') return null;"
                        + "const names = /\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|October)\\b/;"
                        + "const words = new Set(['the','and','of','with','for','to','you','your','are','times','year',"
                        + "  'call','this','that','from','will','our','which','who','what','when','how','group','groups',"
                        + "  'his','her','their','its','in-person','english','dialogue','practice','clinical','work']);"
                        + "const found = [];"
                        + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                        + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                        + "  const text = n.textContent.trim(); if (!text) continue;"
                        + "  const parent = n.parentElement; if (parent.closest('script,style')) continue;"
                        + "  const lang = (parent.closest('[lang]') || document.documentElement).getAttribute('lang');"
                        + "  if (lang !== 'nl') continue;"
                        + "  const hits = new Set(text.toLowerCase().split(/[^a-z-]+/).filter(w => words.has(w)));"
                        + "  if (names.test(text) || hits.size >= 2) found.push(text.replace(/\\s+/g, ' ').slice(0, 60));"
                        + "}"
                        + "return found;");
                if (english == null) {
                    continue;
                }
                dutchPages++;
                for (String text : english) {
                    problems.add(path + ": \"" + text + "\"");
                }
            }
        } finally {
            driver.quit();
        }
        assertEquals(List.of(), report(problems), "English text on Dutch pages without lang=\"en\"");
        assertTrue(dutchPages >= 10, "Dutch pages checked: " + dutchPages);
    }

    /** The full list on stdout too: a long assertion message gets cut in reports. */
    private static List<String> report(List<String> problems) {
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        return problems;
    }

    private static Object script(ChromeDriver driver, String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }
}
