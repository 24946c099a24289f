package nl.intervisie.privacy;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.EmailGuard;
import nl.intervisie.attendance.AttendanceItems;
import nl.intervisie.attendance.AttendanceRecord;
import nl.intervisie.groups.GroupItems;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.matching.Proposal;
import nl.intervisie.matching.ProposalItems;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import nl.intervisie.store.Retry;
import nl.intervisie.store.Stored;
import nl.intervisie.network.Calendar;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link PrivacyStore} on the single table. It composes the owners' pieces ({@link ApplicantItems},
 * {@link MembershipItems}, {@link GroupItems}, {@link AttendanceItems}, {@link ProposalItems}) and builds no key itself.
 */
public final class DynamoPrivacyStore implements PrivacyStore {
    private static final int MAX_ATTEMPTS = 5;
    /** Membership dates are calendar dates in the Netherlands. */

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoPrivacyStore(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<Stored<Applicant>> applicant(String applicantId) {
        var item = applicantItem(applicantId);
        return item == null || ApplicantItems.expired(item, clock.instant())
                ? Optional.empty() : Optional.of(Stored.of(item, ApplicantItems::fromItem));
    }

    /** The applicant item even when expired (erasure removes it all the same), or null. */
    private Map<String, AttributeValue> applicantItem(String applicantId) {
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.key(applicantId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? null : item;
    }

    @Override
    public Optional<Stored<EmailGuard>> emailGuard(Applicant applicant) {
        String email = applicant.email();
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.emailGuardKey(email)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        Stored<EmailGuard> guard = Stored.of(item, ApplicantItems::guardFromItem);
        return applicant.id().equals(guard.value().applicantId()) ? Optional.of(guard) : Optional.empty();
    }

    @Override
    public PersonItems personItems(String applicantId) {
        return classify(personItemsRaw(applicantId));
    }

    private List<Map<String, AttributeValue>> personItemsRaw(String applicantId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.queryPaginator(ApplicantItems.personItems(table, applicantId)).items().forEach(items::add);
        return items;
    }

    private static PersonItems classify(List<Map<String, AttributeValue>> items) {
        List<Stored<Membership>> memberships = new ArrayList<>();
        List<Stored<AttendanceRecord>> attendance = new ArrayList<>();
        List<Stored<String>> other = new ArrayList<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (var item : items) {
            if (MembershipItems.isMembership(item)) {
                memberships.add(Stored.of(item, MembershipItems::fromItem));
            } else if (AttendanceItems.isAttendance(item)) {
                attendance.add(Stored.of(item, AttendanceItems::recordFromItem));
            } else {
                other.add(Stored.of(item, i -> Items.string(i, "type")));
            }
        }
        Stream.of(memberships, attendance, other).flatMap(List::stream).forEach(s -> all.add(s.asStored()));
        all.sort(Comparator.comparing(m -> String.valueOf(m.get(Keys.GSI1_SK))));
        return new PersonItems(memberships, attendance, other, all);
    }

    @Override
    public List<Proposal> proposalsMentioning(String applicantId) {
        return proposalItemsMentioning(applicantId).stream().map(ProposalItems::fromItem).toList();
    }

    /** Proposals are few (kept 30 days): read them all and look for the id in plan and body. */
    private List<Map<String, AttributeValue>> proposalItemsMentioning(String applicantId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.queryPaginator(ProposalItems.all(table).build()).items().forEach(item -> {
            if (ProposalItems.mentions(item, applicantId)) {
                items.add(item);
            }
        });
        return items;
    }

    @Override
    public Erasure erase(String applicantId) {
        var applicantItem = applicantItem(applicantId);
        Applicant applicant = applicantItem == null ? null : ApplicantItems.fromItem(applicantItem);
        LocalDate today = Calendar.today(clock);

        List<Map<String, AttributeValue>> rest = new ArrayList<>();
        int memberships = 0;
        int attendance = 0;
        int other = 0;
        int decremented = 0;
        for (var item : personItemsRaw(applicantId)) {
            if (MembershipItems.isMembership(item)) {
                memberships++;
                Membership m = MembershipItems.fromItem(item);
                if (m.current(today) && leaveByErasure(m)) {
                    decremented++;
                    continue;
                }
            } else if (AttendanceItems.isAttendance(item)) {
                attendance++;
            } else {
                other++;
            }
            rest.add(item);
        }
        deleteAll(rest);
        // Proposals are working papers: they hold this id and reasons about it (e.g. "same organisation as …").
        // One naming an erased person could not be accepted any more anyway (its applicant check fails).
        List<Map<String, AttributeValue>> proposals = proposalItemsMentioning(applicantId);
        deleteAll(proposals);
        int guard = applicant != null && deleteGuard(applicant) ? 1 : 0;
        if (applicant != null) {
            client.deleteItem(ApplicantItems.delete(table, applicantId));
        }
        return new Erasure(applicant != null ? 1 : 0, guard, memberships, attendance, other, proposals.size(), decremented);
    }

    /**
     * Deletes an active membership and lowers the group's member count in one transaction, so the count never
     * drifts. False when the membership was already gone or the count was already 0 (then it is deleted plainly).
     */
    private boolean leaveByErasure(Membership m) {
        return Retry.committed(client, List.of(MembershipItems.delete(table, m.groupId(), m.applicantId()),
                GroupItems.decrementMembers(table, m.groupId())), MAX_ATTEMPTS);
    }

    /** True when the person's own guard was deleted (no guard, or someone else's: nothing of theirs to delete). */
    private boolean deleteGuard(Applicant applicant) {
        String email = applicant.email();
        if (email == null || email.isBlank()) {
            return false;
        }
        try {
            client.deleteItem(ApplicantItems.deleteGuard(table, email, applicant.id()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Batch deletes, 25 at a time, retrying what DynamoDB leaves unprocessed. */
    private void deleteAll(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = items.subList(from, Math.min(items.size(), from + 25)).stream()
                    .map(item -> WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                            .key(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK))).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > 1) {
                    Retry.backOff(Math.min(attempt, 6));
                }
                var toSend = pending;
                pending = client.batchWriteItem(b -> b.requestItems(toSend)).unprocessedItems();
                if (attempt == 10 && !pending.isEmpty()) {
                    throw new IllegalStateException("DynamoDB kept items unprocessed");
                }
            }
        }
    }
}
