package nl.intervisie.signup;

import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.intervisie.signup.SignupFields.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The form macro (templates/signup-form.ftl, the one source of the form for the static pages and the function)
 * offers what the validator accepts: the same field names, the same maximum lengths, the same choices. And the
 * messages sit where the validator and signup.js expect them.
 */
class SignupFormTest {
    private static final Pattern CONTROL = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-z-]+)(?:=\"([^\"]*)\")?");

    private final SignupPages pages = new SignupPages();

    @ParameterizedTest
    @EnumSource(Language.class)
    void theFormHasTheValidatorsFieldsLengthsAndChoices(Language lang) {
        String form = form(pages.formPage(lang, Map.of(), List.of()));
        Set<String> names = new LinkedHashSet<>();
        Map<String, String> maxLength = new LinkedHashMap<>();
        Map<String, List<String>> radioValues = new LinkedHashMap<>();
        List<String> slotValues = new ArrayList<>();
        for (Map<String, String> control : controls(form)) {
            String name = control.get("name");
            names.add(name);
            if (control.containsKey("maxlength")) {
                maxLength.put(name, control.get("maxlength"));
            }
            if ("radio".equals(control.get("type"))) {
                radioValues.computeIfAbsent(name, k -> new ArrayList<>()).add(control.get("value"));
            }
            if (AVAILABILITY.equals(name)) {
                slotValues.add(control.get("value"));
            }
        }
        List<String> formFields = new ArrayList<>(ALL);
        formFields.removeAll(List.of(PLACE, REGION)); // JSON only: free text and a region from older clients
        assertEquals(new LinkedHashSet<>(formFields), names, "every field a sign-up carries, in form order, and no other");
        assertEquals(Map.of(NAME, SignupValidator.MAX_NAME, EMAIL, SignupValidator.MAX_EMAIL,
                        ORGANISATION, SignupValidator.MAX_ORGANISATION, ROLE, SignupValidator.MAX_ROLE,
                        MUNICIPALITY, SignupPlace.MAX_MUNICIPALITY, POSTCODE, SignupPlace.MAX_POSTCODE,
                        AVOID, SignupValidator.MAX_AVOID, REMARKS, SignupValidator.MAX_REMARKS).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())),
                maxLength);
        assertEquals(Map.of(MODE, MODES, LANGUAGE, LANGUAGES), radioValues);
        assertEquals(ANY, slotValues.removeFirst(), "first: any part of the day");
        assertEquals(SLOTS.stream().filter(slot -> FORM_DAYS.stream().anyMatch(slot::startsWith)).toList(), slotValues,
                "then every part of every working day, each a value the validator accepts");
        List<String> suggested = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"").matcher(
                form.substring(form.indexOf("<datalist id=\"municipality-list\""), form.indexOf("</datalist>")));
        while (option.find()) {
            suggested.add(option.group(1).replace("&#39;", "'"));
        }
        assertEquals(342, suggested.size(), "every packaged municipality is suggested");
        assertTrue(suggested.stream().allMatch(m -> nl.intervisie.places.Places.netherlands().byMunicipality(m).isPresent()),
                "and each suggestion is accepted");
        assertTrue(form.contains("<input type=\"hidden\" name=\"lang\" value=\"" + (lang == Language.EN ? "en" : "nl") + "\">"));
        assertTrue(form.contains("id=\"language-" + (lang == Language.EN ? "en" : "nl") + "\" name=\"language\" value=\""
                + (lang == Language.EN ? "en" : "nl") + "\" checked"), "the form's language is the preset");
    }

    /** Every message the validator can give for a field is shown at that field, and the summary links to it. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyValidatorMessageLandsAtItsField(Language lang) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put(MODE, "in-person");
        sent.put(POSTCODE, "12"); // a message at the postcode
        sent.put(AVAILABILITY, "<b>");
        sent.put(AVOID, "<b>");
        sent.put(REMARKS, "<b>");
        List<FieldError> errors = SignupValidator.validate(sent, lang).errors();
        assertTrue(errors.size() >= 9, errors.toString());
        String form = form(pages.formPage(lang, sent, errors));
        for (FieldError e : errors) {
            String field = e.field();
            String target = field.equals(MODE) ? "mode-in-person" : field.equals(LANGUAGE) ? "language-nl"
                    : field.equals(AVAILABILITY) ? "availability-any" : field;
            assertTrue(form.contains("<li><a href=\"#" + target + "\">"), "summary link to " + target);
            assertTrue(form.contains("id=\"" + target + "\""), "the link's target exists: " + target);
            String box = fieldBox(form, field);
            assertTrue(box.contains("class=\"field field-invalid\""), field);
            assertTrue(box.contains("<p class=\"field-error\" id=\"" + field + "-error\">"), field);
            assertTrue(box.contains("aria-invalid=\"true\""), field);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aRadioGroupsMessageMarksTheRadiosInvalidAndDescribesTheFieldset(Language lang) {
        List<FieldError> errors = List.of(new FieldError(MODE, "Kies hoe je wilt deelnemen."));
        String form = form(pages.formPage(lang, Map.of(), errors));
        assertTrue(form.contains("<fieldset class=\"field field-invalid\" id=\"field-mode\" aria-describedby=\"mode-error\">"), form);
        for (String mode : MODES) {
            assertTrue(form.contains("id=\"mode-" + mode + "\" name=\"mode\" value=\"" + mode + "\" aria-invalid=\"true\">"), mode);
        }
        assertFalse(fieldBox(form, LANGUAGE).contains("aria-invalid"), "the other group has no message");
        assertEquals(MODES.size(), form.split("aria-invalid", -1).length - 1, "on the three radios only");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void withoutMessagesTheSummaryIsHiddenAndNothingIsInvalid(Language lang) {
        String form = form(pages.formPage(lang, Map.of(), List.of()));
        assertTrue(form.contains("aria-labelledby=\"error-summary-title\" hidden>"));
        assertTrue(form.contains("<ul></ul>"));
        assertFalse(form.contains("aria-invalid") || form.contains("field-error") || form.contains("autofocus"));
    }

    /** What runs during a SnapStart INIT (Page.snapshotting()): it must render, or the function would not start. */
    @org.junit.jupiter.api.Test
    void thePrimingRenderWorks() {
        pages.prime();
        assertTrue(pages.confirmationPage(Language.EN).contains("<h1>Check your mail</h1>"));
    }

    private static String form(String page) {
        return page.substring(page.indexOf("<form "), page.indexOf("</form>") + 7);
    }

    /** The markup of one field's box (div or fieldset with id field-NAME). */
    private static String fieldBox(String form, String field) {
        int start = form.lastIndexOf('<', form.indexOf("id=\"field-" + field + "\""));
        String tag = form.startsWith("<fieldset", start) ? "</fieldset>" : "</div>\n<";
        return form.substring(start, form.indexOf(tag, start));
    }

    private static List<Map<String, String>> controls(String form) {
        List<Map<String, String>> controls = new ArrayList<>();
        Matcher m = CONTROL.matcher(form);
        while (m.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2) == null ? "" : a.group(2));
            }
            controls.add(attributes);
        }
        return controls;
    }
}
