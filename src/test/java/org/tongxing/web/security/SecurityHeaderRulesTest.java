package org.tongxing.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeaderRulesTest {

    @Test
    void onlySwaggerUiGetsTheRelaxedPolicy() {
        assertThat(SecurityHeaders.contentSecurityPolicy("/q/swagger-ui")).isEqualTo(SecurityHeaders.SWAGGER_UI_POLICY);
        assertThat(SecurityHeaders.contentSecurityPolicy("/q/swagger-ui/index.html"))
                .isEqualTo(SecurityHeaders.SWAGGER_UI_POLICY);
        assertThat(SecurityHeaders.contentSecurityPolicy("/q/swagger-uix")).isEqualTo(SecurityHeaders.POLICY);
        assertThat(SecurityHeaders.contentSecurityPolicy("/problems")).isEqualTo(SecurityHeaders.POLICY);
        assertThat(SecurityHeaders.POLICY).doesNotContain("unsafe");
    }

    @Test
    void theRelaxedPolicyStillForbidsFramingPluginsAndForeignOrigins() {
        assertThat(SecurityHeaders.SWAGGER_UI_POLICY).contains("frame-ancestors 'none'", "object-src 'none'",
                "default-src 'self'", "form-action 'self'").doesNotContain("unsafe-eval");
    }

    @Test
    void staticAssetsMayBeCached() {
        assertThat(SecurityHeaders.mayBeCached("/static/tongxing.css", "text/css")).isTrue();
        assertThat(SecurityHeaders.mayBeCached("/webjars/x/y", "application/octet-stream")).isTrue();
        assertThat(SecurityHeaders.mayBeCached("/q/swagger-ui/swagger-ui-bundle.js", "text/javascript")).isTrue();
        assertThat(SecurityHeaders.mayBeCached("/favicon.ico", "image/x-icon")).isTrue();
    }

    @Test
    void theApiPagesAndAnythingUnrecognisedAreNeverStored() {
        assertThat(SecurityHeaders.mayBeCached("/api/needs", "application/json")).isFalse();
        assertThat(SecurityHeaders.mayBeCached("/api", "application/json")).isFalse();
        assertThat(SecurityHeaders.mayBeCached("/api/reports/2024.js", "text/javascript")).isFalse();
        assertThat(SecurityHeaders.mayBeCached("/static/help.html", "text/html;charset=UTF-8")).isFalse();
        assertThat(SecurityHeaders.mayBeCached("/households/12/export", "text/csv")).isFalse();
        assertThat(SecurityHeaders.mayBeCached("/q/openapi", null)).isFalse();
    }
}
