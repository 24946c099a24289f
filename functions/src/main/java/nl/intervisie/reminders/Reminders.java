package nl.intervisie.reminders;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.http.Log;
import nl.intervisie.mail.MailQuota;
import nl.intervisie.mail.Mailer;
import nl.intervisie.network.Calendar;
import nl.intervisie.planning.UpcomingMeetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reminder mails before planned meetings. A run (daily, by schedule) looks at the meetings dated tomorrow up to
 * {@code daysBefore} days ahead that are not cancelled, and mails every member on the meeting's date who has not had
 * this reminder yet: so a reminder goes {@code daysBefore} days ahead, and a meeting planned (or a member placed)
 * later still gets one at the next run. Exactly once, however often or in parallel runs go: the (meeting, date,
 * person) marker is written with a condition before the mail is sent, and only the run that wrote it sends. A mail
 * that fails, or that the address's daily cap refuses, gives its marker back for the next run.
 * <p>
 * Only placed people with an address on record get one: an erased person is not there any more, an unconfirmed
 * address is never a member. Nothing about people is logged: counts only.
 */
public final class Reminders {
    /** What happened to one (meeting, member) pair in a run. */
    public enum Outcome { SENT, ALREADY_SENT, NOT_MAILED, CAPPED, FAILED }

    private final UpcomingMeetings upcoming;
    private final ApplicantStore applicants;
    private final ReminderMarks marks;
    private final MailQuota quota;
    private final Mailer mailer;
    private final ReminderText text;
    private final Clock clock;
    private final int daysBefore;

    public Reminders(UpcomingMeetings upcoming, ApplicantStore applicants, ReminderMarks marks, MailQuota quota,
                     Mailer mailer, ReminderText text, Clock clock, int daysBefore) {
        if (daysBefore < 1) {
            throw new IllegalArgumentException("REMINDER_DAYS_BEFORE must be 1 or more");
        }
        this.upcoming = upcoming;
        this.applicants = applicants;
        this.marks = marks;
        this.quota = quota;
        this.mailer = mailer;
        this.text = text;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** One run at the clock's now: how many pairs ended how (every outcome present, zero or more). */
    public Map<Outcome, Integer> run() {
        LocalDate today = Calendar.today(clock);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        for (UpcomingMeetings.Upcoming u : upcoming.between(today.plusDays(1), today.plusDays(daysBefore))) {
            for (String applicantId : u.memberIds()) {
                counts.merge(remind(u, applicantId), 1, Integer::sum);
            }
        }
        Log.info("reminders run", "sent", counts.get(Outcome.SENT), "alreadySent", counts.get(Outcome.ALREADY_SENT),
                "notMailed", counts.get(Outcome.NOT_MAILED), "capped", counts.get(Outcome.CAPPED),
                "failed", counts.get(Outcome.FAILED));
        return counts;
    }

    private Outcome remind(UpcomingMeetings.Upcoming u, String applicantId) {
        Optional<Applicant> found = applicants.get(applicantId);
        if (found.isEmpty() || found.get().status() != ApplicantStatus.PLACED
                || found.get().email() == null || found.get().email().isBlank()) {
            return Outcome.NOT_MAILED; // erased, not (or no longer) placed, or no address on record
        }
        Applicant person = found.get();
        ReminderMarks.Mark mark = new ReminderMarks.Mark(u.meeting().groupId(), u.meeting().id(), u.meeting().date(),
                applicantId);
        if (!marks.claim(mark)) {
            return Outcome.ALREADY_SENT;
        }
        if (!quota.take(person.email())) {
            marks.release(mark); // today's cap of this address is used up: the next run tries again
            return Outcome.CAPPED;
        }
        try {
            mailer.send(text.mail(person, u));
            return Outcome.SENT;
        } catch (RuntimeException e) {
            Log.error("reminder mail failed", "exception", e.getClass().getName());
            marks.release(mark);
            return Outcome.FAILED;
        }
    }
}
