package nl.intervisie.attendance;

import nl.intervisie.links.SignedLinks;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Signed, expiring links to a participant's statement of one year, sent with every proof of attendance: the
 * participant has no account, the link is their key. The token is a {@link SignedLinks} token of purpose
 * "statement" whose subject is {@code year_applicantId}, signed with the network's one link key.
 */
public final class StatementLinks {
    static final String PURPOSE = "statement";

    /** What a valid token stands for. */
    public record Link(String applicantId, int year) {
    }

    /** The outcome of checking a token: the link, or why not (bad: forged or malformed; expired). */
    public record Checked(Optional<Link> link, boolean expired) {
    }

    private static final Pattern SUBJECT = Pattern.compile("(\\d{4})_([A-Za-z0-9-]{1,58})");

    private final SignedLinks links;
    private final Duration validity;
    private final String siteUrl;

    /**
     * @param key      the HMAC key, asked for on first use (deployed it is read from Secrets Manager then)
     * @param validity how long a link works (a year's statement is asked for well into the next year)
     * @param siteUrl  where the site and its API are, e.g. https://intervisie.example.nl (no trailing slash)
     */
    public StatementLinks(Supplier<byte[]> key, Clock clock, Duration validity, String siteUrl) {
        this.links = new SignedLinks(key, clock);
        this.validity = validity;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    /** The address of the statement page for this person and year, in their language. */
    public String url(String applicantId, int year, String language) {
        // The language said outright: the browser's own preference may be another one than the person's.
        return siteUrl + "/api/statement/" + token(applicantId, year) + ("en".equals(language) ? "?lang=en" : "?lang=nl");
    }

    String token(String applicantId, int year) {
        return links.token(PURPOSE, year + "_" + applicantId, validity);
    }

    public Checked check(String token) {
        SignedLinks.Checked checked = links.check(token, PURPOSE);
        if (checked.state() == SignedLinks.State.EXPIRED) {
            return new Checked(Optional.empty(), true);
        }
        var m = checked.valid() ? SUBJECT.matcher(checked.subject()) : null;
        if (m == null || !m.matches()) {
            return new Checked(Optional.empty(), false);
        }
        return new Checked(Optional.of(new Link(m.group(2), Integer.parseInt(m.group(1)))), false);
    }
}
