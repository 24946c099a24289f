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
        f.put("municipality", "Utrecht");
        f.put("region", "Midden");
        f.put("language", "nl");
        f.put("availability", "tuesday-afternoon\nthursday-morning");
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
        f.put("municipality", "Atlantis");
        f.remove("region");
        var result = SignupValidator.validate(f, Language.NL);
        assertTrue(result.valid(), "online: the place is neither asked nor checked");
        assertNull(result.form().location(), "nor kept");
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldOnceInOrder() {
        var result = SignupValidator.validate(Map.of(), Language.NL);
        assertNull(result.form());
        assertEquals(List.of("name", "email", "organisation", "role", "mode", "language", "availability", "consent"),
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
                arguments("availability", "a".repeat(501), "Kies dagdelen uit de lijst."),
                arguments("availability", null, "Kies minstens één dagdeel waarop je kunt, of ‘Elk dagdeel is goed’."),
                arguments("availability", " \n ", "Kies minstens één dagdeel waarop je kunt, of ‘Elk dagdeel is goed’."),
                arguments("availability", "dinsdagmiddag", "Kies dagdelen uit de lijst, zoals dinsdagmiddag, of ‘Elk dagdeel is goed’."),
                arguments("availability", "not on tuesdays", "Kies dagdelen uit de lijst, zoals dinsdagmiddag, of ‘Elk dagdeel is goed’."),
                arguments("availability", "tuesday-night", "Kies dagdelen uit de lijst, zoals dinsdagmiddag, of ‘Elk dagdeel is goed’."),
                arguments("availability", "monday-morning\nfunday-morning", "Kies dagdelen uit de lijst, zoals dinsdagmiddag, of ‘Elk dagdeel is goed’."),
                arguments("municipality", "Atlantis", "Kies je gemeente uit de lijst, bijvoorbeeld Groningen of ’s-Hertogenbosch."),
                arguments("municipality", null, "Kies je gemeente, zodat we een groep bij jou in de buurt vinden."),
                arguments("municipality", "m".repeat(101), "Gebruik hoogstens 100 tekens."),
                arguments("municipality", "<b>Utrecht</b>", "Gebruik geen HTML of code, alleen gewone tekst."),
                arguments("postcode", "97123", "Vul een postcode in zoals 9712 CP, of alleen de cijfers: 9712."),
                arguments("postcode", "0712 CP", "Vul een postcode in zoals 9712 CP, of alleen de cijfers: 9712."),
                arguments("postcode", "CP 9712", "Vul een postcode in zoals 9712 CP, of alleen de cijfers: 9712."),
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
    void inPersonWithOnlyARegionAsksForTheMunicipality() {
        Map<String, String> f = with("municipality", null);
        f.put("mode", "in-person");
        assertEquals(List.of(new FieldError("municipality", "Choose your municipality, so we can find a group near you.")),
                SignupValidator.validate(f, Language.EN).errors(), "a region is for display: it says nothing about distance");
    }

    @Test
    void theMunicipalityIsKeptWithItsPointAndOtherNamesWork() {
        var form = SignupValidator.validate(with("municipality", "  groningen "), Language.NL).form();
        assertEquals("GM0014", form.location().municipalityId());
        assertEquals("Groningen", form.location().municipality());
        assertEquals(53.2, form.location().latitude(), 0.1);
        assertEquals("'s-Gravenhage", SignupValidator.validate(with("municipality", "Den Haag"), Language.NL)
                .form().location().municipality());
    }

    @Test
    void aPostcodeTheDataDoesNotKnowAsksForTheMunicipalityAndOneWithAMunicipalityUsesIt() {
        Map<String, String> onlyPostcode = with("municipality", null);
        onlyPostcode.put("postcode", "9712 CP");
        assertEquals(List.of(new FieldError("municipality", "Deze postcode kunnen we niet plaatsen. Kies je gemeente uit de lijst.")),
                SignupValidator.validate(onlyPostcode, Language.NL).errors(), "no PC4 table ships (functions/tools/places/README.md)");
        Map<String, String> both = with("municipality", "Groningen");
        both.put("postcode", "9712cp");
        assertEquals("Groningen", SignupValidator.validate(both, Language.NL).form().location().municipality());
    }

    @Test
    void freeTextFromOlderClientsIsLookedUpAndOnlyTheMunicipalityKept() {
        Map<String, String> f = with("municipality", null);
        f.put("place", "9712 CP Groningen");
        var result = SignupValidator.validate(f, Language.NL);
        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals("Groningen", result.form().location().label(), "the label is the municipality, not the postcode");
        f.put("place", "Nergenshuizen aan Zee");
        assertEquals(List.of(new FieldError("place", "Deze plaats herkennen we niet. Geef je gemeente of postcode.")),
                SignupValidator.validate(f, Language.NL).errors());
    }

    @Test
    void availabilityKeepsTheOrderGivenAndAnyWins() {
        assertEquals(List.of("thursday-morning", "tuesday-afternoon"), SignupValidator.validate(
                with("availability", "Thursday-Morning\ntuesday-afternoon\nthursday-morning"), Language.NL).form().availability(),
                "the order given is the preference; repeats count once");
        assertEquals(List.of("any"), SignupValidator.validate(with("availability", "tuesday-afternoon\nany"), Language.NL)
                .form().availability());
        assertEquals(List.of("saturday-morning"), SignupValidator.validate(with("availability", "saturday-morning"),
                Language.NL).form().availability(), "the JSON may name any day a group can meet on");
        assertEquals(SignupFields.SLOTS.size(), 21);
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
