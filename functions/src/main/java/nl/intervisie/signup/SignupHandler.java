package nl.intervisie.signup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.wiring.Wiring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /api/signup — the public sign-up form. JSON (from signup.js) gets 201 with the reference, or 400 with the
 * field messages. A plain HTML form post (no JavaScript) gets 303 to the confirmation page, or 400 with the form
 * again, filled in, with the messages. GET /api/signup/confirmation shows that confirmation with the reference.
 */
public final class SignupHandler extends ApiHandler {
    /** The pages this function renders: strict, no inline anything, nothing framed. */
    static final Map<String, String> PAGE_HEADERS = Map.of("Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'");

    private final SignupService service;
    private final SignupPages pages = new SignupPages();

    public SignupHandler() {
        this(Wiring.standard().signup());
    }

    public SignupHandler(SignupService service) {
        this.service = service;
        open("POST", "/api/signup", this::signUp);
        open("GET", "/api/signup/confirmation", this::confirmation);
    }

    private APIGatewayV2HTTPResponse signUp(ApiRequest request) {
        String type = request.contentType();
        boolean htmlForm = type.equals("application/x-www-form-urlencoded");
        if (!htmlForm && !type.equals("application/json")) {
            throw new ApiException(415, request.language().pick(
                    "Stuur het formulier als JSON of als gewoon HTML-formulier.",
                    "Send the form as JSON or as a plain HTML form."));
        }
        Map<String, String> fields = htmlForm ? known(request.formBody()) : textFields(request.jsonBody(), request.language());
        Language lang = fields.containsKey(SignupFields.FORM_LANG)
                ? Language.of(fields.get(SignupFields.FORM_LANG)) : request.language();
        SignupValidator.Result result = SignupValidator.validate(fields, lang);
        if (!result.valid()) {
            if (htmlForm) {
                return ApiResponse.text(400, "text/html; charset=utf-8",
                        pages.formPage(lang, fields, result.errors()), PAGE_HEADERS);
            }
            throw new ApiException(400, result.errors());
        }
        SignupService.Outcome outcome = service.signUp(result.form(),
                fields.get(SignupFields.HONEYPOT), fields.get(SignupFields.ELAPSED));
        String query = "?ref=" + outcome.reference() + (outcome.needsReview() ? "&review=1" : "");
        if (htmlForm) {
            // The language goes along explicitly: the browser's Accept-Language need not match the form's.
            return ApiResponse.seeOther("/api/signup/confirmation" + query + (lang == Language.EN ? "&lang=en" : "&lang=nl"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", outcome.reference());
        body.put("needsReview", outcome.needsReview());
        body.put("confirmation", (lang == Language.EN ? SignupPages.THANKS_EN : SignupPages.THANKS_NL) + query);
        return ApiResponse.json(201, body);
    }

    private APIGatewayV2HTTPResponse confirmation(ApiRequest request) {
        Language lang = request.language();
        String reference = request.query("ref");
        if (!References.isValid(reference)) {
            throw new ApiException(400, lang.pick("Dit referentienummer klopt niet.", "This reference number is not valid."));
        }
        return ApiResponse.text(200, "text/html; charset=utf-8",
                pages.confirmationPage(lang, reference, "1".equals(request.query("review"))), PAGE_HEADERS);
    }

    /** Only the fields a sign-up has: anything else the sender added is dropped, never echoed. */
    private static Map<String, String> known(Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : SignupFields.ALL) {
            if (form.containsKey(name)) {
                fields.put(name, form.get(name));
            }
        }
        return fields;
    }

    /** JSON values as the form's text: strings as they are, booleans and whole numbers as text, lists of strings one per line. */
    static Map<String, String> textFields(Map<String, Object> json, Language lang) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String name : SignupFields.ALL) {
            Object value = json.get(name);
            if (value == null) {
                continue;
            }
            if (value instanceof String s) {
                fields.put(name, s);
            } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
                fields.put(name, value.toString());
            } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                fields.put(name, String.join("\n", list.stream().map(String.class::cast).toList()));
            } else {
                errors.add(new FieldError(name, lang.pick("Dit veld moet tekst zijn.", "This field must be text.")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, errors);
        }
        return fields;
    }
}
