package nl.intervisie.attendance;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.planning.PlanningApi;
import nl.intervisie.wiring.Wiring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Meetings and attendance: record and list a group's meetings (coordinators, and the group's own facilitator: leader
 * routes, the object checked in {@link GroupMeetings}), the year report (JSON or CSV) and a participant's printable
 * statement (coordinators), and the statement a proof mail links to (public, behind a signed, expiring token).
 * Every write is audited (ids and the acting role only).
 */
public final class AttendanceHandler extends ApiHandler {
    private static final String MEETINGS = "/api/admin/groups/{groupId}/meetings";
    private static final String MEETING = MEETINGS + "/{date}";
    private static final String PLANNING = "/api/admin/groups/{groupId}/planning";

    private final AttendanceService service;
    private final GroupMeetings meetings;
    private final StatementLinks links;
    private final AuditLog audit;
    private final StatementPage statementPage;

    public AttendanceHandler() {
        this(Wiring.standard());
    }

    public AttendanceHandler(Wiring wiring) {
        this(wiring.attendance(), wiring.groupMeetings(), wiring.statementLinks(), wiring.audit(), wiring.planningApi());
    }

    public AttendanceHandler(AttendanceService service, GroupMeetings meetings, StatementLinks links, AuditLog audit,
                             PlanningApi planning) {
        this.service = service;
        this.meetings = meetings;
        this.links = links;
        this.audit = audit;
        this.statementPage = new StatementPage(service);
        leader("GET", MEETINGS, this::list);
        leader("GET", MEETING, this::get);
        leader("PUT", MEETING, this::record);
        coordinator("GET", "/api/admin/attendance/reports/{year}", this::report);
        coordinator("GET", "/api/admin/attendance/statements/{applicantId}", this::statement);
        // The participant's own link from a proof mail: the signed token is the key (no account, no sign-in).
        open("GET", "/api/statement/{token}", this::linkedStatement);
        // Planned meetings: coordinators plan; the group's facilitator reads (object check in MeetingPlanner).
        leader("GET", PLANNING, planning::list);
        coordinator("POST", PLANNING, planning::add);
        coordinator("POST", PLANNING + "/generate", planning::generate);
        coordinator("PUT", PLANNING + "/{id}", planning::edit);
        // A participant's calendar feed: the signed token is the key, as for the statement.
        open("GET", "/api/calendar/{token}", planning::feed);
    }

    private APIGatewayV2HTTPResponse record(ApiRequest request, Caller caller) {
        String groupId = request.pathParameter("groupId");
        String date = request.pathParameter("date");
        var recorded = meetings.record(caller, groupId, date, request::jsonBody, request.language());
        audit.record(caller, recorded.created() ? "meeting.record" : "meeting.replace",
                AttendanceItems.auditTargets(groupId, recorded.meeting().date()));
        return ApiResponse.json(recorded.created() ? 201 : 200, meetingJson(recorded.meeting(), recorded.attendees(), request));
    }

    private APIGatewayV2HTTPResponse list(ApiRequest request, Caller caller) {
        String groupId = request.pathParameter("groupId");
        var found = meetings.meetings(caller, groupId, request.query("year"), request.language());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupId", groupId);
        body.put("meetings", found.stream().map(m -> meetingJson(m, null, request)).toList());
        return ApiResponse.json(200, body);
    }

    private APIGatewayV2HTTPResponse get(ApiRequest request, Caller caller) {
        var found = meetings.meeting(caller, request.pathParameter("groupId"), request.pathParameter("date"),
                request.language());
        return ApiResponse.json(200, meetingJson(found.meeting(), found.attendees(), request));
    }

