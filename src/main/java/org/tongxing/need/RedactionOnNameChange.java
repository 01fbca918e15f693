package org.tongxing.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.tongxing.household.HouseholdEvent;

/** A name that came, went or changed in a family is masked anew in every need of it, in the same transaction. */
@ApplicationScoped
public class RedactionOnNameChange {

    void redactAnew(@Observes HouseholdEvent change) {
        if (change.namesChanged()) {
            PublicText.refreshAll(change.household());
        }
    }
}
