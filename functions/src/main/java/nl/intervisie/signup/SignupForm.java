package nl.intervisie.signup;

import nl.intervisie.places.Place;

import java.util.List;

/**
 * A sign-up as the validator accepted it: trimmed, normalised text (NFC, line breaks as \n), nothing raw.
 *
 * @param location     the municipality (and its point) an in-person applicant gave; null for online only
 * @param language     the language the applicant wants to meet in ("nl" or "en")
 * @param availability the slots the applicant can make, in the order given (most preferred first), or ["any"]
 * @param formLanguage the language of the form that was sent ("nl" or "en"): messages and e-mail use it
 */
public record SignupForm(String name, String email, String organisation, String role,
                         boolean basicTrainingCompleted, boolean formallyAppointed, String mode, String region,
                         Place location, String language, List<String> availability, List<String> avoid,
                         String remarks, String formLanguage) {

    /** Both eligibility conditions confirmed: the applicant can wait for a place; otherwise a coordinator looks first. */
    public boolean eligibilityConfirmed() {
        return basicTrainingCompleted && formallyAppointed;
    }
}
