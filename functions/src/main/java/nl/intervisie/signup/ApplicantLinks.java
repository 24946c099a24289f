package nl.intervisie.signup;

import nl.intervisie.links.SignedLinks;

import java.time.Duration;

/**
 * The two links mails to applicants carry, signed with the network's link key: confirming the address (valid as long
 * as an unconfirmed sign-up is kept) and the self-service page (valid {@link #SELF_SERVICE}; every later mail brings a
 * fresh one, and a new sign-up with the address mails one too).
 */
public final class ApplicantLinks {
    static final String CONFIRM = "confirm";
    static final String SELF = "self";
    static final Duration SELF_SERVICE = Duration.ofDays(30);

    private final SignedLinks links;
    private final String siteUrl;

    /** @param siteUrl where the site and its API are (no trailing slash); empty: links relative to the site */
    public ApplicantLinks(SignedLinks links, String siteUrl) {
        this.links = links;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    String confirmUrl(String applicantId, String lang) {
        return siteUrl + "/api/confirm/" + links.token(CONFIRM, applicantId, SignupService.UNCONFIRMED_TTL) + query(lang);
    }

    /** The path of a fresh self-service page of this person (for a page, which links relative to the site). */
    public String selfServicePath(String applicantId, String lang) {
        return "/api/me/" + links.token(SELF, applicantId, SELF_SERVICE) + query(lang);
    }

    /** The address of a fresh self-service page of this person (for a mail). */
    public String selfServiceUrl(String applicantId, String lang) {
        return siteUrl + selfServicePath(applicantId, lang);
    }

    SignedLinks.Checked checkConfirm(String token) {
        return links.check(token, CONFIRM);
    }

    public SignedLinks.Checked checkSelf(String token) {
        return links.check(token, SELF);
    }

    /** Always the language: the mail's language decides the page's, not the browser's Accept-Language. */
    private static String query(String lang) {
        return "en".equals(lang) ? "?lang=en" : "?lang=nl";
    }
}
