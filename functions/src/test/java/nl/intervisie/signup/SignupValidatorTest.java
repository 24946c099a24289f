package nl.intervisie.signup;

import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SignupValidatorTest {
    static Map<String, String> valid() {
        Map<String, String> f = new HashMap<>();
        f.put("name", "Anna de Vries");
        f.put("email", "anna.de.vries@minbzk.nl");
        f.put("organisation", "Ministerie van BZK");
        f.put("role", "Vertrouwenspersoon integriteit");
        f.put("basicTraining", "on");
        f.put("appointed", "on");
        f.put("mode", "either");
        f.put("place", "3511 AB Utrecht");
        f.put("region", "Midden");
        f.put("language", "nl");
        f.put("availability", "dinsdagmiddag");
        f.put("avoid", "Jan Jansen\nDienst X");
        f.put("remarks", "Graag een groep < 9 mensen.");
        f.put("consent", "on");
        return f;
    }

    static Map<String, String> with(String field, String value) {
        Map<String, String> f = valid();
        if (value == null) {
            f.remove(field);
        } else {
            f.put(field, value);
        }
        return f;
    }

    @Test
    void aCompleteSignUpIsAcceptedAndNormalised() {
        Map<String, String> f = valid();
        f.put("name", "  Anna de Vries\t");
        f.put("avoid", "Jan Jansen\r\n\r\n Dienst X ;Bureau Y");
        f.put("email", "Anna.de.Vries@MinBZK.nl");
        var result = SignupValidator.validate(f, Language.NL);
        assertTrue(result.valid(), () -> result.errors().toString());
        SignupForm form = result.form();
        assertEquals("Anna de Vries", form.name());
        assertEquals(List.of("Jan Jansen", "Dienst X", "Bureau Y"), form.avoid());
        assertTrue(form.eligibilityConfirmed());
        assertEquals("nl", form.formLanguage());
        assertEquals("Graag een groep < 9 mensen.", form.remarks(), "a lone < is text, not markup");
    }

    @Test
    void unconfirmedEligibilityIsValidButNotConfirmed() {
        var result = SignupValidator.validate(with("appointed", null), Language.NL);
        assertTrue(result.valid());
        assertFalse(result.form().eligibilityConfirmed());
    }

    @Test
    void onlineNeedsNoPlace() {
        Map<String, String> f = valid();
        f.put("mode", "online");
        f.remove("place");
        f.remove("region");
        assertTrue(SignupValidator.validate(f, Language.NL).valid());
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldOnceInOrder() {
        var result = SignupValidator.validate(Map.of(), Language.NL);
        assertNull(result.form());
        assertEquals(List.of("name", "email", "organisation", "role", "mode", "language", "consent"),
                result.errors().stream().map(FieldError::field).toList());
    }

    static Stream<Arguments> badInputs() {
        String longText = "a".repeat(101);
        return Stream.of(
                arguments("name", null, "Vul je naam in."),
                arguments("name", "   ", "Vul je naam in."),
                arguments("name", longText, "Gebruik hoogstens 100 tekens."),
                arguments("name", "x".repeat(5000), "Gebruik hoogstens 100 tekens."),
                arguments("name", "Anna\u0000", "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens."),
                arguments("name", "Anna\nde Vries", "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens."),
                arguments("name", "Anna\u202Eseirv", "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens."),
                arguments("name", "Anna\u001B[31m", "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens."),
                arguments("name", "Anna\uD800", "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens."),
                arguments("name", "Anna\uE000", "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens."),
                arguments("name", "<script>alert(1)</script>", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("name", "Anna <b>", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("organisation", "</div>", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("role", "<!-- x -->", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("remarks", "&#60;script&#62;", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("remarks", "&lt;b&gt;", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("remarks", "<img src=x onerror=alert(1)>", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("remarks", "r".repeat(2001), "Gebruik hoogstens 2000 tekens."),
                arguments("remarks", "bel\u0007", "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens."),
                arguments("availability", "a".repeat(501), "Gebruik hoogstens 500 tekens."),
                arguments("avoid", "a\n".repeat(21), "Noem hoogstens 20 personen of organisaties."),
                arguments("avoid", "<iframe>", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("email", null, "Vul je e-mailadres op het werk in."),
                arguments("email", "anna", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "anna@", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "@minbzk.nl", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "anna@minbzk", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "anna de vries@minbzk.nl", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "anna@@minbzk.nl", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "anna@minbzk.nl\r\nBcc: x@y.nl", "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens."),
                arguments("email", "\"a\"@minbzk.nl", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "a".repeat(65) + "@minbzk.nl", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "anna@-minbzk.nl", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
                arguments("email", "a@" + "b".repeat(250) + ".nl", "Gebruik hoogstens 254 tekens."),
                arguments("organisation", null, "Vul je organisatie in (ministerie, dienst of agentschap)."),
                arguments("organisation", "o".repeat(151), "Gebruik hoogstens 150 tekens."),
                arguments("role", "", "Vul je functie of rol in."),
                arguments("mode", null, "Kies hoe je wilt deelnemen: op locatie, online of allebei."),
                arguments("mode", "somewhere", "Kies hoe je wilt deelnemen: op locatie, online of allebei."),
                arguments("mode", "ONLINE", "Kies hoe je wilt deelnemen: op locatie, online of allebei."),
                arguments("region", "Atlantis", "Kies een regio uit de lijst."),
                arguments("place", "p".repeat(101), "Gebruik hoogstens 100 tekens."),
                arguments("language", "de", "Kies de taal van je groep: Nederlands of Engels."),
                arguments("language", null, "Kies de taal van je groep: Nederlands of Engels."),
                arguments("consent", null, "Geef toestemming om je gegevens te gebruiken voor de indeling in een groep."),
                arguments("consent", "off", "Geef toestemming om je gegevens te gebruiken voor de indeling in een groep."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badInputs")
    void badInputIsRefusedWithTheFieldsMessage(String field, String value, String message) {
        var result = SignupValidator.validate(with(field, value), Language.NL);
        assertFalse(result.valid());
        assertNull(result.form());
        assertEquals(List.of(new FieldError(field, message)), result.errors());
    }

    @Test
    void inPersonWithoutPlaceOrRegionAsksForOne() {
        Map<String, String> f = with("place", null);
        f.remove("region");
        f.put("mode", "in-person");
        assertEquals(List.of("place"), SignupValidator.validate(f, Language.NL).errors().stream().map(FieldError::field).toList());
    }

    @Test
    void messagesFollowTheFormsLanguage() {
        var result = SignupValidator.validate(with("name", null), Language.EN);
        assertEquals(List.of(new FieldError("name", "Enter your name.")), result.errors());
        assertEquals("en", SignupValidator.validate(valid(), Language.EN).form().formLanguage());
    }

    @Test
    void decomposedAccentsAreStoredComposed() {
        var result = SignupValidator.validate(with("name", "Rene\u0301e Oude\u0301"), Language.NL);
        assertEquals("Renée Oudé", result.form().name());
    }

    @Test
    void emojiAndZeroWidthJoinersAreText() {
        var result = SignupValidator.validate(with("remarks", "Tot dan 👩‍💼"), Language.NL);
        assertTrue(result.valid(), () -> result.errors().toString());
    }
}
