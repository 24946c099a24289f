package nl.intervisie.planning;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.PlacementNotice;
import nl.intervisie.http.Log;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.MailContact;
import nl.intervisie.mail.MailTemplates;
import nl.intervisie.mail.Mailer;
import nl.intervisie.network.Calendar;
import nl.intervisie.signup.ApplicantLinks;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    private final MailContact contact;

    public PlacementMails(Mailer mailer, UpcomingMeetings upcoming, CalendarLinks calendar, ApplicantLinks selfService,
                          Clock clock, MailContact contact) {
        this.mailer = mailer;
        this.upcoming = upcoming;
        this.calendar = calendar;
        this.selfService = selfService;
        this.clock = clock;
        this.contact = contact;
    }

    /**
     * For tests and tools without the plan or the link key: the person's mail only, listing no dates and no links
     * (the deployed wiring always uses the full one).
     */
    public static PlacementNotice plain(Mailer mailer) {
        return (a, g) -> mailer.send(toPerson(a, g, List.of(), null, null, new MailContact(false, "")));
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

    Mail toPerson(Applicant a, Group g, List<PlannedMeeting> coming, String calendarUrl, String selfServiceUrl) {
        return toPerson(a, g, coming, calendarUrl, selfServiceUrl, contact);
    }

    static Mail toPerson(Applicant a, Group g, List<PlannedMeeting> coming, String calendarUrl, String selfServiceUrl,
                         MailContact contact) {
        boolean en = "en".equals(a.language());
        Map<String, Object> model = new HashMap<>();
        model.put("name", a.name());
        model.put("group", g.name());
        model.put("where", g.online() ? "online" : g.city());
        model.put("day", en ? g.dayEnglish() : g.day());
        model.put("frequency", g.frequency() == null ? "" : g.frequency());
        model.put("facilitator", g.facilitator() == null ? "" : g.facilitator().strip());
        model.put("meetings", meetings(coming, en));
        if (calendarUrl != null) {
            model.put("calendarUrl", calendarUrl);
        }
        if (selfServiceUrl != null) {
            model.put("selfServiceUrl", selfServiceUrl);
        }
        model.put("reference", a.reference());
        contact.addTo(model);
        return MailTemplates.render("placement", en ? Language.EN : Language.NL, model).to(a.email());
    }

    static Mail toFacilitator(Applicant a, Group g, List<PlannedMeeting> coming) {
        boolean en = "en".equals(g.language());
        Map<String, Object> model = new HashMap<>();
        model.put("facilitator", g.facilitator() == null ? "" : g.facilitator().strip());
        model.put("name", a.name());
        model.put("email", a.email());
        model.put("group", g.name());
        model.put("meetings", meetings(coming, en));
        return MailTemplates.render("new-member", en ? Language.EN : Language.NL, model).to(g.facilitatorEmail());
    }

    /** The dates for templates/mail/{lang}/meetings.ftl: "dinsdag 9 februari 2027", "13:30", "16:30", place, link. */
    static List<Map<String, String>> meetings(List<PlannedMeeting> coming, boolean en) {
        return coming.stream().map(m -> Map.of("date", (en ? EN : NL).format(m.date()), "start", m.start().toString(),
                "end", m.end().toString(), "place", m.place(), "link", m.link())).toList();
    }
}
