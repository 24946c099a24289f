package nl.intervisie.attendance;

import nl.intervisie.http.Language;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A participant's attendance statement as a printable HTML page (what they hand to their employer or registry).
 * Everything printed is escaped; styling comes from /css/statement.css only (the CSP allows no inline styles).
 */
final class StatementPage {
    /** The page's own policy: its stylesheet from the site, nothing else; no scripts, no framing. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private StatementPage() {
    }

    static String render(AttendanceService.Statement s, AttendanceService service, Language lang) {
        boolean en = lang == Language.EN;
        DateTimeFormatter longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", en ? Locale.UK : Locale.forLanguageTag("nl-NL"));
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        AttendanceRules rules = s.rules();
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "nl").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n<title>")
                .append(esc(lang.pick("Verklaring deelname intervisie – ", "Statement of intervision attendance – ") + s.name()))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/css/statement.css\">\n</head>\n<body>\n<main class=\"statement\">\n")
                .append("<h1>").append(lang.pick("Verklaring van deelname aan intervisie", "Statement of intervision attendance"))
                .append("</h1>\n<dl class=\"statement__facts\">\n")
                .append(fact(lang.pick("Deelnemer", "Participant"), s.name()))
                .append(fact(lang.pick("Periode", "Period"), longDate.format(s.from()) + " – " + longDate.format(s.to())))
                .append(fact(lang.pick("Afgegeven op", "Issued on"), longDate.format(s.issuedOn())))
                .append("</dl>\n");

        int totalMinutes = 0;
        h.append("<table class=\"statement__table\">\n<caption>")
                .append(lang.pick("Bijgewoonde intervisiebijeenkomsten", "Intervision meetings attended"))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(lang.pick("Datum", "Date"))
                .append("</th><th scope=\"col\">").append(lang.pick("Groep", "Group"))
                .append("</th><th scope=\"col\">").append(lang.pick("Methode", "Method"))
                .append("</th><th scope=\"col\">").append(lang.pick("Tijd", "Time"))
                .append("</th><th scope=\"col\" class=\"statement__number\">").append(lang.pick("Uren", "Hours"))
                .append("</th><th scope=\"col\">").append(lang.pick("Begeleider", "Facilitator"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Meeting m : s.attended()) {
            totalMinutes += m.minutes();
            h.append("<tr><td>").append(esc(shortDate.format(m.date())))
                    .append("</td><td>").append(esc(service.groupName(m.groupId())))
                    .append("</td><td>").append(esc(service.methods().name(m.method(), en)))
                    .append("</td><td>").append(esc(m.start() + "–" + m.end()))
                    .append("</td><td class=\"statement__number\">").append(esc(hours(m.minutes(), en)))
                    .append("</td><td>").append(esc(m.facilitator())).append("</td></tr>\n");
        }
        if (s.attended().isEmpty()) {
            h.append("<tr><td colspan=\"6\">").append(lang.pick("Geen bijeenkomsten in deze periode.",
                    "No meetings in this period.")).append("</td></tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"4\">")
                .append(lang.pick("Totaal", "Total")).append(" (").append(s.attended().size()).append(' ')
                .append(s.attended().size() == 1 ? lang.pick("bijeenkomst", "meeting") : lang.pick("bijeenkomsten", "meetings"))
                .append(")</th><td class=\"statement__number\">").append(esc(hours(totalMinutes, en)))
                .append("</td><td></td></tr></tfoot>\n</table>\n");

        h.append("<h2>").append(lang.pick("Getoetst aan de norm", "Against the requirement")).append("</h2>\n<ul class=\"statement__totals\">\n");
        for (Map.Entry<Integer, Integer> year : s.meetingsPerYear().entrySet()) {
            boolean met = year.getValue() >= rules.meetingsPerYear();
            h.append("<li>").append(year.getKey()).append(": ").append(year.getValue()).append(' ')
                    .append(year.getValue() == 1 ? lang.pick("bijeenkomst", "meeting") : lang.pick("bijeenkomsten", "meetings"))
                    .append(lang.pick(" (norm: ten minste ", " (requirement: at least ")).append(rules.meetingsPerYear())
                    .append(lang.pick(" per jaar) — ", " a year) — ")).append(verdict(met, lang)).append("</li>\n");
        }
        boolean hoursMet = s.hoursWindowMinutes() >= rules.hoursPerPeriod() * 60;
        h.append("<li>").append(lang.pick("Uren intervisie ", "Hours of intervision ")).append(esc(longDate.format(s.hoursFrom())))
                .append(" – ").append(esc(longDate.format(s.hoursTo()))).append(": ")
                .append(esc(hours(s.hoursWindowMinutes(), en))).append(lang.pick(" uur (norm: ", " hours (requirement: "))
                .append(rules.hoursPerPeriod()).append(lang.pick(" uur per ", " hours per ")).append(rules.periodYears())
                .append(lang.pick(" jaar) — ", " years) — ")).append(verdict(hoursMet, lang)).append("</li>\n</ul>\n");

        h.append("<p class=\"statement__note\">").append(lang.pick(
                        "Vastgelegd zijn alleen datum, tijden, methode, begeleider en aanwezigheid. Over wat in de groep besproken is, wordt niets vastgelegd.",
                        "Only date, times, method, facilitator and attendance are recorded. Nothing about what was discussed in the group is recorded."))
                .append("</p>\n<div class=\"statement__signature\"><p>").append(lang.pick("Coördinator intervisie", "Intervision coordinator"))
                .append("</p><p>").append(lang.pick("Datum en handtekening", "Date and signature")).append("</p></div>\n")
                .append("<p class=\"statement__hint\">").append(lang.pick(
                        "Druk deze pagina af of bewaar haar als pdf via het afdrukmenu van uw browser.",
                        "Print this page or save it as a PDF from your browser's print menu."))
                .append("</p>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String verdict(boolean met, Language lang) {
        return met ? "<strong class=\"statement__met\">" + lang.pick("voldaan", "met") + "</strong>"
                : lang.pick("nog niet voldaan", "not met yet");
    }

    private static String fact(String term, String value) {
        return "<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>\n";
    }

    private static String hours(int minutes, boolean english) {
        return english ? Hours.of(minutes).toPlainString() : Hours.dutch(minutes);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
