package io.lotline.bench.internal;

import io.lotline.bench.internal.PickingStock.Stock;
import io.lotline.ledger.BookingContext;
import io.lotline.picking.OrderCommands.CancelOrder;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.OrderLine;
import io.lotline.picking.PickList;
import io.lotline.picking.Picking;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A2: allocation waves, one per client, allocated at the same moment. The orders (one to eight lines of the A2 items,
 * 5 to 40 kg each, for the warehouse's customers) are entered first; then each client allocates its wave, order after
 * order, through {@link Picking#allocate}, which persists the reservations. Afterwards the balance table is checked
 * for rows reserved beyond what lies there, and the orders are cancelled, which gives their stock back.
 */
@Component
class AllocationWaves {
    static final int CLIENTS = 8;
    static final int MAX_LINES_PER_ORDER = 8;
    static final int LINE_MAX_KG = 40;
    private static final String RESERVED_ROWS = SqlResource.load(AllocationWaves.class, "reserved-balances.sql");

    private final Picking picking;
    private final JdbcClient jdbc;

    AllocationWaves(Picking picking, JdbcClient jdbc) {
        this.picking = picking;
        this.jdbc = jdbc;
    }

    /**
     * What the waves did: lines allocated by the orders that succeeded, in how many seconds; milliseconds and lots
     * per allocation; lines not fully covered; orders refused; and the balance rows that hold reservations, of which
     * {@code overReserved} hold more than lies there.
     */
    record Outcome(int orders, long lines, double seconds, double[] millis, int[] lots, long shortLines,
                   List<String> refused, long reservedRows, long overReserved) {
    }

    Outcome run(Stock stock, int lines, LocalDate shipDate, long seed) throws InterruptedException {
        List<EnterCustomerOrder> orders = orders(stock, lines, shipDate, new Random(seed));
        inWaves(orders.size(), n -> picking.enter(key(), orders.get(n)));
        Object[] answers = new Object[orders.size()];
        double[] millis = new double[orders.size()];
        long started = System.nanoTime();
        inWaves(orders.size(), n -> {
            long begun = System.nanoTime();
            try {
                answers[n] = picking.allocate(key(), orders.get(n).code());
            } catch (LotlineException refused) {
                answers[n] = refused;
            }
            millis[n] = (System.nanoTime() - begun) / 1e6;
        });
        double seconds = DatasetLoader.seconds(System.nanoTime() - started);
        long[] reserved = jdbc.sql(RESERVED_ROWS).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        inWaves(orders.size(), n -> picking.cancel(key(), orders.get(n).code(),
                new CancelOrder("Benchmark A2: measured and checked, stock given back")));
        return outcome(orders, answers, millis, seconds, reserved);
    }

    private static Outcome outcome(List<EnterCustomerOrder> orders, Object[] answers, double[] millis,
                                   double seconds, long[] reserved) {
        long allocated = 0;
        long shortLines = 0;
        int[] lots = new int[orders.size()];
        List<String> refused = new ArrayList<>();
        for (int n = 0; n < orders.size(); n++) {
            if (answers[n] instanceof PickList list) {
                allocated += orders.get(n).lines().size();
                shortLines += list.lines().stream().filter(line -> !line.shortfall().isZero()).count();
                lots[n] = list.picks().size();
            } else {
                refused.add(orders.get(n).code() + ": " + ((LotlineException) answers[n]).getMessage());
            }
        }
        return new Outcome(orders.size(), allocated, seconds, millis, lots, shortLines, List.copyOf(refused),
                reserved[0], reserved[1]);
    }

    private static List<EnterCustomerOrder> orders(Stock stock, int lines, LocalDate shipDate, Random random) {
        List<EnterCustomerOrder> orders = new ArrayList<>();
        for (int left = lines; left > 0; ) {
            int count = Math.min(left, 1 + random.nextInt(MAX_LINES_PER_ORDER));
            List<String> items = new ArrayList<>(stock.a2Items());
            Collections.shuffle(items, random);
            List<OrderLine> orderLines = new ArrayList<>();
            for (String sku : items.subList(0, count)) {
                orderLines.add(new OrderLine(sku, Quantity.of(String.valueOf(5 + random.nextInt(LINE_MAX_KG - 4)),
                        "KG"), null, null, null));
            }
            orders.add(new EnterCustomerOrder(String.format("%s-A2-%05d", stock.site(), orders.size() + 1),
                    stock.customers().get(random.nextInt(stock.customers().size())), shipDate, orderLines));
            left -= count;
        }
        return orders;
    }

    /**
     * Deals the orders round into one wave per client and lets the clients work through their waves at the same
     * time, each order after the other.
     */
    private static void inWaves(int orders, IntConsumer work) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                running.add(clients.submit(() -> {
                    start.await();
                    for (int n = first; n < orders; n += CLIENTS) {
                        work.accept(n);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException("A client of the allocation waves stopped", failed.getCause());
        } finally {
            clients.shutdownNow();
        }
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }
}
