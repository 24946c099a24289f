package nl.intervisie.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.ApplicantActions;
import nl.intervisie.applicants.ApplicantReview;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.ApplicantDetail;
import nl.intervisie.groups.GroupAdmin;
import nl.intervisie.groups.GroupCatalogue;
import nl.intervisie.groups.HandPlacement;
import nl.intervisie.groups.MemberLeave;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.privacy.PrivacyService;
import nl.intervisie.wiring.Wiring;
import nl.intervisie.network.Calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The coordinators' API under /api/admin/… (whoami, applicants, privacy, audit, groups): thin routes over the
 * feature services. The router checks the role before a route runs, even though API Gateway's authorizer already
 * did (defence in depth). Facilitators reach only the leader routes (whoami, methods, their groups, members, a
 * member leaving), and the services check that the group is theirs.
 */
public final class AdminHandler extends ApiHandler {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final ApplicantReview applicants;
    private final ApplicantActions actions;
    private final ApplicantDetail detail;
    private final PrivacyService privacy;
    private final GroupAdmin groups;
    private final MemberLeave leave;
    private final HandPlacement placement;
    private final AuditLog audit;
    private final Clock clock;
    private final List<Map<String, Object>> methods = MethodList.load();

    public AdminHandler() {
        this(Wiring.standard());
    }

    public AdminHandler(Wiring wiring) {
        this(wiring.applicantReview(), wiring.applicantActions(), wiring.applicantDetail(), wiring.privacy(),
                wiring.groupAdmin(), wiring.memberLeave(), wiring.handPlacement(), wiring.audit(), wiring.clock());
    }

    public AdminHandler(ApplicantReview applicants, ApplicantActions actions, ApplicantDetail detail,
                        PrivacyService privacy, GroupAdmin groups, MemberLeave leave, HandPlacement placement,
                        AuditLog audit, Clock clock) {
        this.applicants = applicants;
        this.actions = actions;
        this.detail = detail;
        this.placement = placement;
        this.privacy = privacy;
        this.groups = groups;
        this.leave = leave;
        this.audit = audit;
        this.clock = clock;
        leader("GET", "/api/admin/whoami", this::whoami);
        coordinator("GET", "/api/admin/applicants", this::listApplicants);
        coordinator("GET", "/api/admin/applicants/{id}", this::applicant);
        coordinator("POST", "/api/admin/applicants/{id}/clear", this::clear);
        coordinator("POST", "/api/admin/applicants/{id}/intake", this::intake);
        coordinator("POST", "/api/admin/applicants/{id}/decline", this::decline);
        coordinator("PUT", "/api/admin/applicants/{id}/preferences", this::preferences);
        coordinator("GET", "/api/admin/applicants/{id}/export", this::export);
        coordinator("DELETE", "/api/admin/applicants/{id}", this::erase);
        coordinator("GET", "/api/admin/audit", this::auditMonth);
        leader("GET", "/api/admin/groups", this::listGroups);
        leader("GET", "/api/admin/methods", this::methods);
        coordinator("POST", "/api/admin/groups/sync", this::sync);
        coordinator("POST", "/api/admin/groups", this::createGroup);
        coordinator("GET", "/api/admin/groups/{id}", this::group);
        coordinator("PUT", "/api/admin/groups/{id}", this::updateGroup);
        coordinator("POST", "/api/admin/groups/{id}/members", this::placeByHand);
        leader("GET", "/api/admin/groups/{id}/members", this::members);
        leader("POST", "/api/admin/groups/{id}/members/{applicantId}/leave", this::leave);
    }

