package io.lotline.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * EU Regulation 178/2002 Art. 18 and Implementing Regulation 931/2011 for one lot: from whom it (and what it was made
 * of) was received, to whom it (and what was made from it) was dispatched, and what customers sent back, per
 * consignment: description, volume, dispatched from, dispatched to, lot reference, date (of receipt or dispatch,
 * and on the receiving side the day the supplier dispatched it), the owner (consignor) where the goods came on
 * someone else's behalf, and the owner (consignee) where they went to the receiver on someone else's behalf.
 */
public record OneUpOneDown(String lotNumber, List<Consignment> suppliedFrom, List<Consignment> suppliedTo,
                           List<Consignment> returnedFrom) {

    /** One consignment as 931/2011 lists it. */
    public record Consignment(String description, BigDecimal quantity, String unit, String dispatchedFromName,
                              String dispatchedFromAddress, String dispatchedToName, String dispatchedToAddress,
                              String lotReference, String internalLot, LocalDate date, LocalDate dispatchedOn,
                              String consignorName, String consignorAddress, String consigneeName,
                              String consigneeAddress, String document) {
    }
}
