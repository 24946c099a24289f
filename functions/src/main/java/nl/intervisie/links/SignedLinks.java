package nl.intervisie.links;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Signed, expiring tokens for links in mails to people without an account (confirming an address, self-service):
 * the link is their key. A token is {@code purpose.subject.expiresEpochSecond.mac}, the mac an HMAC-SHA256 over the
 * first three parts with the network's link key ({@link LinkKey}); changing any part breaks it, and a token made
 * for one purpose never works for another. Rotating the key revokes every link at once.
 */
public final class SignedLinks {
    /** The outcome of checking a token. */
    public enum State { VALID, BAD, EXPIRED }

    /** What a token stands for: the subject (an applicant id) when {@link State#VALID}, else null. */
    public record Checked(State state, String subject) {
        public boolean valid() {
            return state == State.VALID;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("([a-z]{1,16})\\.([A-Za-z0-9_-]{1,64})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

    private final Supplier<byte[]> key;
    private final Clock clock;

    /** @param key the HMAC key, asked for on each use (the supplier reads it once per container) */
    public SignedLinks(Supplier<byte[]> key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** A token for this purpose and subject, valid for {@code validity} from now. */
    public String token(String purpose, String subject, Duration validity) {
        String payload = purpose + "." + subject + "." + clock.instant().plus(validity).getEpochSecond();
        if (!TOKEN.matcher(payload + "." + "A".repeat(43)).matches()) {
            throw new IllegalArgumentException("purpose or subject has characters a token cannot carry");
        }
        return payload + "." + mac(payload);
    }

    /** Whether the token is one this key made for this purpose, and not expired. */
    public Checked check(String token, String purpose) {
        var m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches() || !m.group(1).equals(purpose)) {
            return new Checked(State.BAD, null);
        }
        String payload = m.group(1) + "." + m.group(2) + "." + m.group(3);
        // Constant-time comparison: the time taken tells nothing about how much of a forged mac was right.
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                m.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(State.BAD, null);
        }
        if (!Instant.ofEpochSecond(Long.parseLong(m.group(3))).isAfter(clock.instant())) {
            return new Checked(State.EXPIRED, null);
        }
        return new Checked(State.VALID, m.group(2));
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
