package nl.intervisie.admin;

import nl.intervisie.network.Calendar;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.attendance.AttendanceRules;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupCatalogue;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The coordinators' API under /api/admin/… (whoami, applicants, audit, groups). Every route starts with the
 * role check, even though API Gateway's authorizer already ran (defence in depth).
 */
public final class AdminHandler extends ApiHandler {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    public AdminHandler() {
        this(new DynamoAdminStore(), new DynamoGroupStore(), new AuditLog(), Calendar.system());
    }

    public AdminHandler(AdminStore store, GroupStore groupStore, AuditLog audit, Clock clock) {
        this(new ApplicantAdmin(store, audit, clock), new GroupAdmin(groupStore, store, clock),
                new MemberLeave(store, groupStore, audit, AttendanceRules.fromConfig(), clock), audit, clock);
    }

    public AdminHandler(ApplicantAdmin applicants, GroupAdmin groups, MemberLeave leave, AuditLog audit, Clock clock) {
        route("GET", "/api/admin/whoami", request -> {
            Caller caller = Caller.requireCoordinator(request);
            return ApiResponse.json(200, Map.of(
                    "subject", caller.subject(),
                    "username", caller.username(),
                    "groups", caller.groups()));
        });
        route("GET", "/api/admin/applicants", request -> {
            Caller.requireCoordinator(request);
            return ApiResponse.json(200, Map.of("applicants", applicants.list(status(request))));
        });
        route("GET", "/api/admin/applicants/{id}", request -> {
            Caller.requireCoordinator(request);
            return ApiResponse.json(200, applicants.get(request.pathParameter("id"), request.language()));
        });
        route("POST", "/api/admin/applicants/{id}/clear", request -> {
            Caller caller = Caller.requireCoordinator(request);
            return ApiResponse.json(200, applicants.clear(caller, request.pathParameter("id"), version(request),
                    request.language()));
        });
        route("GET", "/api/admin/applicants/{id}/export", request -> {
            Caller caller = Caller.requireCoordinator(request);
            String id = request.pathParameter("id");
            Map<String, Object> export = applicants.export(caller, id, request.language());
            // The id passed the id check in export(): letters, digits, dashes only, safe in a header.
            return ApiResponse.text(200, "application/json; charset=utf-8", Json.write(export),
                    Map.of("Content-Disposition", "attachment; filename=\"aanvrager-" + id + ".json\""));
        });
        route("DELETE", "/api/admin/applicants/{id}", request -> {
            Caller caller = Caller.requireCoordinator(request);
            return ApiResponse.json(200, Map.of("erased",
                    applicants.erase(caller, request.pathParameter("id"), request.language())));
        });
        route("GET", "/api/admin/audit", request -> {
            Caller.requireCoordinator(request);
            String month = month(request, clock);
            List<Map<String, Object>> entries = audit.month(month).stream().map(AuditLog.Entry::toJson).toList();
            return ApiResponse.json(200, Map.of("month", month, "entries", entries));
        });
        route("GET", "/api/admin/groups", request -> {
            Caller.requireCoordinator(request);
            return ApiResponse.json(200, Map.of("groups", groups.list()));
        });
        List<Map<String, Object>> methods = MethodList.load();
        route("GET", "/api/admin/methods", request -> {
            Caller.requireCoordinator(request);
            return ApiResponse.json(200, Map.of("methods", methods));
        });
        route("POST", "/api/admin/groups/sync", request -> {
            Caller caller = Caller.requireCoordinator(request);
            List<Group> catalogue = GroupCatalogue.load();
            Map<String, Object> result = groups.syncCatalogue(catalogue);
            audit.record(caller, "groups.sync", catalogue.stream().map(Group::id).toList());
            return ApiResponse.json(200, result);
        });
        route("GET", "/api/admin/groups/{id}/members", request -> {
            Caller.requireCoordinator(request);
            return ApiResponse.json(200, groups.members(request.pathParameter("id"), date(request), request.language()));
        });
        route("POST", "/api/admin/groups/{id}/members/{applicantId}/leave", request -> {
            Caller caller = Caller.requireCoordinator(request);
            Map<String, Object> body = request.body().isBlank() ? Map.of() : request.jsonBody();
            return ApiResponse.json(200, leave.leave(caller, request.pathParameter("id"),
                    request.pathParameter("applicantId"), body, request.language()));
        });
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
                    "Kies een status: NEEDS_REVIEW, WAITING, PLACED of LEFT.", "Choose a status: NEEDS_REVIEW, WAITING, PLACED or LEFT."))));
        }
    }

    /** The version the coordinator saw ({"version": n}); no body means "the current one". */
    private static Long version(ApiRequest request) {
        if (request.body().isBlank()) {
            return null;
        }
        Object value = request.jsonBody().get("version");
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
            try {
                BigInteger big = new BigDecimal(number.toString()).toBigIntegerExact();
                if (big.signum() >= 0 && big.bitLength() < 63) {
                    return big.longValue();
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // a fraction or something odd: the message below
            }
        }
        Language lang = request.language();
        throw new ApiException(400, List.of(new FieldError("version", lang.pick(
                "De versie moet een geheel getal van 0 of meer zijn.", "The version must be a whole number, 0 or more."))));
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
