package nl.intervisie.reminders;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.groups.Group;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.MailContact;
import nl.intervisie.mail.MailTemplates;
import nl.intervisie.planning.CalendarLinks;
import nl.intervisie.planning.PlannedMeeting;
import nl.intervisie.planning.UpcomingMeetings;
import nl.intervisie.signup.ApplicantLinks;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The facts of a reminder mail, in the person's language; the words are in templates/mail/{nl,en}/reminder.ftl. */
public final class ReminderText {
    private static final DateTimeFormatter NL_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter NL_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final ApplicantLinks links;
    private final CalendarLinks calendar;
    private final MailContact contact;

    public ReminderText(ApplicantLinks links, CalendarLinks calendar, MailContact contact) {
        this.links = links;
        this.calendar = calendar;
        this.contact = contact;
    }

    Mail mail(Applicant person, UpcomingMeetings.Upcoming u) {
        Language lang = Language.of(person.language());
        boolean en = lang == Language.EN;
        PlannedMeeting m = u.meeting();
        Group g = u.group();
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.name());
        model.put("group", g.name());
        model.put("date", (en ? EN_DATE : NL_DATE).format(m.date()));
        model.put("day", (en ? EN_DAY : NL_DAY).format(m.date()));
        model.put("start", m.start().toString());
        model.put("end", m.end().toString());
        model.put("link", blankToEmpty(m.link()));
        model.put("place", place(m, g));
        model.put("facilitator", blankToEmpty(g.facilitator()));
        model.put("facilitatorEmail", blankToEmpty(g.facilitatorEmail()));
        model.put("calendarUrl", calendar.url(person.id()));
        model.put("selfServiceUrl", links.selfServiceUrl(person.id(), en ? "en" : "nl"));
        contact.addTo(model);
        return MailTemplates.render("reminder", lang, model).to(person.email());
    }

    /** The meeting's own place; for an in-person group without one, the group's venue and town. */
    private static String place(PlannedMeeting m, Group g) {
        if (m.place() != null && !m.place().isBlank()) {
            return m.place();
        }
        if (g.online()) {
            return "";
        }
        String venue = blankToEmpty(g.venue());
        String city = blankToEmpty(g.city());
        return venue.isEmpty() ? city : city.isEmpty() || venue.contains(city) ? venue : venue + ", " + city;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
