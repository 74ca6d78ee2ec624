package io.lotline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who acts is read once per request: a request books several things and each names its actor. */
class CurrentActorIT extends IntegrationTest {
    @Autowired
    Users users;

    @Autowired
    CurrentActor actor;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_request_reads_its_actor_once_and_the_next_request_reads_it_again() {
        String username = "clerk-" + System.nanoTime();
        users.create(new NewUser(username, "Clara Clerk", Set.of(Role.OPERATOR), PASSWORD));
        aRequest();
        signedIn(username, Role.OPERATOR);

        Actor first = actor.current();
        jdbc.sql("update users set display_name = 'Clara Meyer' where username = ?").param(username).update();
        Actor again = actor.current();
        aRequest();
        Actor nextRequest = actor.current();

        assertThat(first).isEqualTo(new Actor(username, "Clara Clerk", Set.of(Role.OPERATOR)));
        assertThat(again).isSameAs(first);
        assertThat(nextRequest.displayName()).isEqualTo("Clara Meyer");
    }

    @Test
    void a_request_that_signs_in_anew_reads_the_new_actor() {
        String clerk = "clerk-" + System.nanoTime();
        String lead = "lead-" + System.nanoTime();
        users.create(new NewUser(clerk, "Clara Clerk", Set.of(Role.OPERATOR), PASSWORD));
        users.create(new NewUser(lead, "Lena Lead", Set.of(Role.SUPERVISOR), PASSWORD));
        aRequest();

        signedIn(clerk, Role.OPERATOR);
        Actor before = actor.current();
        signedIn(lead, Role.SUPERVISOR);
        Actor after = actor.current();

        assertThat(before.username()).isEqualTo(clerk);
        assertThat(after).isEqualTo(new Actor(lead, "Lena Lead", Set.of(Role.SUPERVISOR)));
    }

    private static void aRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    private static void signedIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
