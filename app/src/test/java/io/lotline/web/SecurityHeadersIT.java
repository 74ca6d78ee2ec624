package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.support.IntegrationTest;
import io.lotline.support.SignInSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What every answer tells the browser (a content security policy, a referrer policy, a permissions policy), the
 * session cookie behind a TLS proxy, and the API description behind sign-in as in production.
 */
@SignInSettings
class SecurityHeadersIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void pages_api_answers_and_refusals_carry_the_content_security_referrer_and_permissions_policies() {
        List<MvcTestResult> answers = List.of(mvc.get().uri("/login").exchange(),
                as("operator").get("/api/v1/items"), mvc.get().uri("/api/v1/items").exchange(),
                mvc.get().uri("/").with(user("operator").roles("OPERATOR")).exchange());

        for (MvcTestResult answer : answers) {
            assertThat(answer.getResponse().getHeader("Content-Security-Policy"))
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(answer.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
        }
    }

    @Test
    void the_api_description_and_swagger_ui_need_a_sign_in_when_they_are_not_public() {
        assertThat(mvc.get().uri("/v3/api-docs").exchange()).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/swagger-ui.html").exchange()).hasStatus(302);

        assertThat(mvc.get().uri("/v3/api-docs").with(user("operator").roles("OPERATOR")).exchange()).hasStatus(200);
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_secure_when_a_tls_proxy_forwarded_the_sign_in() throws Exception {
        String behindTls = sessionCookieAfterSigningIn(true);
        assertThat(behindTls).startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax");

        String plainHttp = sessionCookieAfterSigningIn(false);
        assertThat(plainHttp).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    /** Signs in through the form over real HTTP, as a browser behind a proxy would, and returns the session cookie. */
    private String sessionCookieAfterSigningIn(boolean tls) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (tls) {
            page.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> login = http.send(page.build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String csrfCookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        HttpRequest.Builder signIn = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=operator&password=" + PASSWORD + "&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)));
        if (tls) {
            signIn.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> signedIn = http.send(signIn.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }
}
