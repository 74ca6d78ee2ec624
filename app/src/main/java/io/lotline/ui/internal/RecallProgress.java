package io.lotline.ui.internal;

import io.lotline.recall.RecallReport;
import io.lotline.recall.RecallReport.CustomerExposure;
import java.math.RoundingMode;
import java.util.List;

/**
 * How far a recall has come, as the top of its workspace shows it: the steps of its lifecycle done, customers
 * notified and acknowledged, and what came back over what was shipped (the recall's effectiveness).
 */
public record RecallProgress(boolean confirmed, boolean closed, int customers, long notified, long acknowledged,
                             String effectivenessPercent, List<String> lotsShipped) {

    static RecallProgress of(RecallReport report) {
        List<CustomerExposure> customers = report.customers();
        return new RecallProgress(!"OPEN".equals(report.status()), "CLOSED".equals(report.status()), customers.size(),
                customers.stream().filter(c -> !"NOT_SENT".equals(c.noticeStatus())).count(),
                customers.stream().filter(c -> "ACKNOWLEDGED".equals(c.noticeStatus())).count(),
                report.effectiveness() == null ? null : report.effectiveness().movePointRight(2)
                        .setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                customers.stream().flatMap(c -> c.shipments().stream()).map(s -> s.lotNumber()).distinct().toList());
    }

    public boolean everyoneNotified() {
        return customers > 0 && notified == customers;
    }

    public boolean everyoneAcknowledged() {
        return customers > 0 && acknowledged == customers;
    }
}
