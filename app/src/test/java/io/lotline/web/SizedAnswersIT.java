package io.lotline.web;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Answers sized for their readers: compressed when the client accepts it, and not sent again when unchanged. */
class SizedAnswersIT extends IntegrationTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_large_json_answer_is_gzipped_when_the_client_accepts_it_and_reads_the_same() throws Exception {
        HttpResponse<byte[]> zipped = get("/v3/api-docs", "gzip");
        HttpResponse<byte[]> plain = get("/v3/api-docs", null);

        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void a_small_answer_is_sent_as_it_is() throws Exception {
        HttpResponse<byte[]> small = get("/actuator/health/liveness", "gzip");

        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void a_ledger_entry_carries_its_hash_as_etag_and_is_not_sent_again_when_unchanged() {
        Floor.Site site = floor.aSite();
        Item item = floor.anItem().register();
        String lot = floor.receive(site, item, "10", site.rack(), null);
        long entryId = ((Number) read(as("operator").get("/api/v1/lots/" + lot), "$.history[0].id")).longValue();

        // quality sees the entry whole; the floor sees it without its party, a representation with its own tag
        MvcTestResult first = as("quality").get("/api/v1/entries/" + entryId);
        String etag = first.getResponse().getHeader("ETag");
        MvcTestResult again = mvc.get().uri("/api/v1/entries/" + entryId).header("If-None-Match", etag)
                .with(httpBasic("quality", PASSWORD)).exchange();
        MvcTestResult other = mvc.get().uri("/api/v1/entries/" + entryId).header("If-None-Match", "\"other\"")
                .with(httpBasic("quality", PASSWORD)).exchange();
        MvcTestResult masked = mvc.get().uri("/api/v1/entries/" + entryId).header("If-None-Match", etag)
                .with(httpBasic("operator", PASSWORD)).exchange();

        assertThat(first).hasStatus(200);
        assertThat(etag).isEqualTo("\"" + read(first, "$.hash") + "\"");
        assertThat(again).hasStatus(304);
        assertThat(body(again)).isEmpty();
        assertThat(other).hasStatus(200);
        assertThat(masked).hasStatus(200);
        assertThat(masked.getResponse().getHeader("ETag")).isEqualTo("\"" + read(first, "$.hash") + "-masked\"");
        assertThat(body(other)).isEqualTo(body(first));
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("operator:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] zipped) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
