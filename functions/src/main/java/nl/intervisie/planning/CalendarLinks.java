package nl.intervisie.planning;

import nl.intervisie.links.SignedLinks;

import java.time.Duration;
import java.util.Optional;

/**
 * The personal calendar feed address of a participant: a {@link SignedLinks} token of purpose "calendar" whose
 * subject is the applicant id, signed with the network's one link key. A calendar app keeps polling it, so it is
 * valid for {@link #VALIDITY}; whether it still shows anything is decided per request (left or erased: nothing).
 */
public final class CalendarLinks {
    static final String PURPOSE = "calendar";
    static final Duration VALIDITY = Duration.ofDays(3 * 365);

    /** The outcome of checking a token: the applicant id, or why not. */
    public record Checked(Optional<String> applicantId, boolean expired) {
    }

    private final SignedLinks links;
    private final String siteUrl;

    /** @param siteUrl where the site and its API are (no trailing slash); empty: an address relative to the site */
    public CalendarLinks(SignedLinks links, String siteUrl) {
        this.links = links;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    /** The feed address of this person (for a mail or a page). */
    public String url(String applicantId) {
        return siteUrl + "/api/calendar/" + links.token(PURPOSE, applicantId, VALIDITY);
    }

    public Checked check(String token) {
        SignedLinks.Checked checked = links.check(token, PURPOSE);
        return new Checked(checked.valid() ? Optional.of(checked.subject()) : Optional.empty(),
                checked.state() == SignedLinks.State.EXPIRED);
    }
}
