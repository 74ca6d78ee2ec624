package io.lotline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.ledger.BulkAppend;
import io.lotline.ledger.Posting;
import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.ledger.References;
import io.lotline.shared.Quantity;
import io.lotline.shared.jdbc.BulkRows;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An FDA request for a product with over twenty thousand critical tracking events: each of its lots received, half of
 * them under the supplier's code, and shipped a month later. The spreadsheet and the CSV hold every event once, in
 * date order, each row completed as in a small export (the site as TLC source of a lot whose code Lotline assigned,
 * the lot's attributes), also in the last chunk of rows read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeFsma204ExportIT extends IntegrationTest {
    private static final int LOTS = 10_500;

    @Autowired
    BulkAppend bulk;

    @Autowired
    JdbcTemplate template;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    private Floor.Site site;
    private Item item;
    private String prefix;
    private Instant received;

    @BeforeAll
    void lotsReceivedAndShippedInBulk() {
        site = floor.aSite();
        item = floor.anItem().register();
        prefix = "BIG" + Floor.next() + "-";
        received = Instant.now(clock).minus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long itemId = id("select id from items where sku = ?", item.sku());
        long supplier = id("select id from parties where code = ?", site.supplier());
        long customer = id("select id from parties where code = ?", site.customer());
        PlaceIds rack = new PlaceIds(id("select id from locations where code = ?", site.rack()), 0);
        BulkRows rows = new BulkRows(template, TestDatabase.isPostgres());
        List<Object[]> lots = new ArrayList<>();
        for (int n = 0; n < LOTS; n++) {
            lots.add(new Object[] {prefix + n, itemId, "RECEIPT", n % 2 == 0 ? "SUP-" + prefix + n : null, supplier,
                    "PO-" + prefix, received.atOffset(ZoneOffset.UTC), "test"});
        }
        rows.write("lots", "lot_number, item_id, origin, supplier_lot, supplier_id, purchase_order, created_at, "
                + "created_by", lots);
        long first = id("select min(id) from lots where lot_number like ?", prefix + "%");
        jdbc.sql("insert into lot_states (lot_id, status) select id, 'RELEASED' from lots where lot_number like ?")
                .param(prefix + "%").update();
        jdbc.sql("insert into lot_attributes (lot_id, name, current_value) select id, 'Catch area', 'FAO 27' "
                + "from lots where lot_number = ?").param(prefix + (LOTS - 1)).update();
        List<List<Posting>> commands = new ArrayList<>();
        Quantity ten = Quantity.of("10", "KG");
        Quantity four = Quantity.of("4", "KG");
        for (int n = 0; n < LOTS; n++) {
            long lot = first + n;
            commands.add(List.of(Posting.receipt(lot, itemId, ten, ten, rack, supplier,
                    new References("PO-" + prefix, null, null, null, null), received.plusSeconds(n))));
            commands.add(List.of(Posting.shipment(lot, itemId, four, four, rack, customer,
                    new References(null, null, null, null, "DN-" + prefix + n),
                    received.plus(30, ChronoUnit.DAYS).plusSeconds(n))));
        }
        for (int from = 0; from < commands.size(); from += 5_000) {
            List<List<Posting>> part = commands.subList(from, Math.min(commands.size(), from + 5_000));
            transaction.executeWithoutResult(status -> bulk.append(part));
        }
    }

    @Test
    void a_spreadsheet_of_over_twenty_thousand_events_holds_every_event_once_in_date_order() throws Exception {
        MvcTestResult xlsx = as("compliance").get("/api/v1/exports/fsma204.xlsx?sku=" + item.sku());

        assertThat(xlsx).hasStatus(200);
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("fsma204.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            Iterator<Row> rows = workbook.getFirstSheet().openStream().iterator();
            Row header = rows.next();
            Row first = rows.next();
            Row last = first;
            int count = 1;
            List<String> outOfPlace = new ArrayList<>();
            while (rows.hasNext()) {
                last = rows.next();
                String expected = count < LOTS ? "Receiving " + prefix + count : "Shipping " + prefix + (count - LOTS);
                if (!expected.equals(last.getCellText(1) + " " + last.getCellText(29))) {
                    outOfPlace.add(count + ": " + last.getCellText(1) + " " + last.getCellText(29));
                }
                count++;
            }
            assertThat(count).isEqualTo(2 * LOTS);
            assertThat(outOfPlace).as("the receipts in the order of their lots, then the shipments").isEmpty();
            assertThat(header.getCellText(40)).isEqualTo("Lot Attribute: Catch area");
            assertThat(first.getCellText(29)).isEqualTo(prefix + 0);
            assertThat(first.getCellText(1)).isEqualTo("Receiving");
            assertThat(first.getCellText(4)).as("TLC: the supplier's code").isEqualTo("SUP-" + prefix + 0);
            assertThat(first.getCellAsDate(3).orElseThrow().toLocalDate())
                    .isEqualTo(received.atZone(clock.getZone()).toLocalDate());
            assertThat(last.getCellText(1)).isEqualTo("Shipping");
            assertThat(last.getCellText(29)).isEqualTo(prefix + (LOTS - 1));
            assertThat(last.getCellText(4)).as("TLC: the lot number Lotline assigned").isEqualTo(prefix + (LOTS - 1));
            assertThat(last.getCellText(6)).as("TLC source: the site").isEqualTo("Plant " + site.site().substring(1));
            assertThat(last.getCellAsNumber(13).orElseThrow()).isEqualByComparingTo("4");
            assertThat(last.getCellText(19)).isEqualTo("Shop " + site.customer().substring(4));
            assertThat(last.getCellText(28)).isEqualTo("DN-" + prefix + (LOTS - 1));
            assertThat(last.getCellText(40)).isEqualTo("FAO 27");
        }
    }

    @Test
    void the_csv_of_the_same_request_has_the_same_rows() throws Exception {
        MvcTestResult csv = as("compliance").get("/api/v1/exports/fsma204.csv?sku=" + item.sku());

        assertThat(csv).hasStatus(200);
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        try (Reader text = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(text).getRecords();
            assertThat(records).hasSize(2 * LOTS + 1);
            CSVRecord first = records.get(1);
            CSVRecord last = records.get(2 * LOTS);
            assertThat(first.get(29)).isEqualTo(prefix + 0);
            assertThat(first.get(3)).isEqualTo(LocalDate.ofInstant(received, clock.getZone()).toString());
            assertThat(last.get(1)).isEqualTo("Shipping");
            assertThat(last.get(13)).isEqualTo("4");
            assertThat(last.get(28)).isEqualTo("DN-" + prefix + (LOTS - 1));
            assertThat(last.get(40)).isEqualTo("FAO 27");
        }
    }

    private long id(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }
}
