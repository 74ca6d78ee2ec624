package io.lotline.bench.internal;

import io.lotline.bench.internal.BenchClient.Answer;
import io.lotline.bench.internal.Clients.Together;
import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.bench.internal.ScenarioResult.Throughput;
import io.lotline.catalog.PartyRole;
import io.lotline.genealogy.Direction;
import io.lotline.identity.Actor;
import io.lotline.identity.ApiTokens;
import io.lotline.identity.NewApiToken;
import io.lotline.identity.NewUser;
import io.lotline.identity.Role;
import io.lotline.identity.Users;
import io.lotline.shared.SqlResource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code http} family: what users see. Lotline is started as a web server on the bench's database
 * ({@link WebInstances}), a bench user gets an API token, and the JDK's HTTP client drives it: I2 bookings (receipts
 * and transfers of the lots received) from {@code --clients} threads; H1 lot dossiers from as many; U1 the lot page
 * with a form sign-in; T1 and T2 traces and R1 mock recalls one at a time, every trace cold (a root no instance has
 * traced) beside warm beside one recursive CTE on the same roots; A1 and A2 allocations over the lots I2 received; a
 * busy floor where writers book on the lots being traced while allocations run. The CTE runs on PostgreSQL only
 * ({@link RecursiveCte}). With {@code --instances=2}, T1, A1
 * and A2 again split over two instances (N1). The roots of each scenario are drawn apart from the others'.
 */
@Component
class HttpScenarios {
    static final int ITEMS = 20;
    static final int RACKS = 10;
    static final int WAVES = 8;
    private static final Set<Role> ROLES = Set.of(Role.SUPERVISOR, Role.QUALITY);
    private static final String FLOOR_STOCK = SqlResource.load(HttpScenarios.class, "floor-stock.sql");
    private static final String RESERVED_ROWS = SqlResource.load(HttpScenarios.class, "reserved-balances.sql");
    private static final int PAGE = 500;

    private final MasterData master;
    private final Users users;
    private final ApiTokens tokens;
    private final RecursiveCte cte;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final Clock clock;

    HttpScenarios(MasterData master, Users users, ApiTokens tokens, RecursiveCte cte, JdbcClient jdbc,
                  Environment environment, Clock clock) {
        this.master = master;
        this.users = users;
        this.tokens = tokens;
        this.cte = cte;
        this.jdbc = jdbc;
        this.environment = environment;
        this.clock = clock;
    }

    /** The rows, and how many requests failed in all: a run where any failed does not pass. */
    record Outcome(List<ScenarioResult> results, int failed) {
    }

    /** What the bench registered to book and allocate over HTTP, and who it acts as. */
    private record Floor(String site, List<String> racks, List<String> items, String supplier, String customer,
                         String username, String password, String token) {
    }

    /** One trace over HTTP: how long, how many lots it reached, bytes on the wire. */
    private record Traced(double[] millis, int[] lots, long[] bytes, int failed) {
    }

    Outcome run(Dataset data, BenchOptions options, java.util.function.Consumer<String> progress)
            throws InterruptedException {
        Floor floor = register(data.prefix());
        progress.accept("starting " + options.instances() + " web instance(s) on the bench database");
        try (WebInstances web = WebInstances.start(options.instances(), options.instancePool(), environment)) {
            BenchClient client = new BenchClient(floor.token());
            Run run = new Run(data, options, floor, web, client);
            progress.accept("I2: " + options.bookings() + " bookings from " + options.clients() + " clients");
            run.bookings();
            progress.accept("H1: " + options.requests() + " lot dossiers from " + options.clients() + " clients");
            run.dossiers();
            progress.accept("H1: token authentication in process");
            run.authentication();
            progress.accept("U1: the lot page");
            run.lotPage();
            progress.accept("T1, T2: traces over HTTP, cold and warm, beside the recursive CTE");
            run.traces();
            progress.accept("R1: mock recalls over HTTP");
            run.recalls();
            progress.accept("A1, A2: allocations over HTTP");
            run.allocations();
            progress.accept("busy floor: bookings on the traced lots while traces and allocations run");
            run.busyFloor();
            if (web.count() > 1) {
                progress.accept("N1: T1, A1 and A2 split over " + web.count() + " instances");
                run.twoInstances();
            }
            return new Outcome(List.copyOf(run.results), run.failed);
        }
    }

