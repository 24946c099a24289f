package nl.intervisie.matching;

import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.groups.GroupItems;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.store.Retry;
import nl.intervisie.network.Calendar;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Proposals in the single table (format in {@link ProposalItems}), and the transaction that applies one. */
public final class DynamoProposalStore implements ProposalStore {
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient client;
    private final String table;
    private final ApplicantStore applicants;

    public DynamoProposalStore(DynamoDbClient client, String table) {
        this(client, table, new DynamoApplicantStore(client, table));
    }

    /** @param applicants finds each placed applicant's e-mail guard, to keep it in the same transaction */
    public DynamoProposalStore(DynamoDbClient client, String table, ApplicantStore applicants) {
        this.client = client;
        this.table = table;
        this.applicants = applicants;
    }

    @Override
    public void save(Proposal p, Instant expiresAt) {
        client.putItem(b -> b.tableName(table).item(ProposalItems.toItem(p, expiresAt))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Proposal> find(String id, Instant now) {
        var item = client.getItem(b -> b.tableName(table).key(ProposalItems.key(id)).consistentRead(true)).item();
        if (item == null || item.isEmpty() || ProposalItems.expired(item, now)) {
            return Optional.empty();
        }
        return Optional.of(ProposalItems.fromItem(item));
    }

    @Override
    public List<Proposal> recent(int limit, Instant now) {
        var items = client.query(ProposalItems.all(table).scanIndexForward(false).limit(limit).build()).items();
        return items.stream().filter(i -> !ProposalItems.expired(i, now)).map(ProposalItems::fromItem).toList();
    }

    @Override
    public GroupResult applyGroup(Proposal p, Proposal.GroupPlan g, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        List<String> owners = new ArrayList<>(); // what each action stands for, to name what was stale
        writes.add(ProposalItems.applyGroup(table, p, g));
        owners.add("proposal");
        writes.add(GroupItems.addMembers(table, g.groupId(), g.assumedCount(), g.applicants().size(),
                g.language(), g.mode()));
        owners.add("group:" + g.groupId());
        LocalDate today = Calendar.dateOf(now);
        for (Proposal.ApplicantPlan a : g.applicants()) {
            place(writes, owners, g.groupId(), a, today, now);
        }
        TransactionCanceledException cancelled = Retry.transactWrite(client, writes, MAX_ATTEMPTS);
        return cancelled == null ? GroupResult.ok() : staleness(cancelled.cancellationReasons(), owners);
    }

    /** One placement's actions: the membership, the applicant PLACED, and their e-mail guard kept. */
    private void place(List<TransactWriteItem> writes, List<String> owners, String groupId, Proposal.ApplicantPlan a,
                       LocalDate today, Instant now) {
        writes.add(MembershipItems.add(table, new Membership(groupId, a.applicantId(), today, null)));
        owners.add("applicant:" + a.applicantId());
        writes.add(ApplicantItems.place(table, a.applicantId(), a.version(), groupId, now));
        owners.add("applicant:" + a.applicantId());
        // The e-mail guard loses its TTL too, in the same transaction: otherwise it would expire a year after
        // sign-up and the same address could sign up again as a second applicant while still placed. Inside
        // the transaction (not best-effort after it) because it fits: 3 actions per placement, see
        // Proposal.actions. Only a guard that exists and is this person's (an applicant half-way through
        // erasure has none: then there is nothing to keep).
        Optional<String> guarded = applicants.guardedEmail(a.applicantId());
        if (guarded.isPresent()) {
            writes.add(ApplicantItems.keepGuard(table, guarded.get(), a.applicantId()));
            owners.add("applicant:" + a.applicantId());
        }
    }

    private static GroupResult staleness(List<CancellationReason> reasons, List<String> owners) {
        boolean applied = false;
        boolean group = false;
        List<String> applicants = new ArrayList<>();
        for (int i = 0; i < reasons.size() && i < owners.size(); i++) {
            if (!"ConditionalCheckFailed".equals(reasons.get(i).code())) {
                continue;
            }
            String owner = owners.get(i);
            if (owner.equals("proposal")) {
                applied = true;
            } else if (owner.startsWith("group:")) {
                group = true;
            } else if (!applicants.contains(owner.substring(10))) {
                applicants.add(owner.substring(10));
            }
        }
        return new GroupResult(false, applied, applicants, group);
    }
}
