package nl.intervisie.groups;

import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.intervisie.store.Items.s;

/**
 * A person's membership of a group: pk GROUP#{groupId}, sk MEMBER#{applicantId}; gsi1pk APPLICANT#{applicantId},
 * gsi1sk MEMBERSHIP#{groupId} finds a person's groups. Leaving sets leftOn; the item stays, so attendance
 * history keeps its meaning. One format, written by matching (accept) and read by attendance and admin.
 */
public record Membership(String groupId, String applicantId, LocalDate joinedOn, LocalDate leftOn) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(joinedOn) && (leftOn == null || date.isBefore(leftOn));
    }

    public static Map<String, AttributeValue> key(String groupId, String applicantId) {
        return Map.of(Keys.PK, s("GROUP#" + groupId), Keys.SK, s("MEMBER#" + applicantId));
    }

    public Map<String, AttributeValue> toItem() {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(groupId, applicantId));
        item.put(Keys.GSI1_PK, s("APPLICANT#" + applicantId));
        item.put(Keys.GSI1_SK, s("MEMBERSHIP#" + groupId));
        item.put("type", s("MEMBERSHIP"));
        item.put("groupId", s(groupId));
        item.put("applicantId", s(applicantId));
        item.put("joinedOn", s(joinedOn.toString()));
        if (leftOn != null) {
            item.put("leftOn", s(leftOn.toString()));
        }
        return item;
    }

    public static Membership fromItem(Map<String, AttributeValue> item) {
        String left = Items.string(item, "leftOn");
        return new Membership(Items.string(item, "groupId"), Items.string(item, "applicantId"),
                LocalDate.parse(Items.string(item, "joinedOn")), left == null ? null : LocalDate.parse(left));
    }
}