    private Floor register(String prefix) {
        String site = prefix + "-HT";
        master.pickingWarehouse(site, RACKS);
        List<String> racks = new ArrayList<>();
        for (int r = 1; r <= RACKS; r++) {
            racks.add(String.format("%s-RACK-%02d", site, r));
        }
        List<String> items = new ArrayList<>();
        String numbering = master.lotNumberFormat(site);
        for (int i = 1; i <= ITEMS; i++) {
            String sku = String.format("%s-ITEM-%02d", site, i);
            master.pickedItem(sku, "booked over HTTP", numbering);
            items.add(sku);
        }
        String supplier = site + "-SUP";
        master.party(supplier, PartyRole.SUPPLIER, "Supplier over HTTP");
        String customer = site + "-CUS";
        master.party(customer, PartyRole.CUSTOMER, "Customer over HTTP");
        String username = ("bench-" + prefix).toLowerCase(java.util.Locale.ROOT);
        String password = UUID.randomUUID().toString();
        users.create(new NewUser(username, "Benchmark over HTTP", ROLES, password));
        String token = tokens.issue(new Actor(username, "Benchmark over HTTP", ROLES),
                new NewApiToken("bench " + prefix, ROLES, clock.instant().plus(Duration.ofDays(1)))).secret();
        return new Floor(site, racks, items, supplier, customer, username, password, token);
    }

    /** One run of the family: the instances, the client, the rows so far and the figures later rows compare with. */
    private final class Run {
        final Dataset data;
        final BenchOptions options;
        final Floor floor;
        final WebInstances web;
        final BenchClient client;
        final List<ScenarioResult> results = new ArrayList<>();
        final LocalDate today = LocalDate.now(clock);
        int failed;
        int orders;
        Percentiles t1Cold;
        Percentiles t1Warm;
        Percentiles a1;
        double a2PerSecond;

        Run(Dataset data, BenchOptions options, Floor floor, WebInstances web, BenchClient client) {
            this.data = data;
            this.options = options;
            this.floor = floor;
            this.web = web;
            this.client = client;
        }

        String base() {
            return web.base(0);
        }

        /**
         * I2: each unit receives a lot of 100 kg at a rack and moves 10 kg of it to the next rack; measured twice, the
         * second time with the instance's code compiled by then (HotSpot compiles the request path for a minute or two
         * after a start, on the same two cores).
         */
        void bookings() throws InterruptedException {
            int clients = options.clients();
            Clients.run(clients, Math.min(options.bookings() / 2, 20 * clients), n -> lotLife(n, "W"));
            booked("M", "first after the start");
            booked("N", "the same again");
        }

        private void booked(String pass, String when) throws InterruptedException {
            int clients = options.clients();
            long before = jdbc.sql("select coalesce(max(id), 0) from ledger_entries").query(Long.class).single();
            Together done = Clients.run(clients, options.bookings() / 2, n -> lotLife(n, pass));
            long entries = jdbc.sql("select count(*) from ledger_entries where id > ?").param(before)
                    .query(Long.class).single();
            Throughput rate = Throughput.of(entries, "entries", done.seconds());
            Percentiles millis = Percentiles.of(done.millis());
            failed += done.failed();
            results.add(new ScenarioResult("I2", String.format("bookings over HTTP, %d clients with tokens: %,d receipts "
                            + "of a new lot and %,d transfers of part of it, one transaction each, %s", clients,
                    options.bookings() / 2, options.bookings() / 2, when), 20 * clients, millis, none(), 0, null,
                    ">= 1,000 entries/s, p99 <= 50 ms", done.failed() == 0 && rate.perSecond() >= 1000
                    && millis.p99() <= 50, String.format("%,d requests, %,d ledger entries written; %s",
                    done.requests(), entries, done.failures()), rate));
        }

