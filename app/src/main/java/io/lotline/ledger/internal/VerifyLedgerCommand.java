package io.lotline.ledger.internal;

import io.lotline.ledger.BalanceDifference;
import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Ledger;
import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar lotline.jar verify-ledger [--json] [--progress-every=N]}: recomputes the audit chain and every
 * balance, holds the chain against the checkpoints, and prints each balance row that differs, then the result as the
 * last line (with {@code --json}, the result as one JSON line and the progress on standard error). Progress every
 * N entries (100,000). Exits 0 when all is intact, 1 when not, 2 on a wrong option, so a scheduler can alert on it.
 */
@Component
@ConditionalOnProperty(name = "lotline.command", havingValue = "verify-ledger")
class VerifyLedgerCommand implements ApplicationRunner, ExitCodeGenerator {
    static final long PROGRESS_EVERY = 100_000;

    private final Ledger ledger;
    private final JsonMapper json;
    private int exitCode;

    VerifyLedgerCommand(Ledger ledger, JsonMapper json) {
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(System.out, System.err, args);
    }

    int execute(PrintStream out, PrintStream err, ApplicationArguments args) {
        boolean asJson = args.containsOption("json");
        List<String> every = args.getOptionValues("progress-every");
        long progressEvery = PROGRESS_EVERY;
        if (every != null) {
            try {
                progressEvery = Long.parseLong(every.get(0));
            } catch (NumberFormatException | IndexOutOfBoundsException wrong) {
                progressEvery = 0;
            }
            if (progressEvery <= 0) {
                err.println("verify-ledger: --progress-every must be a whole number of entries above 0, not "
                        + every);
                return 2;
            }
        }
        return execute(asJson ? out : null, asJson ? err : out, progressEvery);
    }

    /** Text to {@code out}; with {@code jsonOut}, the result as JSON there and the text (progress) to {@code out}. */
    int execute(PrintStream jsonOut, PrintStream out, long every) {
        long total = ledger.head().seq();
        out.println("Verifying " + total + " entries, every balance and the checkpoints ...");
        ChainVerification result = ledger.verify(every, walked -> out.println("  " + walked + " of " + total
                + " entries verified"));
        if (jsonOut != null) {
            jsonOut.println(json.writeValueAsString(result));
        } else {
            result.balanceDifferences().forEach(d -> out.println(difference(d)));
            out.println(verdict(result));
        }
        return result.intact() ? 0 : 1;
    }

    static String verdict(ChainVerification result) {
        String anchored = result.checkpoint() == null ? "no checkpoint yet"
                : "latest checkpoint: entry " + result.checkpoint().sequence() + ", signed "
                + result.checkpoint().time();
        if (result.intact()) {
            return "Ledger intact: " + result.entriesChecked() + " entries and every balance verified; " + anchored
                    + ".";
        }
        String where = result.firstBrokenSeq() == null ? "" : " at chain position " + result.firstBrokenSeq()
                + (result.firstBrokenEntryId() == null ? "" : " (entry id " + result.firstBrokenEntryId() + ")");
        return "Ledger BROKEN" + where + ": " + result.problem() + ". " + result.entriesChecked()
                + " entries verified before it; " + anchored + ".";
    }

    private static String difference(BalanceDifference d) {
        return "Balance of lot " + d.lotNumber() + " at " + d.location() + (d.pallet() == null ? "" : " on "
                + d.pallet()) + ": the entries give " + d.expected().toPlainString() + " " + d.unit()
                + ", the balance row holds " + d.found().toPlainString() + " " + d.unit();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
