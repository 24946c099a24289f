package nl.intervisie.reminders;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;

/** The reminder markers in the one table: a conditional put claims, a delete releases. */
public final class DynamoReminderMarks implements ReminderMarks {
    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoReminderMarks(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public boolean claim(Mark m) {
        try {
            client.putItem(ReminderItems.claim(table, m.groupId(), m.meetingId(), m.date(), m.applicantId(), clock.instant()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false; // another run (or an earlier one) has it
        }
    }

    @Override
    public void release(Mark m) {
        client.deleteItem(ReminderItems.release(table, m.groupId(), m.meetingId(), m.date(), m.applicantId()));
    }
}
