package nl.intervisie.attendance;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.http.Language;
import nl.intervisie.http.Log;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.MailContact;
import nl.intervisie.mail.Mailer;
import nl.intervisie.signup.ApplicantLinks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proof of attendance after a meeting is recorded: every member marked present gets a mail in their language with
 * the meeting, their running totals (the year, and the re-certification period ending with that year: the figures
 * their statement shows), a signed link to that statement and one to their self-service page. A correction mails only the people it concerns: a
 * proof to who is newly present, a corrected proof to who stays present when the meeting's facts (times, method,
 * facilitator) changed, a notice to who is no longer present; re-recording an unchanged meeting mails nobody. Only to people whose address is on record.
 */
public final class MeetingProofs {
    /** Why a person gets a mail. */
    enum Kind { PROOF, CORRECTED, WITHDRAWN }

    /** One mail to send: who, and why. */
    record Due(String applicantId, Kind kind) {
    }

    private final AttendanceService service;
    private final ApplicantStore applicants;
    private final Mailer mailer;
    private final StatementLinks links;
    private final ApplicantLinks selfService;
    private final MailContact contact;

    public MeetingProofs(AttendanceService service, ApplicantStore applicants, Mailer mailer, StatementLinks links,
                         ApplicantLinks selfService, MailContact contact) {
        this.service = service;
        this.applicants = applicants;
        this.mailer = mailer;
        this.links = links;
        this.selfService = selfService;
        this.contact = contact;
    }

    /** Sends what the recording calls for; returns how many mails went out. */
    public int send(AttendanceService.Recorded recorded) {
        int sent = 0;
        for (Due due : due(recorded)) {
            Optional<Applicant> applicant = applicants.get(due.applicantId());
            if (applicant.isEmpty() || applicant.get().email() == null || applicant.get().email().isBlank()) {
                continue; // erased meanwhile, or no address on record
            }
            try {
                mailer.send(mail(applicant.get(), recorded.meeting(), due.kind()));
                sent++;
            } catch (RuntimeException e) {
                // The meeting is recorded; one failed mail must not undo that. Ids and names stay out of the log.
                Log.error("proof mail failed", "exception", e.getClass().getName());
            }
        }
        return sent;
    }

    /** Who gets which mail: a pure decision on the meeting before and after. */
    static List<Due> due(AttendanceService.Recorded r) {
        Map<String, AttendanceStatus> before = new HashMap<>();
        r.previousAttendees().forEach(a -> before.put(a.applicantId(), a.status()));
        boolean factsChanged = r.previous() == null || !sameFacts(r.previous(), r.meeting());
        List<Due> due = new ArrayList<>();
        for (Attendee a : r.attendees()) {
            boolean wasPresent = before.get(a.applicantId()) == AttendanceStatus.PRESENT;
            if (a.status() == AttendanceStatus.PRESENT && !wasPresent) {
                due.add(new Due(a.applicantId(), Kind.PROOF)); // their first proof of this meeting
            } else if (a.status() == AttendanceStatus.PRESENT && factsChanged) {
                due.add(new Due(a.applicantId(), Kind.CORRECTED));
            } else if (a.status() != AttendanceStatus.PRESENT && wasPresent) {
                due.add(new Due(a.applicantId(), Kind.WITHDRAWN));
            }
        }
        return due;
    }

    private static boolean sameFacts(Meeting a, Meeting b) {
        return a.start().equals(b.start()) && a.end().equals(b.end()) && a.method().equals(b.method())
                && Objects.equals(a.facilitator(), b.facilitator());
    }

    Mail mail(Applicant person, Meeting m, Kind kind) {
        Language lang = "en".equals(person.language()) ? Language.EN : Language.NL;
        var statement = service.statement(person.id(), Integer.toString(m.date().getYear()), null, null, lang);
        int yearMinutes = statement.attended().stream().mapToInt(Meeting::minutes).sum();
        ProofText text = new ProofText(lang, person.name(), service.groupName(m.groupId()),
                service.methods().name(m.method(), lang == Language.EN), m, kind, statement.attended().size(), yearMinutes,
                statement.hoursWindowMinutes(), statement.hoursFrom(), service.rules(),
                links.url(person.id(), m.date().getYear(), person.language()),
                selfService.selfServiceUrl(person.id(), person.language()), contact);
        return text.render().to(person.email());
    }
}
