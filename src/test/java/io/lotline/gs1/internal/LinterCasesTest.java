package io.lotline.gs1.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The Syntax Dictionary's own linter tests ({@code syntax-dictionary-linter-cases.jsonl}): every case of a linter
 * Lotline runs must agree on valid or invalid. Cases of the linters Lotline skips (code lists it does not ship) are
 * counted as not applicable, and that list is pinned so that none is skipped silently.
 */
class LinterCasesTest {
    private static final List<JsonNode> CASES = Gs1Vectors.lines("syntax-dictionary-linter-cases.jsonl");

    record LinterCase(String linter, String input, boolean valid, String error, String source) {
        @Override
        public String toString() {
            return linter + " [" + input.replaceAll("\\p{Cntrl}", "?") + "] valid=" + valid + " (" + source + ")";
        }
    }

    static Stream<LinterCase> applicable() {
        return all().filter(c -> Linters.runs(c.linter()));
    }

    private static Stream<LinterCase> all() {
        return CASES.stream().map(node -> new LinterCase(Gs1Vectors.text(node, "linter").replace("gs1_lint_", ""),
                Gs1Vectors.text(node, "input"), node.get("valid").asBoolean(), Gs1Vectors.text(node, "error"),
                Gs1Vectors.text(node, "source")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicable")
    void each_linter_case_agrees_with_the_syntax_dictionary(LinterCase linterCase) {
        assertThat(Linters.check(linterCase.linter(), linterCase.input()).isEmpty())
                .as("%s, GS1 says %s", linterCase, linterCase.error())
                .isEqualTo(linterCase.valid());
    }

    @Test
    void only_the_linters_that_need_a_code_list_lotline_does_not_ship_are_not_applicable() {
        Set<String> skipped = new TreeSet<>(all().map(LinterCase::linter).filter(l -> !Linters.runs(l)).toList());

        assertThat(skipped).containsExactly("couponcode", "couponposoffer", "gcppos1", "gcppos2", "iso3166",
                "iso3166999", "iso4217", "packagetype");
        assertThat(Linters.SKIPPED).containsAll(skipped);
    }
}
