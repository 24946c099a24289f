package nl.intervisie.signup;

import java.util.List;

/**
 * A sign-up as the validator accepted it: trimmed, normalised text (NFC, line breaks as \n), nothing raw.
 *
 * @param formLanguage the language of the form that was sent ("nl" or "en"): messages and e-mail use it
 * @param language     the language the applicant wants to meet in ("nl" or "en")
 */
public record SignupForm(String name, String email, String organisation, String role,
                         boolean basicTrainingCompleted, boolean formallyAppointed, String mode, String place,
                         String region, String language, String availability, List<String> avoid, String remarks,
                         String formLanguage) {

    /** Both eligibility conditions confirmed: the applicant can wait for a place; otherwise a coordinator looks first. */
    public boolean eligibilityConfirmed() {
        return basicTrainingCompleted && formallyAppointed;
    }
}
