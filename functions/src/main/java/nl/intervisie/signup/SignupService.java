package nl.intervisie.signup;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.http.Log;
import nl.intervisie.links.SignedLinks;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.MailQuota;
import nl.intervisie.mail.Mailer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-up with a confirmed address (double opt-in). A sign-up is stored as UNCONFIRMED for 48 hours and the address
 * gets one mail with a confirmation link; only a confirmed application reaches the waiting list or review, matching
 * and the coordinators. A sign-up of an address already signed up stores nothing: an unconfirmed one gets its
 * confirmation link again, a confirmed one the "already signed up" mail with a self-service link. No mail holds
 * anything the sender typed, and every address gets at most a few mails a day ({@link MailQuota}).
 * <p>
 * The sender is told the same whatever happened ("check your mail"): the answer reveals nothing about who is
 * signed up. A mail failure is logged (without personal data) and survived.
 */
public final class SignupService {
    /** Unconfirmed sign-ups are deleted after this (DynamoDB TTL; reads treat them as gone at once). */
    static final Duration UNCONFIRMED_TTL = Duration.ofHours(48);
    /** Unplaced applications are deleted a year after they were confirmed; placing someone is another feature's write. */
    static final Duration RETENTION = Duration.ofDays(365);

    /** The settings the mails need: who is told of new applications, the site's address, whether replies reach someone. */
    public record Settings(List<String> coordinators, String siteUrl, boolean replyTo) {
        /** @param coordinatorMail comma-separated addresses for the notice of a new application (may be empty) */
        public static Settings of(String coordinatorMail, String siteUrl, String contactMail) {
            return new Settings(Arrays.stream(coordinatorMail.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList(), siteUrl, !contactMail.isBlank());
        }
    }

    private final ApplicantStore store;
    private final MailQuota quota;
    private final Mailer mailer;
    private final ApplicantLinks links;
    private final Clock clock;
    private final Settings settings;

    public SignupService(ApplicantStore store, MailQuota quota, Mailer mailer, ApplicantLinks links, Clock clock,
                         Settings settings) {
        this.store = store;
        this.quota = quota;
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Stores an unconfirmed sign-up and mails the address, or mails what fits an address already signed up; the
     * caller tells the sender "check your mail" either way.
     *
     * @param honeypot the hidden field people leave empty
     */
    public void signUp(SignupForm form, String honeypot) {
        if (honeypot != null && !honeypot.isBlank()) {
            Log.info("signup not stored", "reason", "honeypot filled");
            return;
        }
        if (!quota.take(form.email())) {
            Log.info("signup not stored", "reason", "daily mail cap of the address reached");
            return;
        }
        Instant now = clock.instant();
        Applicant applicant = new Applicant(UUID.randomUUID().toString(), References.next(), form.name(),
                form.email(), form.organisation(), form.role(), form.basicTrainingCompleted(),
                form.formallyAppointed(), form.mode(), "", form.region(), form.location(), form.language(),
                form.availability(), "", form.avoid(), form.remarks(), ApplicantStatus.UNCONFIRMED, now, now, 1, null);
        boolean en = "en".equals(form.formLanguage());
        switch (store.create(applicant, now.plus(UNCONFIRMED_TTL))) {
            case CREATED -> {
                Log.info("signup stored", "status", ApplicantStatus.UNCONFIRMED.name());
                send(SignupMails.confirmAddress(form.email(), en, links.confirmUrl(applicant.id(), form.formLanguage()),
                        settings), "address confirmation");
            }
            case DUPLICATE -> again(form, en);
        }
    }

    /** A sign-up of an address that has one: the confirmation link again, or the "already signed up" mail. */
    private void again(SignupForm form, boolean en) {
        Optional<Applicant> existing = store.byEmail(form.email());
        if (existing.isEmpty()) {
            Log.info("signup not stored", "reason", "address taken by a parallel sign-up");
            return;
        }
        Applicant known = existing.get();
        Log.info("signup not stored", "reason", "address already signed up", "status", known.status().name());
        if (known.status() == ApplicantStatus.UNCONFIRMED) {
            send(SignupMails.confirmAddress(known.email(), en, links.confirmUrl(known.id(), form.formLanguage()),
                    settings), "address confirmation again");
        } else {
            send(SignupMails.alreadySignedUp(known.email(), en, links.selfServiceUrl(known.id(), form.formLanguage()),
                    settings), "already-signed-up notice");
        }
    }

    /** What following a confirmation link led to. */
    public enum Confirmation { CONFIRMED, ALREADY_CONFIRMED, BAD_LINK, EXPIRED }

    /** The outcome, with the person's id when the link was good (the page then links to their self-service page). */
    public record Confirmed(Confirmation result, String applicantId, ApplicantStatus status) {
    }

    /** What the link's page shows before its button is pressed: whether the token is good (reads nothing, writes nothing). */
    public Confirmation preview(String token) {
        SignedLinks.Checked checked = links.checkConfirm(token);
        return checked.valid() ? null : checked.state() == SignedLinks.State.EXPIRED ? Confirmation.EXPIRED : Confirmation.BAD_LINK;
    }

    /**
     * Confirms the address of the token's sign-up (the page's button posts here; opening the link does not). Once
     * confirmed: the coordinators are told, and the person gets the reference and the self-service link.
     */
    public Confirmed confirm(String token, String lang) {
        SignedLinks.Checked checked = links.checkConfirm(token);
        if (!checked.valid()) {
            return new Confirmed(checked.state() == SignedLinks.State.EXPIRED ? Confirmation.EXPIRED : Confirmation.BAD_LINK,
                    null, null);
        }
        Optional<Applicant> found = store.get(checked.subject());
        if (found.isEmpty()) {
            return new Confirmed(Confirmation.EXPIRED, null, null); // unconfirmed for 48 hours, withdrawn or erased
        }
        Applicant a = found.get();
        if (a.status() != ApplicantStatus.UNCONFIRMED) {
            return new Confirmed(Confirmation.ALREADY_CONFIRMED, a.id(), a.status());
        }
        boolean review = !(a.basicTrainingCompleted() && a.formallyAppointed());
        ApplicantStatus status = review ? ApplicantStatus.NEEDS_REVIEW : ApplicantStatus.WAITING;
        if (!store.confirm(a, status, clock.instant().plus(RETENTION))) {
            return store.get(a.id()).map(now -> new Confirmed(Confirmation.ALREADY_CONFIRMED, now.id(), now.status()))
                    .orElse(new Confirmed(Confirmation.EXPIRED, null, null));
        }
        Log.info("signup confirmed", "status", status.name());
        boolean en = "en".equals(lang);
        send(SignupMails.confirmed(a.email(), en, a.reference(), review, links.selfServiceUrl(a.id(), lang), settings),
                "confirmed");
        for (String to : settings.coordinators()) {
            send(SignupMails.coordinatorNotice(to, a.reference(), review, settings.siteUrl()), "coordinator notice");
        }
        return new Confirmed(Confirmation.CONFIRMED, a.id(), status);
    }

    private void send(Mail mail, String what) {
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            Log.error("signup mail failed", "mail", what, "exception", e.getClass().getName());
        }
    }
}
