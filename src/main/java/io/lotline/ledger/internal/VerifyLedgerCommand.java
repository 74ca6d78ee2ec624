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
 * {@code java -jar lotline.jar verify-ledger}: recomputes the audit chain and prints the first entry that does not
 * match. Exits 0 when the chain is intact, 1 when it is broken, so that a scheduler can alert on it.
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
            out.println("Ledger intact: " + result.entriesChecked() + " entries verified.");
            return 0;
        }
        out.println("Ledger BROKEN at chain position " + result.firstBrokenSeq()
                + (result.firstBrokenEntryId() == null ? "" : " (entry id " + result.firstBrokenEntryId() + ")")
                + ": " + result.problem() + ". " + result.entriesChecked() + " entries before it verified.");
        return 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
