package nl.intervisie.signup;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.Mailer;
import nl.intervisie.store.Config;
import nl.intervisie.http.Log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Stores a validated sign-up and sends the e-mails. Every sender gets the same kind of answer — a reference and
 * whether an intake comes first — whether the application was new, a repeat of a known address, or a bot's:
 * the answer reveals nothing about who is signed up. The application is stored before any mail is sent, and a
 * mail failure is logged (without personal data) and survived.
 */
public final class SignupService {
    /** Unplaced applications are deleted after a year (DynamoDB TTL); placing someone is another feature's write. */
    static final Duration RETENTION = Duration.ofDays(365);

    private final ApplicantStore store;
    private final Mailer mailer;
    private final Clock clock;
    private final List<String> coordinators;
    private final Duration minimumFillTime;
    private final String siteUrl;

    /** With the settings from the environment. */
    public SignupService(ApplicantStore store, Mailer mailer, Clock clock) {
        this(store, mailer, clock,
                Config.get("COORDINATOR_MAIL", ""),
                Duration.ofMillis(Long.parseLong(Config.get("SIGNUP_MIN_FILL_MILLIS", "3000"))),
                Config.get("SITE_URL", ""));
    }

    /**
     * @param coordinatorMail comma-separated addresses for the notice of a new application (may be empty)
     * @param minimumFillTime a form sent faster than this after the page loaded is a bot's
     */
    public SignupService(ApplicantStore store, Mailer mailer, Clock clock, String coordinatorMail,
                         Duration minimumFillTime, String siteUrl) {
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
        this.coordinators = Arrays.stream(coordinatorMail.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.minimumFillTime = minimumFillTime;
        this.siteUrl = siteUrl;
    }

    /** What the sender is told. */
    public record Outcome(String reference, boolean needsReview) {
    }

    /**
     * @param honeypot the hidden field people leave empty
     * @param elapsed  milliseconds the page was open before sending, as signup.js measured; empty without JavaScript
     *                 (then there is no time check: a static page cannot carry a trustworthy start time)
     */
    public Outcome signUp(SignupForm form, String honeypot, String elapsed) {
        boolean needsReview = !form.eligibilityConfirmed();
        Outcome outcome = new Outcome(References.next(), needsReview);
        String bot = botSignal(honeypot, elapsed);
        if (bot != null) {
            Log.info("signup not stored", "reason", bot);
            return outcome;
        }
        Instant now = clock.instant();
        ApplicantStatus status = needsReview ? ApplicantStatus.NEEDS_REVIEW : ApplicantStatus.WAITING;
        Applicant applicant = new Applicant(UUID.randomUUID().toString(), outcome.reference(), form.name(),
                form.email(), form.organisation(), form.role(), form.basicTrainingCompleted(),
                form.formallyAppointed(), form.mode(), form.place(), form.region(), form.language(),
                form.availability(), form.avoid(), form.remarks(), status, now, now, 1, null);
        switch (store.create(applicant, now.plus(RETENTION))) {
            case CREATED -> {
                Log.info("signup stored", "status", status.name());
                send(SignupMails.confirmation(form, outcome.reference(), needsReview), "confirmation");
                for (String to : coordinators) {
                    send(SignupMails.coordinatorNotice(to, outcome.reference(), needsReview, siteUrl), "coordinator notice");
                }
            }
            case DUPLICATE -> {
                Log.info("signup not stored", "reason", "address already signed up");
                send(SignupMails.alreadySignedUp(form), "already-signed-up notice");
            }
        }
        return outcome;
    }

    /** Why this looks like a bot, or null. */
    private String botSignal(String honeypot, String elapsed) {
        if (honeypot != null && !honeypot.isBlank()) {
            return "honeypot filled";
        }
        if (elapsed == null || elapsed.isBlank()) {
            return null;
        }
        try {
            long millis = Long.parseLong(elapsed.strip());
            return millis < minimumFillTime.toMillis() ? "sent too fast" : null;
        } catch (NumberFormatException e) {
            return "fill time tampered with"; // signup.js only ever sends a whole number
        }
    }

    private void send(Mail mail, String what) {
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            // The application is stored already; the coordinators see it on the admin page either way.
            Log.error("signup mail failed", "mail", what, "exception", e.getClass().getName());
        }
    }
}