        private List<Answer> lotLife(int n, String pass) {
            String sku = floor.items().get(n % ITEMS);
            String rack = floor.racks().get(n % RACKS);
            Answer received = client.post(base() + "/api/v1/receipts", Map.of("supplier", floor.supplier(),
                    "purchaseOrder", floor.site() + "-PO-" + pass + n,
                    "lines", List.of(Map.of("sku", sku, "quantity", kg(100), "supplierLot", pass + n,
                            "expiryDate", today.plusDays(30 + n % 300).toString(),
                            "destination", Map.of("location", rack)))));
            if (!received.ok()) {
                return List.of(received);
            }
            String lot = received.json().get("lots").get(0).get("lotNumber").asString();
            Answer moved = client.post(base() + "/api/v1/transfers", Map.of("lotNumber", lot, "quantity", kg(10),
                    "from", Map.of("location", rack), "to", Map.of("location", floor.racks().get((n + 1) % RACKS))));
            return List.of(received, moved);
        }

        /** H1: lot dossiers of random lots of the network, as an ERP reading them all day would. */
        void dossiers() throws InterruptedException {
            Random random = new Random(options.seed() + 9);
            String[] lots = new String[options.requests()];
            for (int i = 0; i < lots.length; i++) {
                lots[i] = data.codes().lotNumber(random.nextInt(data.net().size));
            }
            int warmup = Math.min(lots.length, 1_000);
            Clients.run(options.clients(), warmup, n -> List.of(client.get(base() + "/api/v1/lots/"
                    + BenchClient.encode(lots[n]))));
            Together done = Clients.run(options.clients(), lots.length, n -> List.of(client.get(base()
                    + "/api/v1/lots/" + BenchClient.encode(lots[n]))));
            failed += done.failed();
            Throughput rate = Throughput.of(done.requests(), "requests", done.seconds());
            results.add(new ScenarioResult("H1", String.format("lot dossiers GET /api/v1/lots/{n} with a token, %d "
                    + "clients, random lots of the network", options.clients()), warmup, Percentiles.of(done.millis()),
                    none(), 0, null, ">= 2,000 requests/s", done.failed() == 0 && rate.perSecond() >= 2000,
                    done.failures(), rate));
        }

        /**
         * H1's other half: what checking a token costs, in process and one at a time, so that no queueing for the
         * CPU is counted: {@link ApiTokens#authenticate} of the run's token, a SHA-256 of the secret and one look-up
         * by its unique index, as every request with a bearer token pays it.
         */
        void authentication() throws InterruptedException {
            int warmup = Math.min(options.requests(), 1_000);
            Clients.run(1, warmup, n -> List.of(authenticated()));
            Together done = Clients.run(1, options.requests(), n -> List.of(authenticated()));
            failed += done.failed();
            Percentiles millis = Percentiles.of(done.millis());
            results.add(new ScenarioResult("H1", "token authentication in process: ApiTokens.authenticate of a valid "
                    + "token, one at a time", warmup, millis, none(), 0, null, "<= 1 ms per request (p99)",
                    done.failed() == 0 && millis.p99() <= 1.0, done.failures()));
        }

        private Answer authenticated() {
            long begun = System.nanoTime();
            boolean valid = tokens.authenticate(floor.token()).isPresent();
            return new Answer(valid ? 200 : 401, new byte[0], 0, (System.nanoTime() - begun) / 1e6, null);
        }

        /** U1: the lot page as a signed-in browser asks for it, one at a time. */
        void lotPage() {
            BenchClient browser = new BenchClient(floor.token());
            browser.signIn(base(), floor.username(), floor.password());
            Random random = new Random(options.seed() + 10);
            for (int i = 0; i < options.warmup(); i++) {
                browser.page(base() + "/lots/" + BenchClient.encode(data.codes().lotNumber(random.nextInt(
                        data.net().size))));
            }
            double[] millis = new double[options.roots()];
            long[] bytes = new long[options.roots()];
            int bad = 0;
            String first = null;
            for (int i = 0; i < millis.length; i++) {
                Answer page = browser.page(base() + "/lots/" + BenchClient.encode(data.codes().lotNumber(
                        random.nextInt(data.net().size))));
                millis[i] = page.millis();
                bytes[i] = page.bytesSent();
                if (page.status() != 200 || !page.text().contains("<html")) {
                    bad++;
                    first = first == null ? page.status() + " " + page.location() : first;
                }
            }
            failed += bad;
            Percentiles times = Percentiles.of(millis);
            results.add(new ScenarioResult("U1", "the lot page GET /lots/{n} (HTML, form sign-in), random lots, "
                    + "one at a time", options.warmup(), times, none(), 0, null, "<= 100 ms on the server",
                    bad == 0 && times.p99() <= 100, String.format("timed at the client on the same machine (an upper "
                    + "bound of the server's time); %,.0f bytes p50 on the wire; %s", Percentiles.of(
                    Arrays.stream(bytes).asDoubleStream().toArray()).p50(), bad == 0 ? "every page answered"
                    : bad + " pages failed (first: " + first + ")"), null));
        }

