package nl.intervisie.groups;

import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.store.Retry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Memberships in the single table; the group item's memberCount is the capacity counter ({@link GroupItems}). */
public final class DynamoMembershipStore implements MembershipStore {
    private static final int MAX_ATTEMPTS = 6;

    private final DynamoDbClient client;
    private final String table;

    public DynamoMembershipStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public AddResult add(Membership membership) {
        List<TransactWriteItem> writes = List.of(
                MembershipItems.add(table, membership),
                GroupItems.incrementMembers(table, membership.groupId()));
        TransactionCanceledException cancelled = Retry.transactWrite(client, writes, MAX_ATTEMPTS);
        if (cancelled == null) {
            return AddResult.ADDED;
        }
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(0).code())) {
            return AddResult.ALREADY_MEMBER;
        }
        if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(1).code())) {
            var old = reasons.get(1).item();
            return old == null || old.isEmpty() ? AddResult.NO_GROUP : AddResult.FULL;
        }
        throw cancelled;
    }

    @Override
    public List<Membership> members(String groupId) {
        List<Membership> list = new ArrayList<>();
        client.queryPaginator(MembershipItems.members(table, groupId)).items()
                .forEach(item -> list.add(MembershipItems.fromItem(item)));
        return list;
    }

    @Override
    public List<Membership> ofPerson(String applicantId) {
        List<Membership> list = new ArrayList<>();
        client.queryPaginator(MembershipItems.ofPerson(table, applicantId)).items()
                .forEach(item -> list.add(MembershipItems.fromItem(item)));
        return list;
    }

    @Override
    public List<Held> heldBy(String applicantId) {
        List<Held> list = new ArrayList<>();
        client.queryPaginator(MembershipItems.ofPerson(table, applicantId)).items()
                .forEach(item -> list.add(MembershipItems.heldFromItem(item)));
        return list;
    }

    @Override
    public boolean leave(Leave l) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(MembershipItems.leave(table, l.groupId(), l.applicantId(), l.joinedOn(), l.leftOn(), l.expiresAt()));
        writes.add(GroupItems.decrementMembers(table, l.groupId()));
        if (l.applicantVersion() != null) {
            writes.add(ApplicantItems.leave(table, l.applicantId(), l.applicantVersion(), l.newStatus(), l.groupIdAfter(),
                    l.personExpires() ? l.expiresAt() : null, l.now()));
        }
        if (l.personExpires() && l.guardEmail() != null) {
            writes.add(ApplicantItems.expireGuard(table, l.guardEmail(), l.applicantId(), l.expiresAt()));
        }
        return Retry.committed(client, writes, MAX_ATTEMPTS);
    }

    @Override
    public PlaceResult placeByHand(Membership m, long applicantVersion, String guardEmail, String overrideReason,
                                   String actor, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(MembershipItems.add(table, m, overrideReason));
        writes.add(GroupItems.incrementMembers(table, m.groupId()));
        writes.add(ApplicantItems.placeByHand(table, m.applicantId(), applicantVersion, m.groupId(), actor, now));
        if (guardEmail != null) {
            writes.add(ApplicantItems.keepGuard(table, guardEmail, m.applicantId()));
        }
        TransactionCanceledException cancelled = Retry.transactWrite(client, writes, MAX_ATTEMPTS);
        if (cancelled == null) {
            return PlaceResult.PLACED;
        }
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        if (failed(reasons, 0)) {
            return PlaceResult.ALREADY_MEMBER;
        }
        if (failed(reasons, 1)) {
            return PlaceResult.NO_ROOM;
        }
        if (failed(reasons, 2) || failed(reasons, 3)) {
            return PlaceResult.APPLICANT_CHANGED;
        }
        throw cancelled;
    }

    @Override
    public PlaceResult move(Move mv) {
        Membership from = mv.current();
        Membership to = mv.next();
        List<TransactWriteItem> writes = List.of(
                MembershipItems.leave(table, from.groupId(), from.applicantId(), from.joinedOn(), mv.leftOn(), mv.expiresAt()),
                GroupItems.decrementMembers(table, from.groupId()),
                MembershipItems.add(table, to, mv.overrideReason()),
                GroupItems.incrementMembers(table, to.groupId()),
                ApplicantItems.move(table, to.applicantId(), mv.applicantVersion(), from.groupId(), to.groupId(),
                        mv.actor(), mv.now()));
        TransactionCanceledException cancelled = Retry.transactWrite(client, writes, MAX_ATTEMPTS);
        if (cancelled == null) {
            return PlaceResult.PLACED;
        }
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        if (failed(reasons, 2)) {
            return PlaceResult.ALREADY_MEMBER;
        }
        if (failed(reasons, 3)) {
            return PlaceResult.NO_ROOM;
        }
        if (failed(reasons, 0) || failed(reasons, 1) || failed(reasons, 4)) {
            return PlaceResult.APPLICANT_CHANGED;
        }
        throw cancelled;
    }

    private static boolean failed(List<CancellationReason> reasons, int i) {
        return reasons.size() > i && "ConditionalCheckFailed".equals(reasons.get(i).code());
    }
}
