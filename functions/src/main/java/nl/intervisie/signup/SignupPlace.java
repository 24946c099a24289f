package nl.intervisie.signup;

import nl.intervisie.places.Place;
import nl.intervisie.places.Places;

import java.util.Optional;
import java.util.regex.Pattern;

import static nl.intervisie.signup.SignupFields.MUNICIPALITY;
import static nl.intervisie.signup.SignupFields.PLACE;
import static nl.intervisie.signup.SignupFields.POSTCODE;

/**
 * Where an in-person applicant is, from what they gave: a postcode the packaged data knows, else the municipality
 * chosen from the list, else (JSON from older clients) free text such as "9712 CP Groningen". Nothing is guessed:
 * what cannot be resolved is refused with a message that asks for the municipality. Only the municipality and its
 * point are kept, never the postcode or an address.
 */
final class SignupPlace {
    static final int MAX_MUNICIPALITY = 100;
    static final int MAX_POSTCODE = 7;
    /** "9712CP" or "9712" (letters in either case), once spaces are taken out. */
    private static final Pattern POSTCODE_FORMAT = Pattern.compile("[1-9][0-9]{3}(?:[A-Za-z]{2})?");

    private SignupPlace() {
    }

    /** The applicant's place, or null with an error recorded on the field to fix. */
    static Place locate(SignupValidator.Checker c) {
        String municipality = c.line(MUNICIPALITY, MAX_MUNICIPALITY, false, null, null);
        String typed = c.line(POSTCODE, MAX_POSTCODE + 4, false, null, null); // spaces are not counted
        String postcode = typed == null ? null : typed.replaceAll("\\s+", "");
        String text = c.line(PLACE, SignupValidator.MAX_PLACE, false, null, null);
        if (municipality == null || postcode == null || text == null) {
            return null; // refused as text already (too long, markup, control characters)
        }
        Places places = Places.netherlands();
        if (!postcode.isEmpty() && !POSTCODE_FORMAT.matcher(postcode).matches()) {
            c.error(POSTCODE, "Vul een postcode in zoals 9712 CP, of alleen de cijfers: 9712.",
                    "Enter a postcode such as 9712 CP, or just the digits: 9712.");
            return null;
        }
        Optional<Place> byPostcode = postcode.isEmpty() ? Optional.empty() : places.byPostcode(postcode);
        if (byPostcode.isPresent()) {
            return byPostcode.get();
        }
        if (!municipality.isEmpty()) {
            Optional<Place> m = places.byMunicipality(municipality);
            if (m.isEmpty()) {
                c.error(MUNICIPALITY, "Kies je gemeente uit de lijst, bijvoorbeeld Groningen of ’s-Hertogenbosch.",
                        "Choose your municipality from the list, for example Groningen or ’s-Hertogenbosch.");
            }
            return m.orElse(null);
        }
        if (!postcode.isEmpty()) {
            c.error(MUNICIPALITY, "Deze postcode kunnen we niet plaatsen. Kies je gemeente uit de lijst.",
                    "We cannot place this postcode. Choose your municipality from the list.");
            return null;
        }
        return fromText(c, places, text);
    }

    /** Free text (JSON from older clients), or nothing at all: then the municipality is asked for. */
    private static Place fromText(SignupValidator.Checker c, Places places, String text) {
        if (text.isEmpty()) {
            c.error(MUNICIPALITY, "Kies je gemeente, zodat we een groep bij jou in de buurt vinden.",
                    "Choose your municipality, so we can find a group near you.");
            return null;
        }
        Optional<Place> parsed = places.parse(text);
        if (parsed.isEmpty()) {
            c.error(PLACE, "Deze plaats herkennen we niet. Geef je gemeente of postcode.",
                    "We do not recognise this place. Give your municipality or postcode.");
        }
        return parsed.map(SignupPlace::asMunicipality).orElse(null);
    }

    /** Free text may name a town or a postcode: only its municipality is kept, with the point found. */
    private static Place asMunicipality(Place p) {
        return new Place(p.municipality(), p.municipalityId(), p.municipality(), p.latitude(), p.longitude());
    }
}
