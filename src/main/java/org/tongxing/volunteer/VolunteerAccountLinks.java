package org.tongxing.volunteer;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.AccountLinks;

/** An account linked to a volunteer names one that exists. */
@ApplicationScoped
public class VolunteerAccountLinks implements AccountLinks {

    @Override
    public String field() {
        return "volunteerId";
    }

    @Override
    public String what() {
        return "volunteer";
    }

    @Override
    public boolean exists(long id) {
        return Volunteer.findById(id) != null;
    }
}
