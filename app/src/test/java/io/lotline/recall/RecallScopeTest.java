package io.lotline.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.recall.RecallCommands.Scope;
import io.lotline.shared.InvalidInput;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecallScopeTest {
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    @Test
    void attributes_alone_name_the_suspects_and_a_period_narrows_them() {
        Scope scope = new Scope(null, null, 0, Map.of("catchArea", "FAO 87"), MAY_1, MAY_31);

        assertThat(scope.lots()).isEmpty();
        assertThat(scope.attributes()).containsEntry("catchArea", "FAO 87");
        assertThat(new Scope(null, null, 0, Map.of("catchArea", "FAO 87"), null, MAY_31).bornFrom()).isNull();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_on_its_end() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Scope(null, null, 0, Map.of("catchArea", "FAO 87"), MAY_31, MAY_1))
                .satisfies(refusal -> {
                    assertThat(refusal.field()).isEqualTo("bornTo");
                    assertThat(refusal.rule()).isEqualTo("period-order");
                });
    }

    @Test
    void a_period_without_attributes_is_refused_even_beside_named_lots() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Scope(List.of("L1"), null, 0, null, MAY_1, null))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("period-with-attributes"));
    }

    @Test
    void an_attribute_without_a_value_or_more_than_ten_attributes_are_refused() {
        Map<String, String> blank = new HashMap<>();
        blank.put("catchArea", " ");
        Map<String, String> eleven = new HashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("a" + i, "x");
        }

        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Scope(null, null, 0, blank, null, null))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("attributes.catchArea"));
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Scope(null, null, 0, eleven, null, null))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("attribute-count"));
    }
}
