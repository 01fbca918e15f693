package org.tongxing.organisation;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.AccountLinks;

/** An account linked to a organisation names one that exists. */
@ApplicationScoped
public class OrganisationAccountLinks implements AccountLinks {

    @Override
    public String field() {
        return "organisationId";
    }

    @Override
    public String what() {
        return "organisation";
    }

    @Override
    public boolean exists(long id) {
        return Organisation.findById(id) != null;
    }
}