        /** T1 and T2 over HTTP: warm-up roots, then each root cold, then again warm, then the CTE on the same roots. */
        void traces() {
            for (ShapeLots shape : data.generated().shapes()) {
                String code = shape.spec().code();
                if (!"G1".equals(code) && !"G2".equals(code)) {
                    continue;
                }
                boolean g1 = "G1".equals(code);
                List<String> raw = numbers(Scenarios.sample(shape, lot -> data.net().kind(lot) == Kind.RAW,
                        options.seed(), 5, options.roots() + options.warmup()));
                List<String> roots = raw.subList(0, options.roots());
                List<String> warmup = raw.subList(options.roots(), raw.size());
                String how = g1 ? "in full" : "its summary";
                warmup.forEach(root -> trace(root, g1 ? "" : "/summary", 0));
                Traced cold = traces(roots, g1 ? "" : "/summary", n -> 0);
                Traced warm = traces(roots, g1 ? "" : "/summary", n -> 0);
                String id = g1 ? "T1" : "T2";
                String what = code + " " + shape.spec().title() + ", forward from raw lots over HTTP, " + how;
                Percentiles coldMillis = Percentiles.of(cold.millis());
                Percentiles warmMillis = Percentiles.of(warm.millis());
                results.add(traceRow(id, what + ", first trace of each root", warmup.size(), cold,
                        g1 ? "cold p99 <= 25 ms" : "summary <= 300 ms",
                        g1 ? coldMillis.p99() <= 25 : coldMillis.max() <= 300));
                results.add(traceRow(id, what + ", the same roots again", warmup.size(), warm,
                        g1 ? "(warm)" : "summary <= 300 ms", g1 ? null : warmMillis.max() <= 300));
                if (!g1) {
                    Traced pages = traces(roots, "/lots", n -> 0);
                    Percentiles pageMillis = Percentiles.of(pages.millis());
                    results.add(traceRow(id, what.replace(how, "the first page of " + PAGE + " lots")
                            + ", after its summary", 0, pages, "first page <= 100 ms", pageMillis.max() <= 100));
                } else {
                    t1Cold = coldMillis;
                    t1Warm = warmMillis;
                }
                if (cte.available()) {
                    results.add(yardstick(id, code, roots, cold, warm));
                }
            }
        }

        private ScenarioResult traceRow(String id, String what, int warmup, Traced done, String target, Boolean met) {
            failed += done.failed();
            return new ScenarioResult(id, what, warmup, Percentiles.of(done.millis()), Percentiles.of(done.lots()),
                    0, null, target, done.failed() == 0 ? met : Boolean.FALSE, String.format("%,.0f bytes p50 on the "
                    + "wire%s", Percentiles.of(Arrays.stream(done.bytes()).asDoubleStream().toArray()).p50(),
                    done.failed() == 0 ? "" : "; " + done.failed() + " requests failed"));
        }

