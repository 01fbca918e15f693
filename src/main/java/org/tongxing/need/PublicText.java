package org.tongxing.need;

import java.util.List;
import java.util.stream.Stream;

import org.tongxing.household.Household;
import org.tongxing.privacy.Redaction;

/**
 * Keeps each need's public description in step with its description and with the names and the address of its household,
 * so that the board shows and searches exactly the redacted text.
 */
public final class PublicText {

    private PublicText() {
    }

    public static void refresh(Need need, Household household) {
        need.publicDescription = Redaction.redact(need.description, names(household));
    }

    /** After members were added, renamed or removed: every need of the household is redacted anew. */
    public static void refreshAll(Household household) {
        List<Need> needs = Need.list("householdId", household.id);
        needs.forEach(need -> refresh(need, household));
    }

    /** The household's own members' names and its address, to be redacted wherever they occur. */
    static List<String> names(Household household) {
        return Stream.concat(household.members.stream().flatMap(m -> Redaction.nameForms(m.name).stream()),
                Redaction.addressForms(household.addressLine).stream()).toList();
    }
}
