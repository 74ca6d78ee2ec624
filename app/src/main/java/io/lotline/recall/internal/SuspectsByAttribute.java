package io.lotline.recall.internal;

import io.lotline.catalog.BatchPolicies;
import io.lotline.genealogy.TraceRequest;
import io.lotline.lots.Lots;
import io.lotline.recall.RecallCommands.Scope;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The suspect lots a recall's attributes choose: every lot carrying all of them (as corrected), received or produced
 * on the days of the scope's period in the business zone. An attribute no batch policy ever defined is refused, as
 * no lot can carry it and an empty answer would read as "nothing to recall".
 */
@Component
class SuspectsByAttribute {
    private final BatchPolicies policies;
    private final Lots lots;
    private final Clock clock;

    SuspectsByAttribute(BatchPolicies policies, Lots lots, Clock clock) {
        this.policies = policies;
        this.lots = lots;
        this.clock = clock;
    }

    /** The ids of the lots the scope's attributes choose; none when it names no attribute. */
    List<Long> of(Scope scope) {
        if (scope.attributes().isEmpty()) {
            return List.of();
        }
        scope.attributes().keySet().forEach(name -> {
            if (!policies.defines(name)) {
                throw new InvalidInput("scope.attributes." + name, name, "attribute-in-policy",
                        "No batch policy defines an attribute '" + name + "', so no lot carries it");
            }
        });
        List<Long> ids = lots.idsOfLotsCarrying(scope.attributes(), startOf(scope.bornFrom()),
                scope.bornTo() == null ? null : startOf(scope.bornTo().plusDays(1)));
        if (ids.isEmpty()) {
            throw new Unknown("lot carrying these attributes" + born(scope), "scope.attributes", scope.attributes());
        }
        if (ids.size() > TraceRequest.MAX_ROOTS) {
            throw new InvalidInput("scope.attributes", scope.attributes(), "scope-within-trace-limit",
                    ids.size() + " lots carry " + scope.attributes() + born(scope) + ", and at most "
                            + TraceRequest.MAX_ROOTS + " can be traced at once: name more attributes or a shorter period");
        }
        return ids;
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String born(Scope scope) {
        return (scope.bornFrom() == null ? "" : ", received or produced from " + scope.bornFrom())
                + (scope.bornTo() == null ? "" : (scope.bornFrom() == null ? ", received or produced" : "")
                + " until " + scope.bornTo());
    }
}