        /** The recursive CTE on the same roots, and Lotline's cold and warm medians over it. */
        private ScenarioResult yardstick(String id, String shape, List<String> roots, Traced cold, Traced warm) {
            TraceRuns.Runs reach = cte.reach(Direction.FORWARD, roots);
            Percentiles millis = Percentiles.of(reach.millis());
            double coldRatio = Percentiles.of(cold.millis()).p50() / Math.max(1e-9, millis.p50());
            double warmRatio = Percentiles.of(warm.millis()).p50() / Math.max(1e-9, millis.p50());
            int differ = 0;
            for (int n = 0; n < reach.count(); n++) {
                differ += reach.lots()[n] == cold.lots()[n] ? 0 : 1;
            }
            return new ScenarioResult(id, shape + " the same roots, one recursive CTE over the edges (lot ids only, "
                    + "in process, no HTTP)", 0, millis, Percentiles.of(reach.lots()), 0, coldRatio,
                    "cold over HTTP <= 2x the CTE", coldRatio <= 2, String.format("cold over HTTP %.2fx the CTE, "
                    + "warm %.2fx (medians); %s", coldRatio, warmRatio, differ == 0
                    ? "the CTE reached as many lots as Lotline on every root"
                    : differ + " roots where the CTE reached another number of lots than Lotline"));
        }

        private Traced traces(List<String> roots, String path, java.util.function.IntUnaryOperator instance) {
            double[] millis = new double[roots.size()];
            int[] lots = new int[roots.size()];
            long[] bytes = new long[roots.size()];
            int bad = 0;
            for (int n = 0; n < roots.size(); n++) {
                Answer answer = trace(roots.get(n), path, instance.applyAsInt(n));
                millis[n] = answer.millis();
                bytes[n] = answer.bytesSent();
                if (answer.ok()) {
                    lots[n] = lotsOf(answer, path);
                } else {
                    bad++;
                }
            }
            return new Traced(millis, lots, bytes, bad);
        }

        private Answer trace(String root, String path, int instance) {
            return client.get(web.base(instance) + "/api/v1/traces" + path + "?direction=FORWARD&lot="
                    + BenchClient.encode(root) + ("/lots".equals(path) ? "&size=" + PAGE : ""));
        }

        private static int lotsOf(Answer answer, String path) {
            return switch (path) {
                case "/summary" -> answer.json().get("totals").get("lots").asInt();
                case "/lots" -> answer.json().get("total").asInt();
                default -> answer.json().has("totals") ? answer.json().get("totals").get("lots").asInt()
                        : answer.json().get("lots").size();
            };
        }

        /** R1: mock recalls on raw lots of the food shape, roots drawn apart from T2's. */
        void recalls() {
            ShapeLots g2 = shape("G2");
            if (g2 == null) {
                return;
            }
            int count = Math.min(options.roots(), 50);
            List<String> roots = numbers(Scenarios.sample(g2, lot -> data.net().kind(lot) == Kind.RAW,
                    options.seed(), 7, count + Math.min(options.warmup(), 10)));
            roots.subList(count, roots.size()).forEach(this::drill);
            double[] millis = new double[count];
            int bad = 0;
            int inexact = 0;
            int[] lots = new int[count];
            for (int n = 0; n < count; n++) {
                Answer drilled = drill(roots.get(n));
                millis[n] = drilled.millis();
                if (!drilled.ok()) {
                    bad++;
                    continue;
                }
                var report = drilled.json();
                lots[n] = report.has("lots") ? report.get("lots").size() : 0;
                inexact += report.toString().contains("\"exact\":false") ? 1 : 0;
            }
            failed += bad + inexact;
            Percentiles times = Percentiles.of(millis);
            results.add(new ScenarioResult("R1", "G2 mock recall over HTTP (POST /api/v1/mock-recalls): trace, "
                    + "customers, stock by location, exact mass balance; roots apart from T2's",
                    roots.size() - count, times, Percentiles.of(lots), 0, null, "p50 <= 300 ms, p99 <= 1 s",
                    bad == 0 && inexact == 0 && times.p50() <= 300 && times.p99() <= 1000,
                    (bad == 0 ? "every drill answered" : bad + " drills failed")
                            + (inexact == 0 ? ", every mass balance exact" : ", " + inexact + " inexact"), null));
        }

        private Answer drill(String root) {
            return client.post(base() + "/api/v1/mock-recalls", Map.of("purpose", "Benchmark drill over HTTP",
                    "scope", Map.of("lots", List.of(root), "widenLevels", 0)));
        }

