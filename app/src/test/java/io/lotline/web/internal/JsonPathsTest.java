package io.lotline.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPathsTest {

    @Test
    void a_refused_value_is_named_within_the_record_that_refused_it() {
        assertThat(JsonPaths.parent("lines[2].quantity", "quantity")).isEqualTo("lines[2]");
        assertThat(JsonPaths.parent("quantity", "quantity")).isEmpty();
        assertThat(JsonPaths.parent("lines[2]", "lotNumber")).isEqualTo("lines[2]");
    }

    @Test
    void a_nested_record_that_names_its_fields_from_its_container_is_not_named_twice() {
        assertThat(JsonPaths.parent("recallContact", "recallContact.email")).isEmpty();
        assertThat(JsonPaths.parent("parties[1].address", "address.country")).isEqualTo("parties[1]");
    }
}
