package nl.intervisie.signup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Language;
import nl.intervisie.wiring.Wiring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The pages behind the links in mails to applicants (no account: the signed token in the path is the key).
 * <ul>
 * <li>GET /api/confirm/{token} shows one button; POST confirms the address. Mail scanners open links: opening alone
 * changes nothing.</li>
 * <li>GET /api/me/{token}: what is stored and where the person stands, with the forms for what they may do;
 * POST …/preferences, …/withdraw, …/leave, …/erase; GET …/statement (this or another year) and …/export (everything
 * stored, as JSON).</li>
 * </ul>
 * A bad, expired or revoked link gets a page that says so and shows nothing else. Thin: decisions are in
 * {@link SignupService#confirm} and {@link SelfService}.
 */
public final class SelfServiceHandler extends ApiHandler {
    /** As the sign-up pages, and no Referer: the token is in the address. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SignupHandler.PAGE_HEADERS.get("Content-Security-Policy"),
            "Referrer-Policy", "no-referrer");

    private final SignupService signup;
    private final SelfService self;
    private final SelfServicePages pages;
    private final SelfServicePages.Extras extras;

    public SelfServiceHandler() {
        this(Wiring.standard().signup(), Wiring.standard().selfService(), Wiring.standard().selfServiceExtras(),
                Wiring.standard().clock());
    }

    public SelfServiceHandler(SignupService signup, SelfService self, SelfServicePages.Extras extras, java.time.Clock clock) {
        this.signup = signup;
        this.self = self;
        this.extras = extras;
        this.pages = new SelfServicePages(clock);
        open("GET", "/api/confirm/{token}", this::askToConfirm);
        open("POST", "/api/confirm/{token}", this::confirm);
        open("GET", "/api/me/{token}", r -> withPerson(r, a -> page(200, r, a, r.query("done"))));
        open("POST", "/api/me/{token}/preferences", r -> withPerson(r, a -> preferences(r, a)));
        open("POST", "/api/me/{token}/withdraw", r -> withPerson(r, a -> {
            self.withdraw(a, version(r), r.language());
            return html(200, pages.done(lang(r), "withdrawn"));
        }));
        open("POST", "/api/me/{token}/leave", r -> withPerson(r, a -> {
            self.leave(a, r.language());
            return ApiResponse.seeOther(self.path(a.id(), lang(r)) + "&done=left");
        }));
        open("POST", "/api/me/{token}/erase", r -> withPerson(r, a -> {
            self.erase(a, "on".equals(r.formBody().get("sure")), r.language());
            return html(200, pages.done(lang(r), "erased"));
        }));
        open("GET", "/api/me/{token}/statement", r -> withPerson(r, a -> extras.statement(a, r)));
        open("GET", "/api/me/{token}/export", r -> withPerson(r, a -> extras.export(a, r)));
    }

    private APIGatewayV2HTTPResponse askToConfirm(ApiRequest request) {
        SignupService.Confirmation bad = signup.preview(request.pathParameter("token"));
        if (bad != null) {
            return bad == SignupService.Confirmation.EXPIRED ? html(410, pages.confirm(lang(request), "expired", null, null, false))
                    : html(404, pages.confirm(lang(request), "bad", null, null, false));
        }
        return html(200, pages.confirm(lang(request), "ask", request.path() + query(request), null, false));
    }

    private APIGatewayV2HTTPResponse confirm(ApiRequest request) {
        String lang = lang(request);
        SignupService.Confirmed c = signup.confirm(request.pathParameter("token"), lang);
        String selfPath = c.applicantId() == null ? null : self.path(c.applicantId(), lang);
        boolean review = c.status() == nl.intervisie.applicants.ApplicantStatus.NEEDS_REVIEW;
        return switch (c.result()) {
            case CONFIRMED -> html(200, pages.confirm(lang, "confirmed", null, selfPath, review));
            case ALREADY_CONFIRMED -> html(200, pages.confirm(lang, "already", null, selfPath, review));
            case EXPIRED -> html(410, pages.confirm(lang, "expired", null, null, false));
            case BAD_LINK -> html(404, pages.confirm(lang, "bad", null, null, false));
        };
    }

    /** Runs the action for the link's person, or answers with the page that says why the link opens nothing. */
    private APIGatewayV2HTTPResponse withPerson(ApiRequest request, Function<Applicant, APIGatewayV2HTTPResponse> action) {
        SelfService.Opened opened = self.open(request.pathParameter("token"));
        if (!opened.ok()) {
            int status = switch (opened.refusal()) {
                case BAD -> 404;
                case EXPIRED, GONE -> 410;
            };
            return html(status, pages.refused(lang(request), opened.refusal().name().toLowerCase(java.util.Locale.ROOT)));
        }
        try {
            return action.apply(opened.applicant());
        } catch (ApiException e) {
            return page(e.status(), request, self.open(request.pathParameter("token")).applicant(), null, e);
        }
    }

    private APIGatewayV2HTTPResponse preferences(ApiRequest request, Applicant a) {
        self.changePreferences(a, request.formBody(), version(request), request.language());
        return ApiResponse.seeOther(request.path().replace("/preferences", "") + query(request) + "&done=preferences");
    }

    private APIGatewayV2HTTPResponse page(int status, ApiRequest request, Applicant a, String done) {
        return page(status, request, a, done, null);
    }

    private APIGatewayV2HTTPResponse page(int status, ApiRequest request, Applicant a, String done, ApiException error) {
        if (a == null) {
            return html(410, pages.refused(lang(request), "gone"));
        }
        String base = "/api/me/" + request.pathParameter("token");
        Map<String, String> sent = error == null ? Map.of() : request.formBody();
        return html(status, pages.person(lang(request), base, query(request), a, self.groupName(a), done,
                error == null ? null : error, sent));
    }

    private static long version(ApiRequest request) {
        try {
            return Long.parseLong(request.formBody().getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String lang(ApiRequest request) {
        return request.language() == Language.EN ? "en" : "nl";
    }

    /** The language goes along in every link and form of these pages (the browser's Accept-Language need not match). */
    private static String query(ApiRequest request) {
        return "?lang=" + lang(request);
    }

    private static APIGatewayV2HTTPResponse html(int status, String body) {
        Map<String, String> headers = new LinkedHashMap<>(HEADERS);
        return ApiResponse.text(status, "text/html; charset=utf-8", body, headers);
    }
}