        /** A1 one line at a time and A2 eight waves at once, on the lots I2 received, all on the first instance. */
        void allocations() throws InterruptedException {
            a1 = allocateOneByOne(n -> 0, "A1", "FEFO allocation of one order line over HTTP, one instance");
            a2PerSecond = waves(client -> 0, "A2", "allocation waves over HTTP, one instance");
        }

        private Percentiles allocateOneByOne(java.util.function.IntUnaryOperator instance, String id, String what) {
            Random random = new Random(options.seed() + 11);
            int warmup = Math.min(options.allocationWarmup(), 1_000);
            double[] millis = new double[options.roots()];
            int[] lots = new int[options.roots()];
            int bad = 0;
            for (int run = 0; run < warmup + options.roots(); run++) {
                String base = web.base(instance.applyAsInt(run));
                String order = enter(base, List.of(line(floor.items().get(random.nextInt(ITEMS)),
                        100 + random.nextInt(401))));
                Answer allocated = client.post(base + "/api/v1/customer-orders/" + order + "/allocation", Map.of());
                Answer cancelled = cancel(base, order);
                if (run >= warmup) {
                    millis[run - warmup] = allocated.millis();
                    lots[run - warmup] = allocated.ok() ? allocated.json().get("picks").size() : 0;
                    bad += allocated.ok() && cancelled.ok() ? 0 : 1;
                }
            }
            failed += bad;
            Percentiles times = Percentiles.of(millis);
            results.add(new ScenarioResult(id, what + String.format(", over the ~%,d lots of each of %d items I2 "
                            + "received", options.bookings() / 2 / ITEMS, ITEMS), warmup, times, Percentiles.of(lots), 0,
                    null, "p50 <= 2 ms, p99 <= 10 ms", bad == 0 && times.p50() <= 2 && times.p99() <= 10,
                    "each run enters a one-line order, allocates it (timed) and cancels it; "
                            + (bad == 0 ? "every allocation answered" : bad + " allocations failed"), null));
            return times;
        }

        /** Orders entered first (not timed), then allocated by eight clients at once, checked, then cancelled. */
        private double waves(java.util.function.IntUnaryOperator instanceOfClient, String id, String what)
                throws InterruptedException {
            Random random = new Random(options.seed() + 12);
            List<String> codes = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int left = options.pickLines(); left > 0; ) {
                int count = Math.min(left, 1 + random.nextInt(5));
                List<String> skus = new ArrayList<>(floor.items());
                java.util.Collections.shuffle(skus, random);
                List<Map<String, Object>> orderLines = new ArrayList<>();
                for (String sku : skus.subList(0, count)) {
                    orderLines.add(line(sku, 5 + random.nextInt(46)));
                }
                codes.add(enter(base(), orderLines));
                lines.add(count);
                left -= count;
            }
            AtomicInteger allocatedLines = new AtomicInteger();
            Together done = Clients.run(WAVES, codes.size(), n -> {
                Answer allocated = client.post(web.base(instanceOfClient.applyAsInt(n % WAVES))
                        + "/api/v1/customer-orders/" + codes.get(n) + "/allocation", Map.of());
                if (allocated.ok()) {
                    allocatedLines.addAndGet(lines.get(n));
                }
                return List.of(allocated);
            });
            long[] reserved = jdbc.sql(RESERVED_ROWS).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            Together cancelled = Clients.run(WAVES, codes.size(), n -> List.of(cancel(base(), codes.get(n))));
            failed += done.failed() + cancelled.failed();
            Throughput rate = Throughput.of(allocatedLines.get(), "pick lines", done.seconds());
            results.add(new ScenarioResult(id, String.format("%s: %d clients at once, %,d orders, %,d lines", what,
                    WAVES, codes.size(), options.pickLines()), 0, Percentiles.of(done.millis()), none(), 0, null,
                    ">= 1,000 pick lines/s, no double allocation", done.failed() == 0 && reserved[1] == 0
                    && rate.perSecond() >= 1000, String.format("%,d of %,d reserved balance rows hold more than lies "
                    + "there; %s; orders cancelled afterwards", reserved[1], reserved[0], done.failures()), rate));
            return rate.perSecond();
        }

