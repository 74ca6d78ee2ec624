package io.lotline.bench.internal;

import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.NetworkPlan.Generated;
import io.lotline.ledger.cache.LedgerWatermark;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar lotline-bench.jar [--size=S] [--shapes=G1,G2,G3] [--scenarios=trace,recall,picking,ingest,epcis]
 * [--seed=..] [--roots=200] [--warmup=50] [--out=bench-results/x.json]}: generates and loads a network, measures
 * traces, the peer way, mock recalls, allocation and ingest (and, with {@code --scenarios=http}, all of it as users
 * see it over HTTP, on one or {@code --instances=2} web servers; with {@code --scenarios=screens}, the pages in headless
 * Chromium; with {@code --scenarios=startup}, the start-up of a web server on the loaded network), checks the audit
 * chain and the balances, prints a table and writes JSON. Exits 0 when the checks pass, the peer traversal reached
 * the same lots as Lotline and every mock recall found an exact mass balance and every request over HTTP was answered
 * and every page drawn; a missed target is reported, not an error.
 */
@Component
@ConditionalOnProperty(name = "lotline.command", havingValue = "bench")
class BenchCommand implements ApplicationRunner, ExitCodeGenerator {
    private final DatasetLoader loader;
    private final Scenarios scenarios;
    private final RecallScenarios recalls;
    private final PickingScenarios picking;
    private final Ingest ingest;
    private final HttpScenarios http;
    private final ScreenScenarios screens;
    private final EpcisCaptureRate epcis;
    private final StartupRuns startups;
    private final Checks checks;
    private final LedgerWatermark watermark;
    private final DatabaseFacts database;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String engine;
    private int exitCode;

    BenchCommand(DatasetLoader loader, Scenarios scenarios, RecallScenarios recalls, PickingScenarios picking,
                 Ingest ingest, HttpScenarios http, ScreenScenarios screens, EpcisCaptureRate epcis,
                 StartupRuns startups, Checks checks, LedgerWatermark watermark, DatabaseFacts database,
                 JdbcClient jdbc, Clock clock, Environment environment) {
        this.loader = loader;
        this.scenarios = scenarios;
        this.recalls = recalls;
        this.picking = picking;
        this.ingest = ingest;
        this.http = http;
        this.screens = screens;
        this.epcis = epcis;
        this.startups = startups;
        this.checks = checks;
        this.watermark = watermark;
        this.database = database;
        this.jdbc = jdbc;
        this.clock = clock;
        // reported with the figures; the genealogy module binds and checks the setting
        this.engine = environment.getProperty("lotline.trace.engine", "index");
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        exitCode = execute(BenchOptions.parse(args), System.out);
    }

    int execute(BenchOptions options, PrintStream out) throws Exception {
        double loadAverage = BenchReport.Machine.loadAverage();
        String prefix = RunPrefix.next(jdbc);
        progress(out, "run " + prefix + ": generating " + options.size() + " (" + options.lots() + " lots) "
                + options.shapes() + ", seed " + options.seed());
        Generated generated = NetworkPlan.build(options.lots(), options.shapes(), options.seed());
        Dataset data;
        if (options.reuse() != null) {
            progress(out, "reusing the network of run " + options.reuse());
            data = loader.existing(options.reuse(), generated);
        } else {
            progress(out, "loading " + generated.net().size + " lots, " + generated.net().edges() + " edges");
            data = loader.load(prefix, generated, options.entries(), options.seed(), options.batchEntries());
        }
        DatasetSummary summary = DatasetSummary.of(data);
        out.print(DatasetSummary.describe(summary));
        progress(out, "refreshing table statistics, bringing the caches up to the loaded ledger");
        database.refreshStatistics();
        watermark.check();
        List<ScenarioResult> results = new ArrayList<>();
        if (options.runs("trace")) {
            progress(out, "tracing");
            results.addAll(scenarios.run(data, options));
        }
        boolean balanced = true;
        if (options.runs("recall")) {
            progress(out, "running mock recalls");
            RecallScenarios.Outcome drills = recalls.run(data, options);
            results.addAll(drills.results());
            balanced = drills.balanced();
        }
        if (options.runs("picking")) {
            progress(out, "allocating: A1 one order line at a time, A2 " + options.pickLines() + " lines at once");
            results.addAll(picking.run(prefix, options));
        }
        int unanswered = 0;
        if (options.runs("http")) {
            progress(out, "measuring over HTTP");
            HttpScenarios.Outcome served = http.run(data, options, step -> progress(out, step));
            results.addAll(served.results());
            unanswered = served.failed();
        }
        if (options.runs("screens")) {
            progress(out, "measuring the screens in headless Chromium");
            ScreenScenarios.Outcome shown = screens.run(data, options, step -> progress(out, step));
            results.addAll(shown.results());
            unanswered += shown.failed();
        }
        if (options.runs("startup")) {
            progress(out, "S1: starting a web instance on the loaded database " + options.startups() + " times");
            results.add(startups.measure(options));
        }
        if (options.runs("epcis")) {
            progress(out, "capturing EPCIS documents in process: I3");
            results.add(epcis.measure(20, 1000, 3, options.seed(), "first after the start"));
            results.add(epcis.measure(20, 1000, 0, options.seed() + 1, "the same again with new documents"));
            results.add(epcis.measure(20, 1000, 0, options.seed() + 2, "two partners at the same moment", 2));
        }
        Ingest.Result ingested = null;
        if (options.runs("ingest")) {
            progress(out, "ingesting " + options.ingestEntries() + " entries");
            ingested = ingest.measure(prefix + "-I1", options.ingestEntries(), options.seed() + 1,
                    options.batchEntries(), database.isPostgres());
        }
        progress(out, "verifying the audit chain and the balances");
        Checks.Result checked = checks.run();
        BenchReport report = new BenchReport(Instant.now(clock).toString(), BenchReport.Machine.current(loadAverage),
                Heap.Figures.now(), database.facts(), options, engine, summary, results, ingested, checked);
        out.print(report.table());
        Path file = write(report, options, prefix);
        out.println("Written to " + file.toAbsolutePath());
        boolean agreed = results.stream().filter(r -> "T4".equals(r.id()))
                .allMatch(r -> r.note().startsWith("same lots"));
        return checked.passed() && agreed && balanced && unanswered == 0 ? 0 : 1;
    }

    private Path write(BenchReport report, BenchOptions options, String prefix) throws Exception {
        Path file = options.out() != null ? options.out() : Path.of("bench-results",
                (database.isPostgres() ? "postgresql" : "h2") + "-" + options.size() + "-" + prefix + ".json");
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), report);
        return file;
    }

    private void progress(PrintStream out, String step) {
        out.println("[" + Instant.now(clock) + "] " + step);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
