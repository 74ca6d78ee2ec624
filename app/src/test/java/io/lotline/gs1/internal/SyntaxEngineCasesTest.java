package io.lotline.gs1.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.gs1.Element;
import io.lotline.gs1.InvalidGs1Code;
import io.lotline.gs1.ReadingRules;
import io.lotline.gs1.ScanForm;
import io.lotline.gs1.ScannedCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The GS1 Barcode Syntax Engine's own tests ({@code syntax-engine-ai-dl-scandata-cases.jsonl}) run against Lotline's
 * reader, each with the engine options it names ({@link ReadingRules}). A result is compared in the engine's notation:
 * raw AI data with {@code ^} for FNC1; Digital Links that labels write are compared as URIs. Not applicable: the
 * cases that generate scanner data as a scanner would transmit it (Lotline receives scanner data, never sends it),
 * and those that need the deprecated Digital Link convenience alphas ({@code /gtin/}, {@code /ser/}), which Lotline
 * does not accept.
 */
class SyntaxEngineCasesTest {
    private static final List<JsonNode> CASES = Gs1Vectors.lines("syntax-engine-ai-dl-scandata-cases.jsonl");
    private static final Set<String> READING = Set.of("test_parseAIdata", "test_processAIdata", "test_parseDLuri",
            "test_testProcessScanData", "test_testGenerateDLuri");
    private static final SyntaxDictionary DICTIONARY = SyntaxDictionary.official();

    record EngineCase(String macro, String input, boolean valid, String expected, ReadingRules rules, String source,
                      String stem) {
        @Override
        public String toString() {
            return macro.replace("test_", "") + " [" + input.replace('\u001d', '|') + "] valid=" + valid + " ("
                    + source.replaceAll(".*/", "") + ")";
        }
    }

    static Stream<EngineCase> applicable() {
        return CASES.stream().filter(SyntaxEngineCasesTest::applies).map(node -> new EngineCase(
                Gs1Vectors.text(node, "macro"), Gs1Vectors.text(node, "input"), node.get("valid").asBoolean(),
                Gs1Vectors.text(node, "expected"), rules(node), Gs1Vectors.text(node, "source"),
                Gs1Vectors.text(node, "stem")));
    }

    private static boolean applies(JsonNode node) {
        JsonNode settings = node.get("context_settings");
        boolean convenienceAlphas = settings != null && settings.has("permitConvenienceAlphas")
                && settings.get("permitConvenienceAlphas").asString().equals("true");
        return READING.contains(Gs1Vectors.text(node, "macro")) && !convenienceAlphas;
    }

    /** The engine's defaults, changed where the case says so. */
    private static ReadingRules rules(JsonNode node) {
        JsonNode settings = node.get("context_settings");
        Map<String, String> options = settings == null ? Map.of() : settings.properties().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asString()));
        return new ReadingRules(
                options.getOrDefault("setPermitUnknownAIs", "false").equals("true"),
                options.getOrDefault("setValidationEnabled(gs1_encoder_vUNKNOWN_AI_NOT_DL_ATTR)", "true").equals("false"),
                options.getOrDefault("setPermitZeroSuppressedGTINinDLuris", "false").equals("true"),
                true, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicable")
    void each_reading_case_of_the_syntax_engine_agrees(EngineCase engineCase) {
        Supplier<String> reading = () -> read(engineCase);
        if (engineCase.valid() && engineCase.expected() == null) {
            assertThatCode(reading::get).as(engineCase.toString()).doesNotThrowAnyException();
        } else if (engineCase.valid()) {
            assertThat(reading.get()).as(engineCase.toString()).isEqualTo(expected(engineCase));
        } else {
            assertThatExceptionOfType(InvalidGs1Code.class).as(engineCase.toString()).isThrownBy(reading::get);
        }
    }

    @Test
    void the_applicable_cases_are_all_but_scanner_data_generation_and_the_convenience_alphas() {
        assertThat(applicable()).hasSize(295);
        assertThat(CASES).hasSize(345);
    }

    private static String read(EngineCase engineCase) {
        String input = engineCase.input();
        return switch (engineCase.macro()) {
            case "test_parseAIdata" -> engine(new ElementStrings(DICTIONARY, engineCase.rules()).bracketed(input));
            case "test_processAIdata" -> {
                if (!input.startsWith("^")) {
                    throw new InvalidGs1Code(input, "fnc1-first", "AI data starts with FNC1");
                }
                yield engine(new ElementStrings(DICTIONARY, engineCase.rules())
                        .raw(input.substring(1).replace('^', ElementStrings.GS)));
            }
            case "test_parseDLuri" -> engine(new DigitalLinks(DICTIONARY, engineCase.rules()).read(input));
            case "test_testGenerateDLuri" -> new DigitalLinks(DICTIONARY, engineCase.rules()).write(
                    new Gs1Reader(DICTIONARY, engineCase.rules()).read(input).elements(),
                    engineCase.stem() == null ? "https://id.gs1.org" : engineCase.stem());
            default -> scanData(new Gs1Reader(DICTIONARY, engineCase.rules()).scannerData(input));
        };
    }

    /** Scan data as the engine gives it back: AI data, a GTIN as the symbol carried it, or the plain data. */
    private static String scanData(ScannedCode code) {
        String data = code.code().substring(3);
        if (code.form() == ScanForm.PLAIN || code.symbology() != null && code.form() == ScanForm.DIGITAL_LINK) {
            return data;
        }
        if (code.form() == ScanForm.GTIN_SYMBOL) {
            int composite = data.indexOf('|');
            return composite < 0 ? data : data.substring(0, composite) + "|" + engine(code.elements().subList(1,
                    code.elements().size()));
        }
        return engine(code.elements());
    }

    private static String expected(EngineCase engineCase) {
        String expected = engineCase.expected();
        if (engineCase.macro().equals("test_testProcessScanData") && expected.startsWith("\\")) {
            return expected.substring(1);   // the engine escapes plain data that starts with ^ or \^
        }
        return expected;
    }

    /** FNC1 first, then each AI and its data, FNC1 after a variable-length field that is not the last. */
    private static String engine(List<Element> elements) {
        StringBuilder raw = new StringBuilder("^");
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            raw.append(element.ai()).append(element.value());
            boolean predefined = DICTIONARY.definition(element.ai()).map(AiDefinition::predefinedLength).orElse(false);
            if (!predefined && i < elements.size() - 1) {
                raw.append('^');
            }
        }
        return raw.toString();
    }
}
