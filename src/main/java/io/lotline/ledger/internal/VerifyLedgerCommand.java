package io.lotline.ledger.internal;

import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Ledger;
import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lotline.jar verify-ledger}: recomputes the audit chain and every balance, and prints the first
 * entry and each balance row that does not match. Exits 0 when all is intact, 1 when not, so that a scheduler can
 * alert on it.
 */
@Component
@ConditionalOnProperty(name = "lotline.command", havingValue = "verify-ledger")
class VerifyLedgerCommand implements ApplicationRunner, ExitCodeGenerator {
    private final Ledger ledger;
    private int exitCode;

    VerifyLedgerCommand(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(System.out);
    }

    int execute(PrintStream out) {
        ChainVerification result = ledger.verify();
        if (result.intact()) {
            out.println("Ledger intact: " + result.entriesChecked() + " entries and every balance verified.");
            return 0;
        }
        result.balanceDifferences().forEach(d -> out.println("Balance of lot " + d.lotNumber() + " at "
                + d.location() + (d.pallet() == null ? "" : " on " + d.pallet()) + ": the entries give "
                + d.expected().toPlainString() + " " + d.unit() + ", the balance row holds "
                + d.found().toPlainString() + " " + d.unit()));
        if (result.firstBrokenSeq() == null) {
            out.println("Ledger BROKEN: " + result.problem() + ". " + result.entriesChecked()
                    + " entries verified.");
        } else {
            out.println("Ledger BROKEN at chain position " + result.firstBrokenSeq()
                    + (result.firstBrokenEntryId() == null ? "" : " (entry id " + result.firstBrokenEntryId() + ")")
                    + ": " + result.problem() + ". " + result.entriesChecked() + " entries before it verified.");
        }
        return 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
