package nl.intervisie.applicants;

import java.time.Instant;

/**
 * The item that keeps one address to one application (format in {@link ApplicantItems}): it holds a hash of the
 * address, never the address.
 *
 * @param expiresAt when it goes with the application (TTL); null while the person is placed
 */
public record EmailGuard(String applicantId, Instant expiresAt) {
}
