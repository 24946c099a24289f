package nl.intervisie.places;

/**
 * A point in the Netherlands that a person's text resolved to.
 *
 * @param label          what was recognised: a 4-digit postcode ("9712"), a municipality or a town ("Sneek")
 * @param municipalityId the CBS code of the municipality the point lies in ("GM0014")
 * @param municipality   that municipality's official name ("Groningen")
 */
public record Place(String label, String municipalityId, String municipality, double latitude, double longitude) {
}
