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
 * Lotline runs must agree on valid or invalid. Not applicable, and pinned so that none is left out silently: the
 * linters Lotline skips (code lists it does not ship), the coupon cases that answer for GS1's company prefix registry
 * (the engine's tests put a stand-in registry behind them), and two currencies the dictionary's snapshot still lists
 * while the CLDR data Lotline reads records them as replaced.
 */
class LinterCasesTest {
    private static final List<JsonNode> CASES = Gs1Vectors.lines("syntax-dictionary-linter-cases.jsonl");

    record LinterCase(String linter, String input, boolean valid, String error, String source) {
        @Override
        public String toString() {
            return linter + " [" + input.replaceAll("\\p{Cntrl}", "?") + "] valid=" + valid + " (" + source + ")";
        }
    }

    private static final Set<String> PREFIX_REGISTRY = Set.of("GS1_LINTER_INVALID_GCP_PREFIX",
            "GS1_LINTER_GCP_DATASOURCE_OFFLINE");
    /** ISO 4217 codes the dictionary lists and CLDR no longer: the colon (El Salvador, USD since 2001), the lev. */
    private static final Set<String> REPLACED_CURRENCIES = Set.of("222", "975");

    /** The linters whose refusals carry GS1's own error name, so a wrong field of a coupon is named as GS1 names it. */
    private static final Set<String> REFUSE_AS_GS1_NAMES_IT = Set.of("couponcode", "couponposoffer", "iso3166",
            "iso3166999", "iso3166alpha2", "iso4217");

    static Stream<LinterCase> applicable() {
        return all().filter(c -> Linters.runs(c.linter()) && !answersForTheRegistry(c)
                && !(c.linter().equals("iso4217") && REPLACED_CURRENCIES.contains(c.input())));
    }

    private static boolean answersForTheRegistry(LinterCase linterCase) {
        return linterCase.error() != null && PREFIX_REGISTRY.contains(linterCase.error());
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
        if (!linterCase.valid() && REFUSE_AS_GS1_NAMES_IT.contains(linterCase.linter())) {
            assertThat(Linters.check(linterCase.linter(), linterCase.input()))
                    .contains(linterCase.error().replace("GS1_LINTER_", "").replace('_', '-').toLowerCase());
        }
    }

    @Test
    void only_the_linters_that_need_a_code_list_lotline_does_not_ship_are_not_applicable() {
        Set<String> skipped = new TreeSet<>(all().map(LinterCase::linter).filter(l -> !Linters.runs(l)).toList());

        assertThat(skipped).containsExactly("gcppos1", "gcppos2", "packagetype");
        assertThat(Linters.SKIPPED).containsAll(skipped);
    }

    @Test
    void all_but_the_skipped_linters_the_prefix_registry_and_two_replaced_currencies_apply() {
        assertThat(all().filter(c -> c.linter().startsWith("coupon") && answersForTheRegistry(c)))
                .hasSize(8);
        assertThat(applicable()).hasSize(5215);
        assertThat(CASES).hasSize(5671);
    }

    @Test
    void the_currencies_cldr_records_as_replaced_are_refused_though_the_dictionary_still_lists_them() {
        assertThat(all().filter(c -> c.linter().equals("iso4217") && REPLACED_CURRENCIES.contains(c.input())))
                .allMatch(LinterCase::valid).hasSize(2);
        assertThat(REPLACED_CURRENCIES).allSatisfy(code -> assertThat(Linters.check("iso4217", code))
                .contains("not-iso4217"));
    }
}
