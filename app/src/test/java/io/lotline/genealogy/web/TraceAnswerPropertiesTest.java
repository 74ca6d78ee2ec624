package io.lotline.genealogy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How traces answer over HTTP is bound once; a full answer of no lots stops the start. */
class TraceAnswerPropertiesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TraceAnswerProperties.Binding.class);

    @Test
    void without_settings_a_full_answer_has_five_thousand_lots_and_cursors_are_signed_with_the_stored_secret() {
        context.run(started -> assertThat(started.getBean(TraceAnswerProperties.class))
                .isEqualTo(new TraceAnswerProperties(5000, "")));
    }

    @Test
    void a_full_answer_of_no_lots_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.traces.full-answer-max-lots=0").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.traces", "fullAnswerMaxLots", "rejected value [0]",
                                "must be greater than 0"));
    }
}
