package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.identity.Role;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The retention page: compliance reads the rules, what falls under which rule and each lot's archive date, and
 * downloads the archive bundle of a closed period; a period the archive refuses is shown again with the reason.
 */
class RetentionPageIT extends IntegrationTest {
    private static final Set<Role> RETENTION = EnumSet.of(Role.COMPLIANCE, Role.ADMIN);
    private static final Set<Role> ARCHIVE = EnumSet.of(Role.COMPLIANCE);

    @Autowired
    Clock clock;

    private String category;
    private Floor.Site site;
    private Item item;
    private String today;

    @BeforeEach
    void aCategoryWhoseRecordsMayGoOnceTheLotIsGone() {
        category = "BRIEF-" + Floor.next();
        assertThat(as("supervisor").post("/api/v1/categories", """
                {"code": "%s", "name": "Samples"}""".formatted(category))).hasStatus(201);
        assertThat(as("admin").put("/api/v1/retention-rules", """
                {"reason": "Samples are kept until used up", "rules": [
                  {"code": "SAMPLES", "category": "%s", "monthsAfterRecord": 0}]}""".formatted(category)))
                .hasStatus(200);
        site = floor.aSite();
        item = floor.anItem().inCategory(category).register();
        today = LocalDate.now(clock).toString();
    }

    @Test
    void compliance_reads_the_rules_what_falls_under_each_and_when_each_lot_may_be_archived() {
        String lot = floor.receive(site, item, "10", site.rack(), null);

        MvcTestResult page = get("compliance", "/retention");

        assertThat(page).hasStatusOk();
        assertThat(Api.body(page)).contains("id=\"rules-version\"").contains("Samples are kept until used up")
                .contains("id=\"by-rule\"").contains("SAMPLES").contains(category)
                .contains("id=\"archive-form\"").contains("href=\"/retention\"");
        assertThat(Api.body(get("compliance", "/retention?page=" + lastPage()))).contains(lot);
        assertThat(Api.body(get("admin", "/retention"))).contains("id=\"by-rule\"").doesNotContain("id=\"archive-form\"");
    }

    @Test
    void a_period_the_archive_refuses_is_shown_with_the_reason_and_a_closed_one_downloads_the_bundle()
            throws Exception {
        String lot = floor.receive(site, item, "10", site.rack(), null);

        MvcTestResult inStock = get("compliance", "/retention/archive?until=" + today);
        MvcTestResult future = get("compliance", "/retention/archive?until=" + LocalDate.parse(today).plusDays(1));
        MvcTestResult notADay = get("compliance", "/retention/archive?until=May");

        assertThat(inStock).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(inStock)).contains("id=\"until-error\"").contains(lot + " (stock on hand)");
        assertThat(future).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(future)).contains("id=\"until-error\"");
        assertThat(notADay).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(notADay)).contains("id=\"until-error\"").contains("value=\"May\"");

        assertThat(as("operator").post("/api/v1/scraps", """
                {"lotNumber": "%s", "quantity": {"amount": 10, "unit": "KG"}, "from": {"location": "%s"},
                 "reasonCode": "EXPIRED"}""".formatted(lot, site.rack()))).hasStatus(201);
        MvcTestResult bundle = get("compliance", "/retention/archive?until=" + today);

        assertThat(bundle).hasStatusOk().hasContentType("application/zip");
        assertThat(bundle.getResponse().getHeader("Content-Disposition"))
                .contains("lotline-archive-until-" + today + ".zip");
        assertThat(entries(bundle.getResponse().getContentAsByteArray()))
                .contains("README.txt", "entries.jsonl", "chain.csv", "manifest.json");
    }

    @Test
    void the_page_is_for_compliance_and_admin_and_the_archive_for_compliance_only() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            int page = get(role.name().toLowerCase(), "/retention").getResponse().getStatus();
            int archive = get(role.name().toLowerCase(), "/retention/archive?until=May").getResponse().getStatus();
            if (RETENTION.contains(role) == (page == 403)) {
                wrong.add(role + " /retention -> " + page);
            }
            if (ARCHIVE.contains(role) == (archive == 403)) {
                wrong.add(role + " /retention/archive -> " + archive);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private long lastPage() {
        long lots = jdbc.sql("select count(*) from lots").query(Long.class).single();
        return (lots - 1) / 50;
    }

    private MvcTestResult get(String username, String path) {
        return mvc.get().uri(path).with(user(username).roles(username.toUpperCase())).exchange();
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
