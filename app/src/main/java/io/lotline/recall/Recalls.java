package io.lotline.recall;

import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.recall.RecallCommands.Acknowledge;
import io.lotline.recall.RecallCommands.CloseRecall;
import io.lotline.recall.RecallCommands.Dispose;
import io.lotline.recall.RecallCommands.OpenRecall;
import io.lotline.recall.RecallCommands.RecallReturn;
import io.lotline.recall.RecallCommands.RunMockRecall;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.List;

/** Recall cases and mock recalls. */
public interface Recalls {

    /** Opens a recall case with its scope for review; nothing is blocked yet. */
    RecallReport open(BookingContext context, OpenRecall command);

    /**
     * Confirms the scope: every affected lot becomes RECALLED at once, with or without stock, and is held by the recall
     * until the recall's disposition frees it. Once only.
     */
    RecallReport confirm(BookingContext context, String code);

    RecallReport report(String code);

    Page<RecallReport> list(String kind, PageRequest page);

    Booking bookReturn(BookingContext context, String code, RecallReturn command);

    RecallReport markNoticeSent(String code, String customer);

    /** E-mails the notice (PDF attached) to the customer's recall contact and marks it sent. */
    RecallReport mailNotice(String code, String customer);

    RecallReport acknowledge(String code, Acknowledge command);

    /** Destroys the stock of a lot the recall holds, or releases the lot; signed. */
    LotDisposition dispose(BookingContext context, String code, Dispose command);

    RecallReport close(BookingContext context, String code, CloseRecall command);

    /** Runs the drill: the same scope and report, nothing changed, timed. */
    RecallReport runMock(BookingContext context, RunMockRecall command);

    /** Mass balance of lots, exact in base units. */
    List<MassBalance> massBalance(List<String> lotNumbers);
}