    private APIGatewayV2HTTPResponse whoami(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, Map.of(
                "subject", caller.subject(),
                "username", caller.username(),
                "groups", caller.groups(),
                "role", caller.role(),
                "leads", groups.ledBy(caller)));
    }

    private APIGatewayV2HTTPResponse listApplicants(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, Map.of("applicants", applicants.list(status(request), search(request))));
    }

    private APIGatewayV2HTTPResponse applicant(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, detail.detail(request.pathParameter("id"), request.language()));
    }

    private APIGatewayV2HTTPResponse clear(ApiRequest request, Caller caller) {
        applicants.clear(caller, request.pathParameter("id"), version(request), request.language());
        return applicant(request, caller);
    }

    /** Each step answers with the applicant as they are now: the page shows it and holds the new version. */
    private APIGatewayV2HTTPResponse intake(ApiRequest request, Caller caller) {
        actions.intake(caller, request.pathParameter("id"), request.jsonBody(), request.language());
        return applicant(request, caller);
    }

    private APIGatewayV2HTTPResponse decline(ApiRequest request, Caller caller) {
        boolean mailed = actions.decline(caller, request.pathParameter("id"), request.jsonBody(), request.language());
        Map<String, Object> out = new java.util.LinkedHashMap<>(detail.detail(request.pathParameter("id"), request.language()));
        out.put("mailed", mailed);
        return ApiResponse.json(200, out);
    }

    private APIGatewayV2HTTPResponse preferences(ApiRequest request, Caller caller) {
        actions.preferences(caller, request.pathParameter("id"), request.jsonBody(), request.language());
        return applicant(request, caller);
    }

    private APIGatewayV2HTTPResponse export(ApiRequest request, Caller caller) {
        String id = request.pathParameter("id");
        Map<String, Object> export = privacy.export(caller, id, request.language());
        // The id passed the id check in export(): letters, digits, dashes only, safe in a header.
        return ApiResponse.text(200, "application/json; charset=utf-8", Json.write(export),
                Map.of("Content-Disposition", "attachment; filename=\"aanvrager-" + id + ".json\""));
    }

    private APIGatewayV2HTTPResponse erase(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, Map.of("erased",
                privacy.erase(caller, request.pathParameter("id"), request.language())));
    }

    private APIGatewayV2HTTPResponse auditMonth(ApiRequest request, Caller caller) {
        String month = month(request, clock);
        List<Map<String, Object>> entries = audit.month(month).stream().map(AuditLog.Entry::toJson).toList();
        return ApiResponse.json(200, Map.of("month", month, "entries", entries));
    }

    private APIGatewayV2HTTPResponse listGroups(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, Map.of("groups", groups.list(caller)));
    }

    private APIGatewayV2HTTPResponse methods(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, Map.of("methods", methods));
    }

    private APIGatewayV2HTTPResponse sync(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, groups.importCatalogue(caller, GroupCatalogue.load()));
    }

    private APIGatewayV2HTTPResponse createGroup(ApiRequest request, Caller caller) {
        return ApiResponse.json(201, groups.create(caller, request.jsonBody(), request.language()));
    }

    private APIGatewayV2HTTPResponse group(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, groups.detail(request.pathParameter("id"), request.language()));
    }

    private APIGatewayV2HTTPResponse placeByHand(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, placement.place(caller, request.pathParameter("id"), request.jsonBody(),
                request.language()));
    }

    private APIGatewayV2HTTPResponse updateGroup(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, groups.update(caller, request.pathParameter("id"), request.jsonBody(),
                request.language()));
    }

    private APIGatewayV2HTTPResponse members(ApiRequest request, Caller caller) {
        return ApiResponse.json(200, groups.members(caller, request.pathParameter("id"), date(request), request.language()));
    }

    private APIGatewayV2HTTPResponse leave(ApiRequest request, Caller caller) {
        Map<String, Object> body = request.body().isBlank() ? Map.of() : request.jsonBody();
        return ApiResponse.json(200, leave.leave(caller, request.pathParameter("id"),
                request.pathParameter("applicantId"), body, request.language()));
    }

    private static ApplicantStatus status(ApiRequest request) {
        String value = request.query("status");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ApplicantStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, List.of(new FieldError("status", request.language().pick(
                    "Kies een status: NEEDS_REVIEW, WAITING, PLACED, LEFT of DECLINED.",
                    "Choose a status: NEEDS_REVIEW, WAITING, PLACED, LEFT or DECLINED."))));
        }
    }

    /** ?q=: search text for the applicants list (name, reference, organisation, e-mail); at most 100 characters. */
    private static String search(ApiRequest request) {
        String value = request.query("q");
        if (value != null && value.strip().length() > 100) {
            throw new ApiException(400, List.of(new FieldError("q", request.language().pick(
                    "Zoek met hoogstens 100 tekens.", "Search with at most 100 characters."))));
        }
        return value;
    }

    /** The version the coordinator saw ({"version": n}); no body means "the current one". */
    private static Long version(ApiRequest request) {
        return request.body().isBlank() ? null
                : ApplicantActions.version(request.jsonBody().get("version"), false, request.language());
    }

    private static LocalDate date(ApiRequest request) {
        String value = request.query("date");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(400, List.of(new FieldError("date", request.language().pick(
                    "Geef de datum als jjjj-mm-dd.", "Give the date as yyyy-mm-dd."))));
        }
    }

    private static String month(ApiRequest request, Clock clock) {
        String value = request.query("month");
        if (value == null || value.isBlank()) {
            return YearMonth.now(clock.withZone(Calendar.ZONE)).toString();
        }
        if (!MONTH.matcher(value.strip()).matches()) {
            throw new ApiException(400, List.of(new FieldError("month", request.language().pick(
                    "Geef de maand als jjjj-mm, bijvoorbeeld 2026-11.", "Give the month as yyyy-mm, for example 2026-11."))));
        }
        return value.strip();
    }

}
