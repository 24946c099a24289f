package nl.intervisie.mail;

import nl.intervisie.http.Language;
import nl.intervisie.http.Page;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The texts of every mail: plain-text Freemarker templates under templates/mail/{nl,en}/{name}.ftl, rendered by the
 * one Freemarker configuration of {@link Page} (plain-text output there: nothing escaped). A template sets its
 * subject with {@code <#assign subject>…</#assign>} and prints its body; mail/{lang}/contact.ftl is the shared
 * "questions?" line (model: {@code replyTo}, {@code siteUrl}).
 * <p>
 * The subject is made one line of plain characters here, whatever the model holds, so no value (a name, a group a
 * coordinator typed) can add a header line or split the subject; {@link Mail} refuses a subject that still has one.
 */
public final class MailTemplates {
    private static final Map<String, Page> PAGES = new ConcurrentHashMap<>();
    private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private MailTemplates() {
    }

    /** A rendered mail text: one-line subject, body. */
    public record Text(String subject, String body) {
        public Mail to(String address) {
            return new Mail(address, subject, body);
        }
    }

    /** Renders mail/{nl|en}/{name}.ftl with this model. */
    public static Text render(String name, Language language, Map<String, ?> model) {
        String path = "mail/" + language.name().toLowerCase(java.util.Locale.ROOT) + "/" + name + ".ftl";
        Page.Text text = PAGES.computeIfAbsent(path, Page::of).renderText(model, "subject");
        return new Text(oneLine(text.assigned()), body(text.output()));
    }

    static String oneLine(String subject) {
        return NOT_ONE_LINE.matcher(subject).replaceAll(" ").strip();
    }

    /** Line ends as \n, no blank lines left by a template's #if at the start, at most one empty line in a row. */
    private static String body(String output) {
        String text = output.replace("\r\n", "\n").replace('\r', '\n').stripLeading();
        return BLANK_LINES.matcher(text).replaceAll("\n\n").stripTrailing() + "\n";
    }
}
