package nl.intervisie.attendance;

import nl.intervisie.http.Language;
import nl.intervisie.mail.MailContact;
import nl.intervisie.mail.MailTemplates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The facts of a proof-of-attendance mail, in Dutch or English; the words are in templates/mail/{nl,en}/proof.ftl. */
record ProofText(Language lang, String name, String group, String method, Meeting meeting, MeetingProofs.Kind kind,
                 int yearMeetings, int yearMinutes, int periodMinutes, LocalDate periodFrom, AttendanceRules rules,
                 String link, String selfServiceUrl, MailContact contact) {

    private boolean en() {
        return lang == Language.EN;
    }

    private String date(LocalDate d) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", en() ? Locale.UK : Locale.forLanguageTag("nl-NL")).format(d);
    }

    private String hours(int minutes) {
        return en() ? Hours.of(minutes).toPlainString() : Hours.dutch(minutes);
    }

    MailTemplates.Text render() {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.name());
        model.put("name", name);
        model.put("group", group);
        model.put("shortDate", DateTimeFormatter.ofPattern("d-M-yyyy").format(meeting.date()));
        model.put("date", date(meeting.date()));
        model.put("start", meeting.start().toString());
        model.put("end", meeting.end().toString());
        model.put("hours", hours(meeting.minutes()));
        model.put("method", method);
        if (meeting.facilitator() != null) {
            model.put("facilitator", meeting.facilitator());
        }
        model.put("year", Integer.toString(meeting.date().getYear()));
        model.put("yearMeetings", yearMeetings);
        model.put("yearHours", hours(yearMinutes));
        model.put("meetingsPerYear", rules.meetingsPerYear());
        model.put("periodFrom", Integer.toString(periodFrom.getYear()));
        model.put("periodHours", hours(periodMinutes));
        model.put("hoursPerPeriod", rules.hoursPerPeriod());
        model.put("periodYears", rules.periodYears());
        model.put("statementUrl", link);
        model.put("selfServiceUrl", selfServiceUrl);
        contact.addTo(model);
        return MailTemplates.render("proof", lang, model);
    }
}
