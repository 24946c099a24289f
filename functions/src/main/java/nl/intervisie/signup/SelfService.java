package nl.intervisie.signup;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.http.Log;
import nl.intervisie.links.SignedLinks;
import nl.intervisie.mail.Mailer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a person can do with the signed link in their mails, without an account: see what is stored and where they
 * stand; while waiting change their preferences or withdraw; placed, leave their group (the coordinators are told);
 * and ask for erasure. The link is checked on every request: a forged, expired or revoked one (the key rotated)
 * opens nothing, nor does the link of a person whose data is gone.
 * <p>
 * Leaving, the statement and erasure are the existing features' own operations ({@link Operations}), run with the
 * self-service caller so the audit log says who did it.
 */
public final class SelfService {
    /** The actor in audit entries of what people do themselves. */
    public static final Caller SELF = new Caller("self-service", "self-service", List.of());

    /** The other features' operations a person may start on their own data. */
    public interface Operations {
        /** Ends the person's current membership of the group today (the group's coordinators' route does the same). */
        void leave(String groupId, String applicantId, Language lang);

        /** Erases every item of the person. */
        void erase(String applicantId, Language lang);

        /** The group's name for the page, or null when unknown. */
        String groupName(String groupId);
    }

    /** Why a link opens nothing. */
    public enum Refusal { BAD, EXPIRED, GONE }

    /** The person behind a link, or why not. */
    public record Opened(Applicant applicant, Refusal refusal) {
        public boolean ok() {
            return applicant != null;
        }
    }

    private final ApplicantStore store;
    private final ApplicantLinks links;
    private final Operations operations;
    private final Mailer mailer;
    private final SignupService.Settings settings;

    public SelfService(ApplicantStore store, ApplicantLinks links, Operations operations, Mailer mailer,
                       SignupService.Settings settings) {
        this.store = store;
        this.links = links;
        this.operations = operations;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** The person of a self-service token: only for a good, unexpired link to a confirmed application. */
    public Opened open(String token) {
        SignedLinks.Checked checked = links.checkSelf(token);
        if (!checked.valid()) {
            return new Opened(null, checked.state() == SignedLinks.State.EXPIRED ? Refusal.EXPIRED : Refusal.BAD);
        }
        Optional<Applicant> a = store.get(checked.subject()).filter(x -> x.status() != ApplicantStatus.UNCONFIRMED);
        return a.map(x -> new Opened(x, null)).orElse(new Opened(null, Refusal.GONE));
    }

    public String groupName(Applicant a) {
        return a.groupId() == null ? null : operations.groupName(a.groupId());
    }

    /**
     * New preferences from the page's form (mode, municipality or postcode, region, language, availability), checked as the sign-up
     * form checks them; 409 when the application changed since the page was shown or is no longer waiting.
     */
    public Applicant changePreferences(Applicant a, Map<String, String> sent, long version, Language lang) {
        if (!a.status().waiting()) {
            throw new ApiException(409, lang.pick("Je bent al in een groep geplaatst: je voorkeuren wijzigen kan nu "
                    + "via de coördinator.", "You have been placed in a group: ask the coordinator to change your preferences."));
        }
        Map<String, String> fields = SignupFields.of(a);
        fields.remove(SignupFields.PLACE); // the old free text stays as it was; a change gives municipality or postcode
        for (String name : List.of(SignupFields.MODE, SignupFields.MUNICIPALITY, SignupFields.POSTCODE,
                SignupFields.LANGUAGE, SignupFields.AVAILABILITY)) {
            fields.put(name, sent.getOrDefault(name, ""));
        }
        SignupValidator.Result result = SignupValidator.validate(fields, lang);
        if (!result.valid()) {
            throw new ApiException(400, result.errors());
        }
        SignupForm f = result.form();
        Applicant changed = a.withPreferences(f.mode(), f.location(), f.region(), f.language(), f.availability());
        if (version != a.version() || !store.changePreferences(changed, version)) {
            throw stale(lang);
        }
        Log.info("self-service", "action", "preferences");
        return changed;
    }

    /** Withdraws a waiting application: it is deleted with its guard. */
    public void withdraw(Applicant a, long version, Language lang) {
        if (!a.status().waiting()) {
            throw new ApiException(409, lang.pick("Je bent in een groep geplaatst: verlaat eerst je groep.",
                    "You have been placed in a group: leave your group first."));
        }
        if (version != a.version() || !store.withdraw(a)) {
            throw stale(lang);
        }
        Log.info("self-service", "action", "withdraw");
        tellCoordinators("aanmelding ingetrokken", a);
    }

    /** Leaves the group the person is placed in; the coordinators are told. */
    public void leave(Applicant a, Language lang) {
        if (a.status() != ApplicantStatus.PLACED || a.groupId() == null) {
            throw new ApiException(409, lang.pick("Je zit niet (meer) in een groep.", "You are not in a group (any more)."));
        }
        operations.leave(a.groupId(), a.id(), lang);
        Log.info("self-service", "action", "leave");
        String group = operations.groupName(a.groupId());
        tellCoordinators("groep verlaten" + (group == null ? "" : " (" + group + ")"), a);
    }

    /** Erases everything stored about the person; the coordinators are told (reference only). */
    public void erase(Applicant a, boolean sure, Language lang) {
        if (!sure) {
            throw new ApiException(400, List.of(new FieldError("sure", lang.pick(
                    "Vink aan dat je al je gegevens wilt laten wissen.", "Tick the box to confirm you want all your details erased."))));
        }
        String group = a.groupId() == null ? null : operations.groupName(a.groupId());
        operations.erase(a.id(), lang);
        Log.info("self-service", "action", "erase");
        tellCoordinators("alle gegevens gewist" + (group == null ? "" : ", was lid van " + group), a);
    }

    /** A fresh self-service path for this person (the page after confirming, or after an action). */
    public String path(String applicantId, String lang) {
        return links.selfServicePath(applicantId, lang);
    }


    private void tellCoordinators(String what, Applicant a) {
        for (String to : settings.coordinators()) {
            try {
                mailer.send(SignupMails.selfServiceNotice(to, what, a.reference(), settings.siteUrl()));
            } catch (RuntimeException e) {
                Log.error("self-service mail failed", "exception", e.getClass().getName());
            }
        }
    }

    private static ApiException stale(Language lang) {
        return new ApiException(409, lang.pick("Je gegevens zijn intussen gewijzigd. Open de pagina opnieuw via de link.",
                "Your details changed in the meantime. Open the page again from the link."));
    }
}
