package org.tongxing.household;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.AccountLinks;

/** An account linked to a household names one that exists. */
@ApplicationScoped
public class HouseholdAccountLinks implements AccountLinks {

    @Override
    public String field() {
        return "householdId";
    }

    @Override
    public String what() {
        return "household";
    }

    @Override
    public boolean exists(long id) {
        return Household.findById(id) != null;
    }
}
