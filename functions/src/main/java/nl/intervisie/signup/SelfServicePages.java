package nl.intervisie.signup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Page;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The models of the pages behind the links in mails (templates/confirm.ftl, templates/self-service.ftl); the templates
 * escape every value.
 */
public final class SelfServicePages {
    /** The statement and the export: other features' pages, for the link's person only. */
    public interface Extras {
        APIGatewayV2HTTPResponse statement(Applicant a, ApiRequest request);

        APIGatewayV2HTTPResponse export(Applicant a, ApiRequest request);
    }

    private final Page confirm = Page.of("confirm.ftl");
    private final Page self = Page.of("self-service.ftl");
    private final Clock clock;

    SelfServicePages(Clock clock) {
        this.clock = clock;
    }

    String confirm(String lang, String state, String action, String selfPath, boolean review) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("state", state);
        model.put("review", review);
        if (action != null) {
            model.put("action", action);
        }
        if (selfPath != null) {
            model.put("selfPath", selfPath);
        }
        return confirm.render(model);
    }

    /** The page for a link that opens nothing: bad, expired or gone. */
    String refused(String lang, String state) {
        return self.render(Map.of("lang", lang, "state", state));
    }

    /** After withdrawing or erasing: the link opens nothing any more. */
    String done(String lang, String state) {
        return self.render(Map.of("lang", lang, "state", state));
    }

    String person(String lang, String base, String q, Applicant a, String group, String done, ApiException error,
                  Map<String, String> sent) {
        boolean en = "en".equals(lang);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("state", "person");
        model.put("base", base);
        model.put("q", q);
        model.put("person", stored(a, en));
        model.put("status", status(a.status(), en));
        if (group != null) {
            model.put("group", group);
        }
        if (done != null && List.of("preferences", "left").contains(done)) {
            model.put("done", done);
        }
        List<FieldError> errors = error == null ? List.of() : error.errors();
        model.put("errors", errors.stream().map(e -> Map.of("message", e.message())).toList());
        Map<String, String> byField = new HashMap<>();
        errors.stream().filter(e -> e.field() != null).forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        model.put("errorsByField", byField);
        Map<String, String> values = new HashMap<>(Map.of(SignupFields.MODE, a.mode(), SignupFields.MUNICIPALITY,
                a.location() == null ? "" : a.location().municipality(), SignupFields.POSTCODE, "",
                SignupFields.LANGUAGE, a.language(), SignupFields.AVAILABILITY, String.join("\n", a.availability())));
        sent.forEach((k, v) -> {
            if (values.containsKey(k)) {
                values.put(k, v);
            }
        });
        model.put("values", values);
        model.put("municipalities", SignupPages.municipalities());
        model.put("version", Long.toString(a.version()));
        model.put("waiting", a.status().waiting());
        model.put("placed", a.status() == ApplicantStatus.PLACED || a.status() == ApplicantStatus.LEFT);
        model.put("canLeave", a.status() == ApplicantStatus.PLACED);
        int year = nl.intervisie.network.Calendar.today(clock).getYear();
        model.put("years", List.of(year, year - 1));
        return self.render(model);
    }

    private static List<Map<String, String>> stored(Applicant a, boolean en) {
        List<Map<String, String>> rows = new ArrayList<>();
        row(rows, en ? "Reference number" : "Referentienummer", a.reference());
        row(rows, en ? "Name" : "Naam", a.name());
        row(rows, en ? "E-mail address" : "E-mailadres", a.email());
        row(rows, en ? "Organisation" : "Organisatie", a.organisation());
        row(rows, en ? "Job or role" : "Functie of rol", a.role());
        row(rows, en ? "Basic training completed" : "Basisopleiding afgerond", yesNo(a.basicTrainingCompleted(), en));
        row(rows, en ? "Formally appointed" : "Formeel benoemd", yesNo(a.formallyAppointed(), en));
        row(rows, en ? "Taking part" : "Deelnemen", mode(a.mode(), en));
        row(rows, en ? "Municipality" : "Gemeente", a.location() == null ? "" : a.location().municipality());
        if (a.place() != null && !a.place().isEmpty()) {
            row(rows, en ? "Postcode or town (earlier sign-up)" : "Postcode of plaats (eerdere aanmelding)", a.place());
        }
        row(rows, en ? "Region" : "Regio", a.region());
        row(rows, en ? "Language of the group" : "Taal van de groep", "en".equals(a.language())
                ? (en ? "English" : "Engels") : (en ? "Dutch" : "Nederlands"));
        row(rows, en ? "When you can meet" : "Wanneer je kunt", SlotText.of(a.availability(), en));
        if (a.availabilityNote() != null && !a.availabilityNote().isEmpty()) {
            row(rows, en ? "Days or times (earlier sign-up)" : "Dagen of tijden (eerdere aanmelding)", a.availabilityNote());
        }
        row(rows, en ? "Rather not in a group with" : "Liever niet in een groep met", String.join(", ", a.avoid()));
        row(rows, en ? "Remarks" : "Opmerkingen", a.remarks());
        row(rows, en ? "Signed up on" : "Aangemeld op", nl.intervisie.network.Calendar.dateOf(a.createdAt()).toString());
        return rows;
    }

    private static void row(List<Map<String, String>> rows, String label, String value) {
        rows.add(Map.of("label", label, "value", value == null ? "" : value));
    }

    private static String yesNo(boolean value, boolean en) {
        return value ? (en ? "yes" : "ja") : (en ? "no" : "nee");
    }

    private static String mode(String mode, boolean en) {
        return switch (mode == null ? "" : mode) {
            case "in-person" -> en ? "in person" : "op locatie";
            case "online" -> "online";
            default -> en ? "either" : "allebei goed";
        };
    }

    static String status(ApplicantStatus status, boolean en) {
        return switch (status) {
            case WAITING -> en ? "Waiting for a place in a group" : "Wacht op een plaats in een groep";
            case NEEDS_REVIEW -> en ? "A coordinator looks at your application first (intake)" : "Een coördinator bekijkt je aanmelding eerst (intake)";
            case PLACED -> en ? "Member of a group" : "Lid van een groep";
            case LEFT -> en ? "Left your group" : "Je groep verlaten";
            case UNCONFIRMED -> en ? "Address not yet confirmed" : "Adres nog niet bevestigd";
            case DECLINED -> en ? "Not placed: the coordinators wrote to you why" : "Niet geplaatst: de coördinatoren hebben je gemaild waarom";
        };
    }
}
