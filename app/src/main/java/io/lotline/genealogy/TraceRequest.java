package io.lotline.genealogy;

import io.lotline.shared.InvalidInput;
import java.util.List;

/** Which lots to trace, which way, and optionally how many steps deep. */
public record TraceRequest(Direction direction, List<String> lotNumbers, Integer maxDepth) {
    public static final int MAX_ROOTS = 1000;

    public TraceRequest {
        if (direction == null) {
            throw new InvalidInput("direction", null, "required", "Say FORWARD or REVERSE");
        }
        if (lotNumbers == null || lotNumbers.isEmpty() || lotNumbers.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new InvalidInput("lots", lotNumbers, "at-least-one-lot", "Name at least one lot to trace");
        }
        if (lotNumbers.size() > MAX_ROOTS) {
            throw new InvalidInput("lots", lotNumbers.size(), "at-most-" + MAX_ROOTS + "-lots",
                    "Trace at most " + MAX_ROOTS + " lots at once");
        }
        if (maxDepth != null && maxDepth < 1) {
            throw new InvalidInput("maxDepth", maxDepth, "depth-positive", "A depth limit is at least 1");
        }
        lotNumbers = List.copyOf(lotNumbers);
    }
}
