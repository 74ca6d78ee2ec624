package io.lotline.genealogy.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * How traces are answered over HTTP, under {@code lotline.traces}: past {@code full-answer-max-lots} lots a trace
 * answers with its summary and links to its pages; {@code cursor-key} signs the page cursors (empty: a random secret
 * kept in the database, shared by every instance on it).
 */
@Validated
@ConfigurationProperties("lotline.traces")
record TraceAnswerProperties(@DefaultValue("5000") @Positive int fullAnswerMaxLots,
                             @DefaultValue("") @NotNull String cursorKey) {

    /** Binds the trace answer settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TraceAnswerProperties.class)
    static class Binding {
    }
}
