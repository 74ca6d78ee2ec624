package io.lotline.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Base of the integration tests: the whole application on H2 or PostgreSQL (see {@link TestDatabase}), a clean
 * schema once per run, one user per role with the password {@link #PASSWORD}, and MockMvc with HTTP Basic. The
 * application also listens on a random port, for the browser tests of the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lotline.admin.password=" + IntegrationTest.PASSWORD,
        // every request signs in with HTTP Basic: the cheapest bcrypt strength keeps thousands of them quick
        "lotline.security.bcrypt-strength=4",
        // expiry: tests sweep at the moments they choose, never on the schedule; webhook retries pause briefly
        "lotline.expiry.sweep.cron=-", "lotline.expiry.webhook.initial-backoff=20ms",
        // outbound events: the relay looks often and retries briefly
        "lotline.outbound.relay-interval=100ms", "lotline.outbound.initial-backoff=20ms",
        // the sender printed on recall notices
        "lotline.company.name=Mleczarnia Łódź Sp. z o.o.", "lotline.company.street=ul. Piotrkowska 1",
        "lotline.company.postal-code=90-001", "lotline.company.city=Łódź", "lotline.company.country=PL",
        "lotline.company.phone=+48 42 123 45 67", "lotline.company.recall-contact.name=Zofia Żółkiewska",
        "lotline.company.recall-contact.email=recall@mleczarnia.example",
        "lotline.company.recall-contact.phone=+48 600 100 200",
        // EPCIS capture: a limit small enough that refusing a document past it stays a light test
        "lotline.epcis.max-capture-bytes=8388608",
        // labels: SSCCs are numbered from a company prefix
        "lotline.gs1.company-prefix=4012345",
        // every test signs in from one address: its wrong passwords must not make the other tests wait (the sign-in
        // tests count per address from their own addresses, see SignInSettings)
        "lotline.sign-in.address.free-failures=${test.sign-in.address.free-failures:100000}",
        "lotline.sign-in.address.lock-after=${test.sign-in.address.lock-after:100000}"})
@AutoConfigureMockMvc
@Import({TestSetup.class, TestIdentityProvider.class})
public abstract class IntegrationTest {
    public static final String PASSWORD = "test-password-1";

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Floor floor;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestCheckpoints.register(registry);
    }

    protected Api as(String username) {
        return new Api(mvc, username, PASSWORD);
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
