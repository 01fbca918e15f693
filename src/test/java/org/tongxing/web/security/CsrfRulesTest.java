package org.tongxing.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

class CsrfRulesTest {

    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

    @Test
    void safeMethodsNeverNeedAToken() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertThat(CsrfFilter.requiresToken(method, true, FORM)).as(method).isFalse();
        }
    }

    @Test
    void everyStateChangingMethodNeedsATokenWithASession() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(CsrfFilter.requiresToken(method, true, JSON)).as(method).isTrue();
            assertThat(CsrfFilter.requiresToken(method, true, null)).as(method + " without a body").isTrue();
        }
    }

    @Test
    void formsNeedATokenEvenWithoutASession() {
        assertThat(CsrfFilter.requiresToken("POST", false, FORM)).isTrue();
        assertThat(CsrfFilter.requiresToken("POST", false, MediaType.valueOf("multipart/form-data; boundary=x")))
                .isTrue();
        assertThat(CsrfFilter.requiresToken("POST", false,
                MediaType.valueOf("Application/X-WWW-Form-URLEncoded; charset=UTF-8")))
                .isTrue();
    }

    @Test
    void apiClientsWithoutASessionNeedNoToken() {
        assertThat(CsrfFilter.requiresToken("POST", false, JSON)).isFalse();
        assertThat(CsrfFilter.requiresToken("PUT", false, JSON)).isFalse();
        assertThat(CsrfFilter.requiresToken("DELETE", false, null)).isFalse();
    }
}
