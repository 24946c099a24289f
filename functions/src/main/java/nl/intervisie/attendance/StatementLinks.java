package nl.intervisie.attendance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Signed, expiring links to a participant's statement of one year, sent with every proof of attendance: the
 * participant has no account, the link is their key. A token is {@code applicantId.year.expiresEpochSecond.mac}
 * with an HMAC-SHA256 over the first three parts; changing any of them breaks the mac. The key comes from a setting
 * ({@link StatementKey}): generated at start locally, from Secrets Manager deployed.
 */
public final class StatementLinks {
    /** What a valid token stands for. */
    public record Link(String applicantId, int year) {
    }

    /** The outcome of checking a token: the link, or why not (bad: forged or malformed; expired). */
    public record Checked(Optional<Link> link, boolean expired) {
    }

    private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9_-]{1,64})\\.(\\d{4})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

    private final Supplier<byte[]> key;
    private final Clock clock;
    private final Duration validity;
    private final String siteUrl;

    /**
     * @param key      the HMAC key, asked for on first use (deployed it is read from Secrets Manager then)
     * @param validity how long a link works (a year's statement is asked for well into the next year)
     * @param siteUrl  where the site and its API are, e.g. https://intervisie.example.nl (no trailing slash)
     */
    public StatementLinks(Supplier<byte[]> key, Clock clock, Duration validity, String siteUrl) {
        this.key = key;
        this.clock = clock;
        this.validity = validity;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    /** The address of the statement page for this person and year, in their language. */
    public String url(String applicantId, int year, String language) {
        // The language said outright: the browser's own preference may be another one than the person's.
        return siteUrl + "/api/statement/" + token(applicantId, year) + ("en".equals(language) ? "?lang=en" : "?lang=nl");
    }

    String token(String applicantId, int year) {
        long expires = clock.instant().plus(validity).getEpochSecond();
        String payload = applicantId + "." + year + "." + expires;
        return payload + "." + mac(payload);
    }

    public Checked check(String token) {
        var m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return new Checked(Optional.empty(), false);
        }
        String payload = m.group(1) + "." + m.group(2) + "." + m.group(3);
        // Constant-time comparison: the time taken tells nothing about how much of a forged mac was right.
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                m.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(Optional.empty(), false);
        }
        if (!Instant.ofEpochSecond(Long.parseLong(m.group(3))).isAfter(clock.instant())) {
            return new Checked(Optional.empty(), true);
        }
        return new Checked(Optional.of(new Link(m.group(1), Integer.parseInt(m.group(2)))), false);
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
