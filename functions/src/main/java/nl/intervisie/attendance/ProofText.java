package nl.intervisie.attendance;

import nl.intervisie.http.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words of a proof-of-attendance mail, in Dutch or English (plain text: what every mail client shows). */
record ProofText(Language lang, String name, String group, String method, Meeting meeting, MeetingProofs.Kind kind,
                 int yearMeetings, int yearMinutes, int periodMinutes, LocalDate periodFrom, AttendanceRules rules,
                 String link) {

    private boolean en() {
        return lang == Language.EN;
    }

    private String date(LocalDate d) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", en() ? Locale.UK : Locale.forLanguageTag("nl-NL")).format(d);
    }

    private String hours(int minutes) {
        return en() ? Hours.of(minutes).toPlainString() : Hours.dutch(minutes);
    }

    String subject() {
        String when = DateTimeFormatter.ofPattern("d-M-yyyy").format(meeting.date());
        return switch (kind) {
            case PROOF -> lang.pick("Bewijs van deelname: intervisie " + group + ", " + when,
                    "Proof of attendance: intervision " + group + ", " + when);
            case CORRECTED -> lang.pick("Gecorrigeerd bewijs van deelname: intervisie " + group + ", " + when,
                    "Corrected proof of attendance: intervision " + group + ", " + when);
            case WITHDRAWN -> lang.pick("Correctie: intervisie " + group + ", " + when,
                    "Correction: intervision " + group + ", " + when);
        };
    }

    String body() {
        String facts = en() ? """
                Group:        %s
                Date:         %s
                Time:         %s–%s (%s hours)
                Method:       %s
                Facilitator:  %s
                """ : """
                Groep:        %s
                Datum:        %s
                Tijd:         %s–%s (%s uur)
                Methode:      %s
                Begeleider:   %s
                """;
        facts = facts.formatted(group, date(meeting.date()), meeting.start(), meeting.end(), hours(meeting.minutes()),
                method, meeting.facilitator());
        int year = meeting.date().getYear();
        String totals = en() ? """
                Your total in %d: %d %s, %s hours (requirement: at least %d meetings a year).
                Your hours of intervision %s – %d: %s of %d hours for the re-certification (%d years).
                """.formatted(year, yearMeetings, yearMeetings == 1 ? "meeting" : "meetings", hours(yearMinutes),
                rules.meetingsPerYear(), periodFrom.getYear(), year, hours(periodMinutes), rules.hoursPerPeriod(),
                rules.periodYears())
                : """
                Je totaal in %d: %d %s, %s uur (norm: ten minste %d bijeenkomsten per jaar).
                Je uren intervisie %s – %d: %s van de %d uur voor de herregistratie (%d jaar).
                """.formatted(year, yearMeetings, yearMeetings == 1 ? "bijeenkomst" : "bijeenkomsten", hours(yearMinutes),
                rules.meetingsPerYear(), periodFrom.getYear(), year, hours(periodMinutes), rules.hoursPerPeriod(),
                rules.periodYears());
        return greeting() + intro() + "\n" + facts + "\n" + totals + "\n" + closing();
    }

    private String greeting() {
        return lang.pick("Beste " + name + ",\n\n", "Dear " + name + ",\n\n");
    }

    private String intro() {
        return switch (kind) {
            case PROOF -> lang.pick("Je was aanwezig bij deze intervisiebijeenkomst:\n",
                    "You attended this intervision meeting:\n");
            case CORRECTED -> lang.pick("De gegevens van deze bijeenkomst zijn gecorrigeerd. Dit bewijs vervangt het vorige:\n",
                    "The record of this meeting was corrected. This proof replaces the previous one:\n");
            case WITHDRAWN -> lang.pick("Bij een correctie ben je voor deze bijeenkomst niet meer als aanwezig vastgelegd; "
                            + "het eerdere bewijs vervalt:\n",
                    "After a correction you are no longer recorded as present at this meeting; the earlier proof no "
                            + "longer applies:\n");
        };
    }

    private String closing() {
        return lang.pick("""
                Je verklaring over %d (af te drukken of als pdf te bewaren), altijd met de actuele stand:
                %s
                De link werkt een jaar. Over wat in de groep besproken is, wordt niets vastgelegd.

                Met vriendelijke groet,
                De coördinatoren intervisie
                """, """
                Your statement for %d (to print or save as a PDF), up to date whenever you open it:
                %s
                The link works for a year. Nothing about what was discussed in the group is recorded.

                Kind regards,
                The intervision coordinators
                """).formatted(meeting.date().getYear(), link);
    }
}
