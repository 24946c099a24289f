package nl.intervisie.planning;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Caller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP side of planning, for the routes {@code AttendanceHandler} declares: JSON in and out, the audit entry of
 * every write (ids and the acting role only), and the calendar feed as text/calendar. Decisions are in
 * {@link MeetingPlanner} and {@link CalendarFeeds}.
 */
public final class PlanningApi {
    private final MeetingPlanner planner;
    private final CalendarFeeds feeds;
    private final AuditLog audit;

    public PlanningApi(MeetingPlanner planner, CalendarFeeds feeds, AuditLog audit) {
        this.planner = planner;
        this.feeds = feeds;
        this.audit = audit;
    }

    public APIGatewayV2HTTPResponse list(ApiRequest request, Caller caller) {
        String groupId = request.pathParameter("groupId");
        return ApiResponse.json(200, planJson(groupId, planner.plan(caller, groupId, request.language())));
    }

    public APIGatewayV2HTTPResponse add(ApiRequest request, Caller caller) {
        String groupId = request.pathParameter("groupId");
        PlannedMeeting m = planner.add(groupId, request.jsonBody(), request.language());
        audit.record(caller, "plan.add", PlanItems.auditTargets(groupId, m.id()));
        return ApiResponse.json(201, json(m));
    }

    public APIGatewayV2HTTPResponse generate(ApiRequest request, Caller caller) {
        String groupId = request.pathParameter("groupId");
        List<PlannedMeeting> planned = planner.generate(groupId, request.jsonBody(), request.language());
        audit.record(caller, "plan.generate", PlanItems.auditTargets(groupId, planned.get(0).id()));
        return ApiResponse.json(201, planJson(groupId, planned));
    }

    public APIGatewayV2HTTPResponse edit(ApiRequest request, Caller caller) {
        String groupId = request.pathParameter("groupId");
        var edited = planner.edit(groupId, request.pathParameter("id"), request.jsonBody(), request.language());
        if (edited.change() != MeetingPlanner.Change.UNCHANGED) {
            audit.record(caller, "plan." + edited.change().name().toLowerCase(java.util.Locale.ROOT),
                    PlanItems.auditTargets(groupId, edited.meeting().id()));
        }
        return ApiResponse.json(200, json(edited.meeting()));
    }

    /** The feed: text/calendar, never cached by a shared cache (it is personal), no referrer. */
    public APIGatewayV2HTTPResponse feed(ApiRequest request) {
        CalendarFeeds.Answer answer = feeds.feed(request.pathParameter("token"), request.language());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "private, no-store");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Robots-Tag", "noindex");
        if (answer.ok()) {
            headers.put("Content-Disposition", "inline; filename=\"intervisie.ics\"");
            return ApiResponse.text(200, "text/calendar; charset=utf-8", answer.body(), headers);
        }
        return ApiResponse.text(answer.status(), "text/plain; charset=utf-8", answer.body(), headers);
    }

    private static Map<String, Object> planJson(String groupId, List<PlannedMeeting> meetings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupId", groupId);
        body.put("meetings", meetings.stream().map(PlanningApi::json).toList());
        return body;
    }

    static Map<String, Object> json(PlannedMeeting m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("groupId", m.groupId());
        json.put("date", m.date().toString());
        json.put("start", m.start().toString());
        json.put("end", m.end().toString());
        json.put("place", m.place());
        json.put("link", m.link());
        json.put("cancelled", m.cancelled());
        json.put("version", m.version());
        json.put("updatedAt", m.updatedAt().toString());
        return json;
    }
}
