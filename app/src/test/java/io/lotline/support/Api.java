package io.lotline.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Calls the API as one user, over HTTP Basic, with a fresh idempotency key unless one is given. */
public record Api(MockMvcTester mvc, String username, String password) {

    public MvcTestResult post(String path, String json) {
        return post(path, UUID.randomUUID().toString(), json);
    }

    public MvcTestResult post(String path, String idempotencyKey, String json) {
        var request = mvc.post().uri(path).with(httpBasic(username, password))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.exchange();
    }

    public MvcTestResult get(String path) {
        return mvc.get().uri(path).with(httpBasic(username, password)).exchange();
    }

    public MvcTestResult put(String path, String json) {
        return mvc.put().uri(path).with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    public MvcTestResult delete(String path) {
        return mvc.delete().uri(path).with(httpBasic(username, password)).exchange();
    }

    /** Reads a value out of a JSON answer: {@code read(result, "$.lots[0].lotNumber")}. */
    public static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    /** Reads an exact amount out of a JSON answer. */
    public static java.math.BigDecimal amount(MvcTestResult result, String path) {
        Object value = JsonPath.read(body(result), path);
        return new java.math.BigDecimal(value.toString());
    }

    public static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
