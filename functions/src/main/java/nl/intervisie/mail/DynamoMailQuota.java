package nl.intervisie.mail;

import nl.intervisie.network.Calendar;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The one owner of the mail counter item (pk MAILCAP#{sha256 of the address}#{Dutch date}, sk MAILCAP): one
 * conditional ADD per mail, so parallel posts cannot exceed the cap. The key holds a hash, never the address, and
 * the item expires (TTL) two days after its day.
 */
public final class DynamoMailQuota implements MailQuota {
    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;
    private final int perDay;

    public DynamoMailQuota(DynamoDbClient client, String table, Clock clock, int perDay) {
        this.client = client;
        this.table = table;
        this.clock = clock;
        this.perDay = perDay;
    }

    static Map<String, AttributeValue> key(String email, LocalDate day) {
        return Map.of(Keys.PK, s("MAILCAP#" + hash(email) + "#" + day), Keys.SK, s("MAILCAP"));
    }

    @Override
    public boolean take(String email) {
        LocalDate day = Calendar.today(clock);
        long expires = day.plusDays(2).atStartOfDay(Calendar.ZONE).toEpochSecond();
        try {
            client.updateItem(b -> b.tableName(table).key(key(email, day))
                    .conditionExpression("attribute_not_exists(#c) OR #c < :max")
                    .updateExpression("ADD #c :one SET #ttl = :exp, #type = :type")
                    .expressionAttributeNames(Map.of("#c", "count", "#ttl", Keys.TTL, "#type", "type"))
                    .expressionAttributeValues(Map.of(":max", n(perDay), ":one", n(1), ":exp", n(expires),
                            ":type", s("MAIL_CAP"))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static String hash(String email) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
