package nl.intervisie.attendance;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.Language;
import nl.intervisie.http.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A participant's attendance statement as a printable page (templates/statement.ftl, on the site's layout): only
 * the model is built here, with dates and hours formatted for the language; the template escapes every value.
 * Styling comes from /css/site.css and /css/statement.css only (the CSP allows no inline styles).
 */
final class StatementPage {
    /** The page's own policy: its stylesheets and images from the site, nothing else; no scripts, no framing. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Page page = Page.of("statement.ftl");
    private final AttendanceService service;

    StatementPage(AttendanceService service) {
        this.service = service;
        if (Page.snapshotting()) {
            prime();
        }
    }

    /** Renders an empty statement once, so that a SnapStart snapshot holds Freemarker, the template and its code. */
    String prime() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        return render(new AttendanceService.Statement("priming", "priming", day, day, List.of(), Map.of(2026, 0), day,
                day, 0, service.rules(), day), new ApiRequest(APIGatewayV2HTTPEvent.builder()
                .withRawPath("/api/admin/attendance/statements/priming").build()));
    }

    String render(AttendanceService.Statement s, ApiRequest request) {
        Language lang = request.language();
        boolean en = lang == Language.EN;
        DateTimeFormatter longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", en ? Locale.UK : Locale.forLanguageTag("nl-NL"));
        AttendanceRules rules = s.rules();
        List<Map<String, String>> meetings = new ArrayList<>();
        int totalMinutes = 0;
        for (Meeting m : s.attended()) {
            totalMinutes += m.minutes();
            meetings.add(Map.of("date", SHORT_DATE.format(m.date()), "group", text(service.groupName(m.groupId())),
                    "method", service.methods().name(m.method(), en), "time", m.start() + "–" + m.end(),
                    "hours", hours(m.minutes(), en), "facilitator", text(m.facilitator())));
        }
        List<Map<String, Object>> years = new ArrayList<>();
        s.meetingsPerYear().forEach((year, count) ->
                years.add(Map.of("year", year, "count", count, "met", count >= rules.meetingsPerYear())));

        Map<String, Object> model = new HashMap<>();
        model.put("lang", en ? "en" : "nl");
        model.put("uri", request.path().substring(1));
        model.put("alternate", otherLanguage(request, en ? "nl" : "en"));
        model.put("name", s.name());
        model.put("period", longDate.format(s.from()) + " – " + longDate.format(s.to()));
        model.put("issuedOn", longDate.format(s.issuedOn()));
        model.put("meetings", meetings);
        model.put("totalHours", hours(totalMinutes, en));
        model.put("years", years);
        model.put("rules", Map.of("meetingsPerYear", rules.meetingsPerYear(), "hoursPerPeriod", rules.hoursPerPeriod(),
                "periodYears", rules.periodYears()));
        model.put("hoursFrom", longDate.format(s.hoursFrom()));
        model.put("hoursTo", longDate.format(s.hoursTo()));
        model.put("windowHours", hours(s.hoursWindowMinutes(), en));
        model.put("hoursMet", s.hoursWindowMinutes() >= rules.hoursPerPeriod() * 60);
        return page.render(model);
    }

    /** The same statement in the other language: the language switch of the layout. */
    private static String otherLanguage(ApiRequest request, String lang) {
        StringBuilder url = new StringBuilder(request.path()).append('?');
        for (String name : List.of("year", "from", "to")) {
            String value = request.query(name);
            if (value != null) {
                url.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return url.append("lang=").append(lang).toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String hours(int minutes, boolean english) {
        return english ? Hours.of(minutes).toPlainString() : Hours.dutch(minutes);
    }
}
