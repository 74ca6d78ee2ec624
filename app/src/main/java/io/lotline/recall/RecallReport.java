package io.lotline.recall;

import io.lotline.genealogy.Trace;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A recall case or a mock recall, as the quality manager and the auditor read it: the suspect lots, every affected
 * lot, the customers with contact, shipments and documents, the stock still on hand and where, the suppliers of the
 * suspect lots, the mass balance of every lot in scope, and the time it took.
 */
public record RecallReport(String code, String kind, String status, String reason, List<String> suspectLots,
                           List<AffectedLot> affectedLots, List<CustomerExposure> customers,
                           List<Trace.Stock> stockOnHand, List<Trace.Receipt> suppliers,
                           List<MassBalance> massBalance, boolean massBalanceExact, Instant startedAt,
                           Instant completedAt, Long elapsedMillis, Integer targetMinutes, Boolean withinTarget,
                           BigDecimal effectiveness, String closedBy, String closureSummary,
                           AttributeScope scopedBy) {

    /**
     * The same report, finished at {@code completedAt} after {@code elapsedMillis} against a target of
     * {@code targetMinutes}: a drill's clock stops once its report is assembled.
     */
    public RecallReport completed(Instant completedAt, long elapsedMillis, int targetMinutes) {
        return new RecallReport(code, kind, status, reason, suspectLots, affectedLots, customers, stockOnHand, suppliers,
                massBalance, massBalanceExact, startedAt, completedAt, elapsedMillis, targetMinutes,
                withinTarget(elapsedMillis, targetMinutes), effectiveness, closedBy, closureSummary, scopedBy);
    }

    /** The same report, saying which attributes and period chose its suspect lots ({@code null}: none did). */
    public RecallReport scopedBy(AttributeScope scope) {
        return new RecallReport(code, kind, status, reason, suspectLots, affectedLots, customers, stockOnHand, suppliers,
                massBalance, massBalanceExact, startedAt, completedAt, elapsedMillis, targetMinutes, withinTarget,
                effectiveness, closedBy, closureSummary, scope);
    }

    /** The attributes every suspect lot chosen by them carries, and the days they were received or produced in. */
    public record AttributeScope(Map<String, String> attributes, LocalDate bornFrom, LocalDate bornTo) {

        /** In words: {@code catchArea = FAO 87; received or produced 2026-05-01 – 2026-05-31}. */
        public String inWords() {
            StringBuilder words = new StringBuilder();
            attributes.forEach((name, value) -> words.append(words.isEmpty() ? "" : ", ").append(name).append(" = ")
                    .append(value));
            if (bornFrom != null || bornTo != null) {
                words.append("; received or produced ").append(bornFrom == null ? "…" : bornFrom).append(" – ")
                        .append(bornTo == null ? "…" : bornTo);
            }
            return words.toString();
        }
    }

    /** Whether a drill took no longer than its target; unknown while either is. */
    public static Boolean withinTarget(Long elapsedMillis, Integer targetMinutes) {
        return elapsedMillis == null || targetMinutes == null ? null : elapsedMillis <= targetMinutes * 60_000L;
    }

    /** A lot in scope: how far from a suspect lot, why it is in scope, its status, whether stock is left. */
    public record AffectedLot(String lotNumber, String sku, String description, int depth, String via,
                              String status, Quantity onHand) {
    }

    /**
     * A customer who received affected lots: contact, each shipment, what was shipped and what came back or is
     * accounted for (in the base unit, where the lots share one), what was shipped as it was booked
     * ({@code 4 BAG (100 KG)}), and the state of the notice.
     */
    public record CustomerExposure(String customer, String name, String contact, String email, String phone,
                                   List<Trace.Shipment> shipments, Quantity shipped, Quantity recovered,
                                   String shippedAsBooked, BigDecimal effectiveness, String noticeStatus, Instant noticeSentAt,
                                   Instant acknowledgedAt) {
    }
}
