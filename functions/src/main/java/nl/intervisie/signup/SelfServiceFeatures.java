package nl.intervisie.signup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.attendance.AttendanceService;
import nl.intervisie.attendance.StatementPage;
import nl.intervisie.groups.MemberLeave;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.privacy.PrivacyService;

import java.util.Map;

/**
 * The other features' operations a person starts from their self-service page, each the feature's own (the same as
 * the coordinators' routes), run with {@link SelfService#SELF} as the caller so the audit log says who did it.
 */
public final class SelfServiceFeatures implements SelfService.Operations, SelfServicePages.Extras {
    private final MemberLeave leave;
    private final PrivacyService privacy;
    private final AttendanceService attendance;
    private final StatementPage statementPage;

    public SelfServiceFeatures(MemberLeave leave, PrivacyService privacy, AttendanceService attendance) {
        this.leave = leave;
        this.privacy = privacy;
        this.attendance = attendance;
        this.statementPage = new StatementPage(attendance);
    }

    @Override
    public void leave(String groupId, String applicantId, Language lang) {
        leave.leaveOwn(SelfService.SELF, groupId, applicantId, lang);
    }

    @Override
    public void erase(String applicantId, Language lang) {
        privacy.erase(SelfService.SELF, applicantId, lang);
    }

    @Override
    public String groupName(String groupId) {
        return attendance.groupName(groupId);
    }

    @Override
    public APIGatewayV2HTTPResponse statement(Applicant a, ApiRequest request) {
        var statement = attendance.statement(a.id(), request.query("year"), null, null, request.language());
        return ApiResponse.text(200, "text/html; charset=utf-8", statementPage.render(statement, request),
                Map.of("Content-Security-Policy", StatementPage.CSP, "Referrer-Policy", "no-referrer"));
    }

    @Override
    public APIGatewayV2HTTPResponse export(Applicant a, ApiRequest request) {
        return ApiResponse.text(200, "application/json; charset=utf-8",
                Json.write(privacy.export(SelfService.SELF, a.id(), request.language())),
                Map.of("Content-Disposition", "attachment; filename=\"intervisie-" + a.reference() + ".json\"",
                        "Referrer-Policy", "no-referrer"));
    }
}