    private APIGatewayV2HTTPResponse report(ApiRequest request, Caller caller) {
        String format = request.query("format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new ApiException(400, List.of(new FieldError("format", request.language().pick(
                    "Kies format=csv of format=json.", "Choose format=csv or format=json."))));
        }
        var report = service.yearReport(request.pathParameter("year"), request.language());
        if ("csv".equals(format)) {
            String file = request.language().pick("aanwezigheid-", "attendance-") + report.year() + ".csv";
            return ApiResponse.text(200, "text/csv; charset=utf-8", ReportCsv.write(report, request.language()),
                    Map.of("Content-Disposition", "attachment; filename=\"" + file + "\""));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", report.year());
        body.put("rules", rulesJson(report.rules()));
        body.put("participants", report.rows().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("applicantId", r.applicantId());
            row.put("name", r.name());
            row.put("groups", r.groups());
            row.put("attended", r.attended());
            row.put("excused", r.excused());
            row.put("absent", r.absent());
            row.put("hours", Hours.of(r.minutes()));
            row.put("required", report.rules().meetingsPerYear());
            row.put("met", r.met());
            return row;
        }).toList());
        body.put("met", report.rows().stream().filter(AttendanceService.ReportRow::met).count());
        return ApiResponse.json(200, body);
    }

    private APIGatewayV2HTTPResponse statement(ApiRequest request, Caller caller) {
        var statement = service.statement(request.pathParameter("applicantId"), request.query("year"),
                request.query("from"), request.query("to"), request.language());
        return ApiResponse.text(200, "text/html; charset=utf-8",
                statementPage.render(statement, request),
                Map.of("Content-Security-Policy", StatementPage.CSP, "Referrer-Policy", "no-referrer"));
    }

    /** The statement a proof mail links to; a forged or expired link gets a plain sentence, never the page. */
    private APIGatewayV2HTTPResponse linkedStatement(ApiRequest request) {
        var checked = links.check(request.pathParameter("token"));
        var lang = request.language();
        Map<String, String> headers = Map.of("Cache-Control", "no-store", "Referrer-Policy", "no-referrer",
                "X-Robots-Tag", "noindex");
        if (checked.link().isEmpty()) {
            return ApiResponse.text(checked.expired() ? 410 : 404, "text/plain; charset=utf-8", checked.expired()
                    ? lang.pick("Deze link is verlopen. Bij je volgende bewijs van deelname krijg je een nieuwe; of vraag de coördinatoren om je verklaring.",
                    "This link has expired. Your next proof of attendance brings a new one; or ask the coordinators for your statement.")
                    : lang.pick("Deze link is niet geldig. Gebruik de link uit je laatste bewijs van deelname.",
                    "This link is not valid. Use the link from your latest proof of attendance."), headers);
        }
        var link = checked.link().get();
        var statement = service.statement(link.applicantId(), Integer.toString(link.year()), null, null, lang);
        Map<String, String> pageHeaders = new LinkedHashMap<>(headers);
        pageHeaders.put("Content-Security-Policy", StatementPage.CSP);
        return ApiResponse.text(200, "text/html; charset=utf-8", statementPage.render(statement, request), pageHeaders);
    }

    private Map<String, Object> meetingJson(Meeting m, List<Attendee> attendees, ApiRequest request) {
        boolean english = request.language() == nl.intervisie.http.Language.EN;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("groupId", m.groupId());
        json.put("date", m.date().toString());
        json.put("start", m.start().toString());
        json.put("end", m.end().toString());
        json.put("hours", Hours.of(m.minutes()));
        json.put("method", m.method());
        json.put("methodName", service.methods().name(m.method(), english));
        json.put("facilitator", m.facilitator());
        json.put("present", m.present());
        json.put("excused", m.excused());
        json.put("absent", m.absent());
        if (attendees != null) {
            json.put("attendance", attendees.stream().map(a -> Map.of("applicantId", a.applicantId(),
                    "status", a.status().value())).toList());
        }
        return json;
    }

    private static Map<String, Object> rulesJson(AttendanceRules rules) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meetingsPerYear", rules.meetingsPerYear());
        json.put("hoursPerPeriod", rules.hoursPerPeriod());
        json.put("periodYears", rules.periodYears());
        return json;
    }
}
