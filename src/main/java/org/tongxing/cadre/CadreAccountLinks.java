package org.tongxing.cadre;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.AccountLinks;

/** An account linked to a cadre names one that exists. */
@ApplicationScoped
public class CadreAccountLinks implements AccountLinks {

    @Override
    public String field() {
        return "cadreId";
    }

    @Override
    public String what() {
        return "cadre";
    }

    @Override
    public boolean exists(long id) {
        return Cadre.findById(id) != null;
    }
}
