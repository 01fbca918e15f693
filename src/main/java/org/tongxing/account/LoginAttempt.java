package org.tongxing.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One sign-in attempt, as the throttle counts it. */
@Entity
public class LoginAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant occurredAt;

    public String username;

    public String address;

    public boolean succeeded;

    /** The hash of the client's device cookie: on a success, the device is known to the account from then on. */
    public String device;

    /** A first attempt held back while its account is under attack: no failure, the start of a wait. */
    public boolean deferred;
}
