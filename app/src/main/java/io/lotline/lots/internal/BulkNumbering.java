package io.lotline.lots.internal;

import io.lotline.lots.DuplicateLotNumber;
import io.lotline.lots.LotNumberFormatDefinition;
import io.lotline.lots.NewLot;
import io.lotline.lots.domain.LotNumberPattern;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Refused;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Numbers for many new lots at once, given as one lot at a time would get them: a typed number follows its item's
 * format and is new; the others are drawn from their format's sequence, one block per sequence, passing over any
 * number already taken (a number typed earlier may hold a slot of the sequence).
 */
final class BulkNumbering {
    private final Formats formats;
    private final LotRecords records;
    private final LongFunction<LotNumberFormatDefinition> formatOf;

    /** {@code formatOf} names the format of an item's lots; it is asked once per item. */
    BulkNumbering(Formats formats, LotRecords records, LongFunction<LotNumberFormatDefinition> formatOf) {
        this.formats = formats;
        this.records = records;
        Map<Long, LotNumberFormatDefinition> known = new HashMap<>();
        this.formatOf = itemId -> known.computeIfAbsent(itemId, formatOf::apply);
    }

    List<String> numbers(List<NewLot> lots) {
        String[] numbers = new String[lots.size()];
        Set<String> used = given(lots, numbers);
        Map<String, LotNumberPattern> patterns = new HashMap<>();
        Map<String, List<Integer>> byScope = byScope(lots, patterns);
        byScope.forEach((scope, indexes) -> draw(scope, patterns.get(scope), indexes, lots, numbers));
        Set<String> taken = new HashSet<>(records.takenAmong(
                Arrays.stream(numbers).filter(number -> !used.contains(number)).toList()));
        byScope.forEach((scope, indexes) -> indexes.forEach(i -> {
            while (taken.contains(numbers[i]) || used.contains(numbers[i])) {
                numbers[i] = render(scope, patterns.get(scope), lots.get(i), formats.next(scope));
                if (records.numberTaken(numbers[i])) {
                    taken.add(numbers[i]);
                }
            }
            used.add(numbers[i]);
        }));
        return List.of(numbers);
    }

    /** Throws for the first lot to be numbered whose sequence would run out, counting from its last value now. */
    void checkNumbersLeft(List<NewLot> lots) {
        Map<String, LotNumberPattern> patterns = new HashMap<>();
        byScope(lots, patterns).forEach((scope, indexes) -> {
            long left = patterns.get(scope).maxSequence() - formats.current(scope);
            if (indexes.size() > left) {
                int first = indexes.get((int) Math.max(0, left));
                throw new Refused("lots[" + first + "].lotNumber", scope, "lot-sequence-exhausted",
                        "Format " + scope.substring(0, scope.indexOf('|')) + " has " + Math.max(0, left)
                                + " numbers left for " + lots.get(first).context().day() + " and " + indexes.size()
                                + " lots to number; give the items a format with a longer sequence");
            }
        });
    }

    /** The lots without a typed number, by the sequence scope their number is drawn from. */
    private Map<String, List<Integer>> byScope(List<NewLot> lots, Map<String, LotNumberPattern> patterns) {
        Map<String, LotNumberPattern> parsed = new HashMap<>();
        Map<String, List<Integer>> byScope = new LinkedHashMap<>();
        for (int i = 0; i < lots.size(); i++) {
            if (lots.get(i).number() == null) {
                LotNumberFormatDefinition format = formatOf.apply(lots.get(i).itemId());
                LotNumberPattern pattern = parsed.computeIfAbsent(format.pattern(), LotNumberPattern::parse);
                String scope = pattern.sequenceScope(format.code(), lots.get(i).context());
                patterns.put(scope, pattern);
                byScope.computeIfAbsent(scope, key -> new ArrayList<>()).add(i);
            }
        }
        return byScope;
    }

    /** The typed numbers, checked; answers them as the numbers already used. */
    private Set<String> given(List<NewLot> lots, String[] numbers) {
        Set<String> used = new HashSet<>();
        for (int i = 0; i < lots.size(); i++) {
            NewLot lot = lots.get(i);
            if (lot.number() == null) {
                continue;
            }
            String number = lot.number().value();
            LotNumberFormatDefinition format = formatOf.apply(lot.itemId());
            if (!LotsService.BUILT_IN.code().equals(format.code())) {
                int line = i;
                LotNumberPattern.parse(format.pattern()).check(number, lot.context()).ifPresent(failure -> {
                    throw new InvalidInput("lots[" + line + "].lotNumber", number, "lot-number-format",
                            "Lot number does not follow format " + format.code() + " (" + format.pattern() + "): "
                                    + failure);
                });
            }
            if (!used.add(number)) {
                throw new DuplicateLotNumber("lots[" + i + "].lotNumber", number);
            }
            numbers[i] = number;
        }
        List<String> taken = records.takenAmong(List.copyOf(used));
        if (!taken.isEmpty()) {
            throw new DuplicateLotNumber("lotNumber", taken.get(0));
        }
        return used;
    }

    private void draw(String scope, LotNumberPattern pattern, List<Integer> indexes, List<NewLot> lots,
                      String[] numbers) {
        long first = formats.reserve(scope, indexes.size());
        for (int k = 0; k < indexes.size(); k++) {
            numbers[indexes.get(k)] = render(scope, pattern, lots.get(indexes.get(k)), first + k);
        }
    }

    private static String render(String scope, LotNumberPattern pattern, NewLot lot, long sequence) {
        if (sequence > pattern.maxSequence()) {
            throw new Refused("lotNumber", pattern.pattern(), "lot-sequence-exhausted",
                    "Format " + scope + " has no sequence number left for " + lot.context().day()
                            + "; widen its sequence");
        }
        return pattern.render(lot.context(), sequence);
    }
}
