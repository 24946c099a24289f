package nl.intervisie.planning;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.PlacementNotice;
import nl.intervisie.http.Log;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.Mailer;
import nl.intervisie.network.Calendar;
import nl.intervisie.signup.ApplicantLinks;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The mails of a placement: the placed person gets their group, the facilitator's first name, the coming dates
 * (times and place or link), their personal calendar feed and their self-service link; the group's facilitator, when
 * the group has a facilitatorEmail, gets the new member's name and e-mail address (the privacy statement says so).
 * A failed mail is logged (its kind only) and never undoes the placement.
 */
public final class PlacementMails implements PlacementNotice {
    /** How many coming dates a mail lists (a year at six a year; the feed has them all). */
    static final int LISTED = 6;
    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Mailer mailer;
    private final UpcomingMeetings upcoming;
    private final CalendarLinks calendar;
    private final ApplicantLinks selfService;
    private final Clock clock;

    public PlacementMails(Mailer mailer, UpcomingMeetings upcoming, CalendarLinks calendar, ApplicantLinks selfService,
                          Clock clock) {
        this.mailer = mailer;
        this.upcoming = upcoming;
        this.calendar = calendar;
        this.selfService = selfService;
        this.clock = clock;
    }

    /**
     * For tests and tools without the plan or the link key: the person's mail only, listing no dates and no links
     * (the deployed wiring always uses the full one).
     */
    public static PlacementNotice plain(Mailer mailer) {
        return (a, g) -> mailer.send(toPerson(a, g, List.of(), null, null));
    }

    @Override
    public void placed(Applicant a, Group g) {
        List<PlannedMeeting> coming;
        try {
            coming = upcoming.ofGroup(g.id(), Calendar.today(clock));
        } catch (RuntimeException e) {
            coming = List.of(); // the mails still go, with "no dates yet": better than none
            Log.error("placement mail: plan unreadable", "exception", e.getClass().getName());
        }
        List<PlannedMeeting> listed = coming.subList(0, Math.min(LISTED, coming.size()));
        if (a.email() != null && !a.email().isBlank()) {
            send(() -> toPerson(a, g, listed, calendar.url(a.id()), selfService.selfServiceUrl(a.id(), a.language())),
                    "placement");
        }
        if (g.facilitatorEmail() != null && !g.facilitatorEmail().isBlank()) {
            send(() -> toFacilitator(a, g, listed), "facilitator");
        }
    }

    /** Builds (links need the key) and sends one mail; a failure is logged by kind only, never thrown. */
    private void send(java.util.function.Supplier<Mail> mail, String kind) {
        try {
            mailer.send(mail.get());
        } catch (RuntimeException e) {
            Log.error("placement mail failed", "kind", kind, "exception", e.getClass().getName());
        }
    }

    static Mail toPerson(Applicant a, Group g, List<PlannedMeeting> coming, String calendarUrl, String selfServiceUrl) {
        boolean en = "en".equals(a.language());
        String where = g.online() ? "online" : g.city();
        String facilitator = g.facilitator() == null || g.facilitator().isBlank() ? null : g.facilitator();
        StringBuilder text = new StringBuilder();
        text.append(en ? "Dear " : "Beste ").append(a.name()).append(",\n\n");
        text.append(en ? "You have a place in the intervision group " : "Je bent geplaatst in de intervisiegroep ")
                .append(g.name()).append(" (").append(where).append(", ").append(en ? g.dayEnglish() : g.day())
                .append(", ").append(g.frequency()).append(").\n");
        if (facilitator != null) {
            text.append(en ? "Your facilitator is " + facilitator + ", who will contact you before the first meeting.\n"
                    : "Je begeleider is " + facilitator + " en neemt voor de eerste bijeenkomst contact met je op.\n");
        }
        text.append('\n').append(dates(coming, en)).append('\n');
        if (calendarUrl != null) {
            text.append(en ? "Your personal calendar link (subscribe to it in your calendar app; it follows every change):\n"
                    : "Je persoonlijke agendalink (abonneer je erop in je agenda-app; wijzigingen komen er vanzelf in):\n")
                    .append(calendarUrl).append("\n\n");
        }
        if (selfServiceUrl != null) {
            text.append(en ? "See what we keep about you, leave the group or download your statement:\n"
                    : "Bekijk wat we van je bewaren, verlaat de groep of download je verklaring:\n").append(selfServiceUrl).append("\n\n");
        }
        text.append(en ? "Your reference: " : "Je referentie: ").append(a.reference()).append("\n\n");
        text.append(en ? "Kind regards,\nThe intervision coordinators\n" : "Met vriendelijke groet,\nDe coördinatoren intervisie\n");
        return new Mail(a.email(), en ? "You have a place in an intervision group" : "Je bent geplaatst in een intervisiegroep",
                text.toString());
    }

    static Mail toFacilitator(Applicant a, Group g, List<PlannedMeeting> coming) {
        boolean en = "en".equals(g.language());
        String greeting = g.facilitator() == null || g.facilitator().isBlank() ? "" : " " + g.facilitator();
        String text = (en ? "Dear" : "Beste") + greeting + ",\n\n"
                + (en ? a.name() + " has been placed in your intervision group " + g.name() + ".\n"
                : a.name() + " is geplaatst in jouw intervisiegroep " + g.name() + ".\n")
                + (en ? "E-mail address: " : "E-mailadres: ") + a.email() + "\n\n"
                + (en ? "Please contact them before the first meeting: their placement mail says you will.\n\n"
                : "Neem voor de eerste bijeenkomst contact op: in de plaatsingsmail staat dat je dat doet.\n\n")
                + dates(coming, en) + "\n"
                + (en ? "This address is for contact within the group only; please do not pass it on.\n\n"
                : "Dit adres is alleen voor het contact binnen de groep; geef het niet door.\n\n")
                + (en ? "Kind regards,\nThe intervision coordinators\n" : "Met vriendelijke groet,\nDe coördinatoren intervisie\n");
        return new Mail(g.facilitatorEmail(), (en ? "New member in " : "Nieuw lid in ") + g.name(), text);
    }

    /** The coming dates, one a line: "dinsdag 9 februari 2027, 13:30–16:30, Stadskantoor, Utrecht". */
    static String dates(List<PlannedMeeting> coming, boolean en) {
        if (coming.isEmpty()) {
            return en ? "No dates have been planned yet; you will hear them in good time.\n"
                    : "Er zijn nog geen datums gepland; je hoort ze op tijd.\n";
        }
        StringBuilder text = new StringBuilder(en ? "The coming meetings:\n" : "De komende bijeenkomsten:\n");
        for (PlannedMeeting m : coming) {
            text.append("- ").append((en ? EN : NL).format(m.date())).append(", ").append(m.start()).append('–')
                    .append(m.end());
            if (!m.place().isEmpty()) {
                text.append(", ").append(m.place());
            }
            if (!m.link().isEmpty()) {
                text.append(", online: ").append(m.link());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
