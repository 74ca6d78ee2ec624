package io.lotline.ledger;

import io.lotline.lots.LotStatus;
import io.lotline.shared.Conflict;
import java.util.Map;

/**
 * Two decisions on one lot at the same moment: the other was booked first, and from the status it left the asked
 * change is not allowed (a reject after a release, a release after a recall's block). Nothing of it is booked.
 */
public class StatusChangedMeanwhile extends Conflict {
    public StatusChangedMeanwhile(String lotNumber, LotStatus now, LotStatus askedFrom, LotStatus askedTo, String rule,
                                  String reason) {
        super("status", askedTo, rule, "Lot " + lotNumber + " is " + now + " now: a status change booked meanwhile "
                + "came first, and a change from " + askedFrom + " to " + askedTo + " was asked. " + reason);
        withDetail("lotNumber", lotNumber);
        withDetail("statusNow", now.name());
        withDetail("transition", Map.of("from", askedFrom.name(), "to", askedTo.name()));
    }
}
