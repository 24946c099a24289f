package nl.intervisie.planning;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.http.Language;
import nl.intervisie.network.Calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GET /api/calendar/{token}: the participant's calendar, made at request time from the current plan, so every change
 * reaches their calendar app on its next poll. It shows the planned meetings of each group the person is a member
 * of, from the day they joined (and until the day they leave). A forged link is 404; an expired one, or one of a
 * person who left every group or was erased, is 410 with a plain sentence, never data.
 */
public final class CalendarFeeds {
    /** How far back the feed keeps dates (a calendar app keeps what it had; this just keeps the feed small). */
    static final int MONTHS_BACK = 6;

    /** The answer: 200 with the calendar, or 404/410 with a sentence. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status == 200;
        }
    }

    private final CalendarLinks links;
    private final ApplicantStore applicants;
    private final MembershipStore memberships;
    private final GroupStore groups;
    private final PlanStore plans;
    private final Clock clock;

    public CalendarFeeds(CalendarLinks links, ApplicantStore applicants, MembershipStore memberships, GroupStore groups,
                         PlanStore plans, Clock clock) {
        this.links = links;
        this.applicants = applicants;
        this.memberships = memberships;
        this.groups = groups;
        this.plans = plans;
        this.clock = clock;
    }

    public Answer feed(String token, Language lang) {
        CalendarLinks.Checked checked = links.check(token);
        if (checked.applicantId().isEmpty()) {
            return checked.expired()
                    ? gone(lang.pick("Deze agendalink is verlopen. Vraag de coördinatoren om een nieuwe.",
                    "This calendar link has expired. Ask the coordinators for a new one."))
                    : new Answer(404, lang.pick("Deze agendalink is niet geldig. Gebruik de link uit je plaatsingsmail.",
                    "This calendar link is not valid. Use the link from your placement mail."));
        }
        String applicantId = checked.applicantId().get();
        Optional<Applicant> applicant = applicants.get(applicantId);
        LocalDate today = Calendar.today(clock);
        List<Membership> current = applicant.isEmpty() ? List.of()
                : memberships.ofPerson(applicantId).stream().filter(m -> m.current(today)).toList();
        if (current.isEmpty()) {
            return gone(lang.pick("Deze agenda bestaat niet meer: je zit niet meer in een intervisiegroep, of je gegevens zijn gewist.",
                    "This calendar no longer exists: you are no longer in an intervision group, or your data was erased."));
        }
        List<CalendarFeed.GroupPlan> shown = new ArrayList<>();
        LocalDate from = today.minusMonths(MONTHS_BACK);
        for (Membership m : current) {
            groups.get(m.groupId()).ifPresent(g -> shown.add(new CalendarFeed.GroupPlan(g.group(),
                    plans.ofGroup(m.groupId()).stream()
                            .filter(p -> !p.date().isBefore(from) && !p.date().isBefore(m.joinedOn())
                                    && (m.leftOn() == null || p.date().isBefore(m.leftOn())))
                            .toList())));
        }
        return new Answer(200, CalendarFeed.write(shown, "en".equals(applicant.get().language())));
    }

    private static Answer gone(String sentence) {
        return new Answer(410, sentence);
    }
}
