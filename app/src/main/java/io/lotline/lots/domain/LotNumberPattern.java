package io.lotline.lots.domain;

import io.lotline.lots.NumberingContext;
import io.lotline.shared.Gs1Batch;
import io.lotline.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lot number format such as {@code B{YY}{JJJ}-{ITEM}-{SEQ:3}}: literal text and tokens in braces. Tokens are the
 * date parts {@code {YYYY} {YY} {MM} {DD} {JJJ}} (Julian day of the year), the item's lot code {@code {ITEM}}, the
 * site's plant code {@code {SITE}}, the production {@code {LINE}} and {@code {SHIFT}}, a daily sequence
 * {@code {SEQ:n}} that starts again at 1 every day, and a running sequence per item {@code {ISEQ:n}}.
 *
 * <p>It renders numbers for new lots, and checks a number a person typed, saying which part is wrong.
 */
public final class LotNumberPattern {
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Z]+)(?::(\\d{1,2}))?}");

    private final String pattern;
    private final List<LotNumberPart> parts;

    private LotNumberPattern(String pattern, List<LotNumberPart> parts) {
        this.pattern = pattern;
        this.parts = List.copyOf(parts);
    }

    public static LotNumberPattern parse(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.length() > 200) {
            throw new InvalidInput("pattern", pattern, "pattern-required", "A format pattern has 1-200 characters");
        }
        List<LotNumberPart> parts = new ArrayList<>();
        Matcher token = TOKEN.matcher(pattern);
        int at = 0;
        while (token.find()) {
            if (token.start() > at) {
                parts.add(LotNumberPart.literal(pattern.substring(at, token.start())));
            }
            parts.add(LotNumberPart.token(token.group(1), token.group(2), pattern));
            at = token.end();
        }
        if (at < pattern.length()) {
            parts.add(LotNumberPart.literal(pattern.substring(at)));
        }
        String literals = String.join("", parts.stream().filter(LotNumberPart::isLiteral).map(LotNumberPart::text)
                .toList());
        if (literals.contains("{") || literals.contains("}")) {
            throw new InvalidInput("pattern", pattern, "pattern-token",
                    "Unknown or malformed token; use {YYYY} {YY} {MM} {DD} {JJJ} {ITEM} {SITE} {LINE} {SHIFT} "
                            + "{SEQ:n} {ISEQ:n}");
        }
        if (parts.stream().filter(LotNumberPart::isSequence).count() != 1) {
            throw new InvalidInput("pattern", pattern, "pattern-one-sequence",
                    "A format needs exactly one sequence, {SEQ:n} or {ISEQ:n}, so that every number is new");
        }
        return new LotNumberPattern(pattern, parts);
    }

    public String pattern() { return pattern; }

    /**
     * Refuses a format that could render a number GS1 AI (10) cannot carry on a label: longer than 20 characters at
     * its longest, or literal text outside GS1 character set 82 (item, site, line and shift codes are letters, digits
     * and {@code . _ / -}, which are inside it).
     */
    public LotNumberPattern requireGs1Batch() {
        int longest = parts.stream().mapToInt(LotNumberPart::maxLength).sum();
        if (longest > Gs1Batch.MAX_LENGTH) {
            throw new InvalidInput("pattern", pattern, "pattern-gs1-batch-length", "Format " + pattern
                    + " can render " + longest + " characters; a lot number on a GS1 label (AI 10) has at most "
                    + Gs1Batch.MAX_LENGTH);
        }
        parts.stream().filter(LotNumberPart::isLiteral).filter(part -> !Gs1Batch.inCharacterSet(part.text()))
                .findFirst().ifPresent(part -> {
                    throw new InvalidInput("pattern", pattern, "pattern-gs1-batch-characters", "The text '"
                            + part.text() + "' has characters a GS1 label cannot carry in a lot number (AI 10): "
                            + "use letters, digits and !\"%&'()*+,-./:;<=>?_");
                });
        return this;
    }

    /** Where the sequence counts: a daily sequence per rendered prefix and day, a running one per item. */
    public String sequenceScope(String formatCode, NumberingContext context) {
        LotNumberPart sequence = parts.stream().filter(LotNumberPart::isSequence).findFirst().orElseThrow();
        String fixed = render(context, -1);
        return sequence.perItem()
                ? formatCode + "|item|" + context.itemCode()
                : formatCode + "|day|" + context.day() + "|" + fixed;
    }

    /** The number for the given sequence value. */
    public String render(NumberingContext context, long sequence) {
        StringBuilder number = new StringBuilder();
        for (LotNumberPart part : parts) {
            number.append(part.render(context, sequence));
        }
        return number.toString();
    }

    /** The highest sequence value the format can print. */
    public long maxSequence() {
        return parts.stream().filter(LotNumberPart::isSequence).findFirst().orElseThrow().maxValue();
    }

    /** Checks a typed number part by part; the first part that does not fit is reported. */
    public Optional<String> check(String number, NumberingContext context) {
        StringBuilder prefix = new StringBuilder("^");
        for (LotNumberPart part : parts) {
            prefix.append(part.regex(context));
            Matcher matcher = Pattern.compile(prefix.toString()).matcher(number);
            if (!matcher.lookingAt()) {
                return Optional.of(part.describeFailure(number, positionAfterLastMatch(number, prefix, part, context)));
            }
        }
        if (!Pattern.compile(prefix + "$").matcher(number).matches()) {
            return Optional.of("unexpected text after the end of format " + pattern);
        }
        return LotNumberPart.checkCalendar(parts, number, context, prefix.toString());
    }

    private static int positionAfterLastMatch(String number, StringBuilder prefix, LotNumberPart failed,
                                              NumberingContext context) {
        String before = prefix.substring(0, prefix.length() - failed.regex(context).length());
        Matcher matcher = Pattern.compile(before).matcher(number);
        return matcher.lookingAt() ? matcher.end() : 0;
    }
}
