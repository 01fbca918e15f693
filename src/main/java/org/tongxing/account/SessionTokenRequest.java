package org.tongxing.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The value of the session cookie, to be resolved to a viewer. */
public class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
