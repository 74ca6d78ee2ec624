package io.lotline.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.identity.Actor;
import io.lotline.identity.ApiToken;
import io.lotline.identity.ApiTokens;
import io.lotline.identity.Bearer;
import io.lotline.identity.IssuedApiToken;
import io.lotline.identity.NewApiToken;
import io.lotline.identity.Role;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

class BearerAuthenticationTest {
    private static final String KNOWN = "llt_" + "K".repeat(43);

    private final BearerAuthentication bearer = new BearerAuthentication(new OneToken(),
            new StaticListableBeanFactory().getBeanProvider(JwtDecoder.class),
            new JwtRoles(new SecurityProperties.Jwt("preferred_username", "roles", "")));

    @Test
    void an_api_token_acts_for_its_owner_with_its_roles_and_is_marked_as_a_token() {
        var authentication = bearer.authenticate(new BearerTokenAuthenticationToken(KNOWN));

        assertThat(authentication.getName()).isEqualTo("mes-line-3");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OPERATOR", "API_TOKEN");
    }

    @Test
    void without_an_identity_provider_a_jwt_is_refused_like_an_unknown_token() {
        assertThatThrownBy(() -> bearer.authenticate(new BearerTokenAuthenticationToken("eyJhbGciOiJSUzI1NiJ9.e30.x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> bearer.authenticate(new BearerTokenAuthenticationToken("llt_" + "U".repeat(43))))
                .isInstanceOf(BadCredentialsException.class);
    }

    /** The tokens of a database that knows one token, of the service account {@code mes-line-3}. */
    private static final class OneToken implements ApiTokens {
        @Override
        public Optional<Bearer> authenticate(String secret) {
            return KNOWN.equals(secret) ? Optional.of(new Bearer(1, "mes-line-3", Set.of(Role.OPERATOR)))
                    : Optional.empty();
        }

        @Override
        public IssuedApiToken issue(Actor owner, NewApiToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IssuedApiToken issueForServiceAccount(String account, NewApiToken token, Actor admin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<ApiToken> tokens(String owner, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApiToken revoke(long id, Actor actor) {
            throw new UnsupportedOperationException();
        }
    }
}
