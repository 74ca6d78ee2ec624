package io.lotline.bench.internal;

import io.lotline.bench.internal.PickingStock.Stock;
import io.lotline.bench.internal.ScenarioResult.Throughput;
import io.lotline.ledger.BookingContext;
import io.lotline.picking.OrderCommands.CancelOrder;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.OrderLine;
import io.lotline.picking.PickList;
import io.lotline.picking.Picking;
import io.lotline.shared.Quantity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The allocation scenarios, through {@link Picking} as the order desk and the handhelds use it, on the stock of
 * {@link PickingStock}. A1: one order line at a time, FEFO over the 200 lots of its item; each run enters a one-line
 * order of 100 to 500 kg (one to six lots), allocates it (timed) and cancels it, so every run weighs the same stock,
 * after {@code --allocation-warmup} such runs that are not measured;
 * then the same with the allocation rolled back instead of committed (a diagnostic: what the durable write costs).
 * A2: eight allocation waves at the same moment ({@link AllocationWaves}).
 */
@Component
class PickingScenarios {
    private static final Logger log = LoggerFactory.getLogger(PickingScenarios.class);

    private final PickingStock stock;
    private final AllocationWaves waves;
    private final Picking picking;
    private final DatabaseFacts database;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PickingScenarios(PickingStock stock, AllocationWaves waves, Picking picking, DatabaseFacts database,
                     JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.stock = stock;
        this.waves = waves;
        this.picking = picking;
        this.database = database;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    List<ScenarioResult> run(String prefix, BenchOptions options) throws InterruptedException {
        Stock loaded = stock.load(prefix, options.pickLines(), AllocationWaves.LINE_MAX_KG, options.balances(),
                options.seed(), options.batchEntries(), clock.instant());
        log.info("Picking stock: {} lots ({} of other items), {} balance rows in the table, loaded in {} s",
                loaded.lots(), loaded.fillerLots(), loaded.balanceRows(), Math.round(loaded.seconds()));
        database.refreshStatistics();
        long candidates = jdbc.sql("""
                        select count(distinct b.lot_id) from stock_balances b join items i on i.id = b.item_id
                         where i.sku = ? and b.quantity > 0""")
                .param(loaded.a1Item()).query(Long.class).single();
        String over = String.format(" over %,d candidate lots, %,d balance rows in the table", candidates,
                loaded.balanceRows());
        LocalDate shipDate = LocalDate.now(clock).plusDays(1);
        List<ScenarioResult> results = new ArrayList<>();
        results.add(a1("FEFO allocation of one order line" + over, loaded, shipDate, options, true));
        results.add(a1("same, allocation rolled back instead of committed (diagnostic)", loaded, shipDate, options,
                false));
        log.info("A2: {} order lines in eight waves at once", options.pickLines());
        results.add(a2(waves.run(loaded, options.pickLines(), shipDate, options.seed())));
        return results;
    }

    private ScenarioResult a1(String scenario, Stock loaded, LocalDate shipDate, BenchOptions options,
                              boolean committed) {
        Random random = new Random(options.seed());
        double[] millis = new double[options.roots()];
        int[] lots = new int[options.roots()];
        long deadline = System.nanoTime() + options.capSeconds() * 1_000_000_000L;
        int measured = 0;
        for (int run = 0; run < options.allocationWarmup() + options.roots() && System.nanoTime() < deadline; run++) {
            String order = String.format("%s-A1-%s-%05d", loaded.site(), committed ? "C" : "R", run);
            picking.enter(key(), new EnterCustomerOrder(order, loaded.customers().get(0), shipDate, List.of(
                    new OrderLine(loaded.a1Item(), Quantity.of(String.valueOf(100 + random.nextInt(401)), "KG"),
                            null, null, null))));
            long started = System.nanoTime();
            PickList allocated = committed ? picking.allocate(key(), order) : transaction.execute(status -> {
                status.setRollbackOnly();
                return picking.allocate(key(), order);
            });
            double took = (System.nanoTime() - started) / 1e6;
            picking.cancel(key(), order, new CancelOrder("Benchmark A1: measured, stock given back"));
            if (run >= options.allocationWarmup()) {
                millis[measured] = took;
                lots[measured++] = allocated.picks().size();
            }
        }
        Percentiles times = Percentiles.of(Arrays.copyOf(millis, measured));
        Percentiles taken = Percentiles.of(Arrays.copyOf(lots, measured));
        return committed
                ? new ScenarioResult("A1", scenario, options.allocationWarmup(), times, taken, 0, null,
                "p50 <= 2 ms, p99 <= 10 ms", times.p50() <= 2 && times.p99() <= 10,
                "each run enters a one-line order (not timed), allocates it (timed) and cancels it (not timed)")
                : new ScenarioResult("A1", scenario, options.allocationWarmup(), times, taken, 0, null, "(diagnostic)",
                null, "the difference to A1 is the commit of the reservations");
    }

    private static ScenarioResult a2(AllocationWaves.Outcome done) {
        Throughput rate = Throughput.of(done.lines(), "pick lines", done.seconds());
        boolean clean = done.overReserved() == 0 && done.refused().isEmpty() && done.shortLines() == 0;
        String check = String.format("%,d of %,d reserved balance rows hold more than lies there; %,d lines short; "
                        + "%d orders refused%s; orders cancelled afterwards", done.overReserved(),
                done.reservedRows(), done.shortLines(), done.refused().size(),
                done.refused().isEmpty() ? "" : " (first: " + done.refused().get(0) + ")");
        return new ScenarioResult("A2", String.format("%d allocation waves at once: %,d orders, %,d lines, "
                        + "reservations committed", AllocationWaves.CLIENTS, done.orders(), done.lines()), 0,
                Percentiles.of(done.millis()), Percentiles.of(done.lots()), 0, null,
                ">= 1,000 pick lines/s, no double allocation", rate.perSecond() >= 1000 && clean, check, rate);
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }
}