        private String enter(String base, List<Map<String, Object>> lines) {
            String code = String.format("%s-O%06d", floor.site(), ++orders);
            Answer entered = client.post(base + "/api/v1/customer-orders", Map.of("code", code, "customer",
                    floor.customer(), "shipDate", today.plusDays(1).toString(), "lines", lines));
            if (!entered.ok()) {
                throw new IllegalStateException("The bench could not enter order " + code + ": " + entered.status()
                        + " " + Clients.abbreviate(entered.text()));
            }
            return code;
        }

        private Answer cancel(String base, String order) {
            return client.post(base + "/api/v1/customer-orders/" + order + "/cancellation",
                    Map.of("reason", "Benchmark: measured, stock given back"));
        }

        /**
         * Writers move a unit of loose stock of the pharma shape's lots there and back, one allocator allocates and
         * cancels, while one quality manager traces those very lots in reverse, until each lot has been traced once.
         */
        void busyFloor() throws InterruptedException {
            ShapeLots g1 = shape("G1");
            if (g1 == null) {
                return;
            }
            List<Object[]> stock = jdbc.sql(FLOOR_STOCK).param("lots", data.codes().lotNumbers(g1.shapeIndex()))
                    .param("limit", options.roots()).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4)}).list();
            if (stock.isEmpty()) {
                return;
            }
            AtomicBoolean traced = new AtomicBoolean();
            int writers = Math.max(1, options.clients() / 4);
            Together[] booked = new Together[1];
            Together[] allocated = new Together[1];
            Random random = new Random(options.seed() + 13);
            Thread writing = new Thread(() -> booked[0] = quietly(() -> Clients.run(writers, Integer.MAX_VALUE, n -> {
                Object[] lot = stock.get(n % stock.size());
                Map<String, Object> unit = Map.of("amount", 1, "unit", lot[3]);
                Answer there = client.post(base() + "/api/v1/transfers", Map.of("lotNumber", lot[0], "quantity",
                        unit, "from", Map.of("location", lot[1]), "to", Map.of("location", lot[2])));
                Answer back = client.post(base() + "/api/v1/transfers", Map.of("lotNumber", lot[0], "quantity",
                        unit, "from", Map.of("location", lot[2]), "to", Map.of("location", lot[1])));
                return List.of(there, back);
            }, traced::get)));
            Thread allocating = new Thread(() -> allocated[0] = quietly(() -> Clients.run(1, Integer.MAX_VALUE, n -> {
                String order = enter(base(), List.of(line(floor.items().get(n % ITEMS), 100 + n % 400)));
                Answer reserved = client.post(base() + "/api/v1/customer-orders/" + order + "/allocation", Map.of());
                cancel(base(), order);
                return List.of(reserved);
            }, traced::get)));
            writing.start();
            allocating.start();
            double[] millis = new double[stock.size()];
            int[] lots = new int[stock.size()];
            int bad = 0;
            try {
                for (int n = 0; n < stock.size(); n++) {
                    Answer trace = client.get(base() + "/api/v1/traces?direction=REVERSE&lot="
                            + BenchClient.encode((String) stock.get(n)[0]));
                    millis[n] = trace.millis();
                    lots[n] = trace.ok() ? lotsOf(trace, "") : 0;
                    bad += trace.ok() ? 0 : 1;
                }
            } finally {
                traced.set(true);
                writing.join();
                allocating.join();
            }
            failed += bad + booked[0].failed() + allocated[0].failed();
            String with = String.format(" while %d writers move stock of those lots and 1 client allocates", writers);
            results.add(new ScenarioResult("T1", "busy floor: G1 reverse traces over HTTP, in full, from lots being "
                    + "booked on" + with, 0, Percentiles.of(millis), Percentiles.of(lots), 0, null, "(informative)",
                    null, (bad == 0 ? "every trace answered" : bad + " traces failed")
                    + String.format("; alone the G1 traces above took p50 %.2f ms cold", t1Cold == null ? 0
                    : t1Cold.p50()), null));
            results.add(new ScenarioResult("I2", "busy floor: transfers on the traced lots, " + writers + " writers, "
                    + "during those traces", 0, Percentiles.of(booked[0].millis()), none(), 0, null, "(informative)",
                    null, booked[0].failures(), Throughput.of(booked[0].requests(), "bookings", booked[0].seconds())));
            results.add(new ScenarioResult("A1", "busy floor: allocations of one order line, during those traces", 0,
                    Percentiles.of(allocated[0].millis()), none(), 0, null, "(informative)", null,
                    allocated[0].failures(), Throughput.of(allocated[0].requests(), "allocations",
                    allocated[0].seconds())));
        }

        /** N1: T1 on new roots alternating between the instances, A1 alternating, A2's clients split over both. */
        void twoInstances() throws InterruptedException {
            int count = web.count();
            ShapeLots g1 = shape("G1");
            if (g1 != null && t1Cold != null) {
                List<String> roots = numbers(Scenarios.sample(g1, lot -> data.net().kind(lot) == Kind.RAW,
                        options.seed(), 8, options.roots()));
                Traced cold = traces(roots, "", n -> n % count);
                Traced warm = traces(roots, "", n -> n % count);
                failed += cold.failed() + warm.failed();
                results.add(within("T1", "G1 traces over HTTP, first trace of each root, alternating between "
                        + count + " instances", cold, t1Cold));
                results.add(within("T1", "G1 traces over HTTP, the same roots again on the same instance", warm,
                        t1Warm));
                if (cte.available()) {
                    results.add(yardstick("T1", "G1 (" + count + " instances)", roots, cold, warm));
                }
            }
            Percentiles split = allocateOneByOne(n -> n % count, "A1", "FEFO allocation of one order line over "
                    + "HTTP, alternating between " + count + " instances");
            ScenarioResult a1Split = results.remove(results.size() - 1);
            double ratio = split.p50() / Math.max(1e-9, a1.p50());
            results.add(new ScenarioResult("N1", a1Split.scenario(), a1Split.warmup(), split, a1Split.lots(), 0, ratio,
                    "A1 within 2x of one instance", ratio <= 2 && split.p99() <= 2 * a1.p99(), String.format(
                    "one instance: p50 %.2f ms, p99 %.2f ms; %s", a1.p50(), a1.p99(), a1Split.note()), null));
            double perSecond = waves(client -> client % count, "A2", "allocation waves over HTTP, clients split over "
                    + count + " instances");
            ScenarioResult a2Split = results.remove(results.size() - 1);
            double rate = a2PerSecond / Math.max(1e-9, perSecond);
            results.add(new ScenarioResult("N1", a2Split.scenario(), 0, a2Split.millis(), a2Split.lots(), 0, rate,
                    "A2 within 2x of one instance", rate <= 2 && a2Split.met() != null && a2Split.note().startsWith("0 of"),
                    String.format("one instance: %,.0f pick lines/s; %s", a2PerSecond, a2Split.note()),
                    a2Split.throughput()));
        }

        private ScenarioResult within(String id, String what, Traced done, Percentiles one) {
            Percentiles millis = Percentiles.of(done.millis());
            double ratio = millis.p50() / Math.max(1e-9, one.p50());
            return new ScenarioResult("N1", what, 0, millis, Percentiles.of(done.lots()), 0,
                    ratio, "T1 within 2x of one instance", done.failed() == 0 && ratio <= 2
                    && millis.p99() <= 2 * one.p99(), String.format("one instance: p50 %.2f ms, p99 %.2f ms (%s)",
                    one.p50(), one.p99(), id), null);
        }

        private ShapeLots shape(String code) {
            return data.generated().shapes().stream().filter(s -> code.equals(s.spec().code())).findFirst()
                    .orElse(null);
        }

        private List<String> numbers(List<Integer> lots) {
            return lots.stream().map(data.codes()::lotNumber).toList();
        }
    }

    private interface Measured {
        Together run() throws InterruptedException;
    }

    private static Together quietly(Measured work) {
        try {
            return work.run();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Together(new double[0], 0, 1, "interrupted", 0);
        }
    }

    private static Map<String, Object> kg(int amount) {
        return Map.of("amount", amount, "unit", "KG");
    }

    private static Map<String, Object> line(String sku, int kg) {
        return Map.of("sku", sku, "quantity", kg(kg));
    }

    private static Percentiles none() {
        return Percentiles.of(new double[0]);
    }
}
