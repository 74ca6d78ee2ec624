package io.lotline.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A GS1 Digital Link becomes the element string it stands for; anything else is left as it was typed. */
class LabelsTest {

    @Test
    void a_digital_link_names_its_application_identifiers_in_turns() {
        assertThat(Labels.digitalLink("https://id.gs1.org/01/09506000134352/10/AB%2F12"))
                .isEqualTo("(01)09506000134352(10)AB/12");
        assertThat(Labels.digitalLink("https://example.com/products/01/09506000134352/10/L1/21/S7"))
                .isEqualTo("(01)09506000134352(10)L1(21)S7");
    }

    @Test
    void plain_text_and_other_addresses_are_left_alone() {
        assertThat(Labels.digitalLink("LP-0042")).isEqualTo("LP-0042");
        assertThat(Labels.digitalLink("https://example.com/about")).isEqualTo("https://example.com/about");
    }
}
