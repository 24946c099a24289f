package nl.intervisie.groups;

import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.Language;

import java.util.List;

/**
 * The object check for groups (OWASP API1, broken object-level authorisation): a coordinator may act on every
 * group, a facilitator only on the groups whose facilitatorUsername is theirs. A facilitator asking for any other
 * group, existing or not, gets the same 403, so a guessed id tells them nothing.
 */
public final class GroupAccess {
    private final GroupStore groups;

    public GroupAccess(GroupStore groups) {
        this.groups = groups;
    }

    /** Returns when the caller may act on the group; else 403. */
    public void requireGroup(Caller caller, String groupId, Language lang) {
        if (!mayAct(caller, groupId)) {
            throw notYours(lang);
        }
    }

    public boolean mayAct(Caller caller, String groupId) {
        if (caller.coordinator()) {
            return true;
        }
        return caller.facilitator() && groupId != null && caller.username() != null
                && groups.facilitatorUsername(groupId).filter(caller.username()::equals).isPresent();
    }

    /** The groups a facilitator leads (empty for anyone else). */
    public List<String> ledBy(Caller caller) {
        return caller.facilitator() && caller.username() != null ? groups.ledBy(caller.username()) : List.of();
    }

    /** The answer for a facilitator reaching for someone else's group or member. */
    public static ApiException notYours(Language lang) {
        return new ApiException(403, lang.pick("Dit is niet een van jouw groepen of groepsleden.",
                "This is not one of your groups or group members."));
    }
}
