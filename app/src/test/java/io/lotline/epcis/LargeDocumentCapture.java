package io.lotline.epcis;

import io.lotline.LotlineApplication;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts Lotline on an H2 database file of its own and captures one document from a file, printing what it
 * captured and stored: run in a JVM of small heap by {@link LargeDocumentCaptureIT}.
 * Arguments: the document, a directory for the database and checkpoints.
 */
public final class LargeDocumentCapture {
    private LargeDocumentCapture() {
    }

    public static void main(String[] args) throws Exception {
        Path document = Path.of(args[0]);
        Path data = Path.of(args[1]);
        String[] settings = {
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("lotline") + ";MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=3", "--server.port=0",
                "--lotline.admin.password=large-document-1", "--lotline.expiry.sweep.cron=-",
                "--lotline.ledger.checkpoints.directory=" + data.resolve("checkpoints"),
                "--lotline.ledger.checkpoints.key=" + data.resolve("key").resolve("ledger-checkpoint.pem"),
                "--lotline.ledger.checkpoints.interval=0"};
        try (ConfigurableApplicationContext context = SpringApplication.run(LotlineApplication.class, settings);
             InputStream in = new BufferedInputStream(Files.newInputStream(document))) {
            CaptureReport report = context.getBean(Epcis.class).capture(in, DocumentFormat.JSON);
            long stored = context.getBean(JdbcClient.class).sql("select count(*) from epcis_events")
                    .query(Long.class).single();
            System.out.println("captured " + report.captured() + " stored " + stored + " max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        }
    }
}
