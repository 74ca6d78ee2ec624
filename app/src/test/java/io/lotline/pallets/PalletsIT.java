package io.lotline.pallets;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.Quantity;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Pallets packed onto pallets: packed, unpacked, scanned, moved and shipped as one load. */
class PalletsIT extends IntegrationTest {
    @Autowired
    private Catalog catalog;
    @Autowired
    private Receiving receiving;
    private Floor.Site site;
    private String outer;
    private String cases;
    private String plate;
    private String flourLot;
    private String sugarLot;

    @BeforeEach
    void twoPalletsWithALotEachAndAnEmptyOuterPallet() {
        site = floor.aSite();
        Item flour = floor.anItem().register();
        Item sugar = floor.anItem().register();
        outer = sscc();
        cases = sscc();
        plate = "LP-N" + Floor.next();
        flourLot = floor.receive(site, flour, "40", site.rack(), cases);
        sugarLot = floor.receive(site, sugar, "25", site.rack(), plate);
    }

    @Test
    void pallets_packed_onto_an_outer_pallet_show_in_its_contents_with_their_lots() {
        MvcTestResult packed = pack(outer, cases, plate);

        assertThat(packed).hasStatus(201);
        assertThat((String) read(packed, "$.action")).isEqualTo("PACK");
        assertThat((String) read(packed, "$.actor")).isEqualTo("operator");
        MvcTestResult contents = as("operator").get("/api/v1/pallets/" + outer + "/contents");
        assertThat((List<String>) read(contents, "$.pallets[*].code")).containsExactlyInAnyOrder(cases, plate);
        assertThat((List<String>) read(contents, "$.pallets[*].lots[*].lotNumber"))
                .containsExactlyInAnyOrder(flourLot, sugarLot);
        assertThat((String) read(as("operator").get("/api/v1/pallets/" + cases + "/contents"), "$.packedOn")).isEqualTo(outer);
    }

    @Test
    void a_pallet_of_pallets_can_itself_be_packed_and_a_scan_of_the_outermost_shows_every_level() {
        String truckload = sscc();
        pack(outer, cases);
        assertThat(pack(truckload, outer, plate)).hasStatus(201);

        MvcTestResult scanned = as("operator").post("/api/v1/scans", "{\"code\": \"(00)" + truckload + "\"}");

        assertThat((String) read(scanned, "$.pallet.code")).isEqualTo(truckload);
        assertThat((List<String>) read(scanned, "$.pallet.pallets[*].code")).containsExactlyInAnyOrder(outer, plate);
        assertThat((List<String>) read(scanned, "$.pallet.pallets[*].pallets[*].contents[*].lotNumber"))
                .containsExactly(flourLot);
        assertThat((List<String>) read(scanned, "$.pallet.allContents[*].lotNumber"))
                .containsExactlyInAnyOrder(flourLot, sugarLot);
    }

    @Test
    void moving_the_outer_pallet_moves_every_lot_on_every_pallet_inside_it_in_one_ledger_command() {
        pack(outer, cases, plate);

        MvcTestResult moved = as("operator").post("/api/v1/pallets/" + outer + "/transfers",
                "{\"to\": \"" + site.dock() + "\"}");

        assertThat(moved).hasStatus(201);
        assertThat((List<String>) read(moved, "$.entries[*].lotNumber")).containsExactlyInAnyOrder(flourLot, sugarLot);
        assertThat(jdbc.sql("select count(distinct command_id) from ledger_entries l join lots t on t.id = l.lot_id "
                + "where t.lot_number in (?, ?) and l.entry_type = 'TRANSFER'").params(flourLot, sugarLot)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(placeOf(flourLot)).isEqualTo(site.dock() + "/" + cases);
        assertThat(placeOf(sugarLot)).isEqualTo(site.dock() + "/" + plate);
    }

    @Test
    void shipping_the_outer_pallet_ships_all_and_a_shipped_pallet_is_not_packed_again() {
        pack(outer, cases, plate);

        MvcTestResult shipped = as("operator").post("/api/v1/pallets/" + outer + "/shipments",
                "{\"customer\": \"" + site.customer() + "\", \"references\": {\"shipment\": \"SH-1\"}}");

        assertThat(shipped).hasStatus(201);
        assertThat((List<String>) read(shipped, "$.entries[*].type")).containsOnly("SHIPMENT").hasSize(2);
        assertThat(jdbc.sql("select count(*) from stock_balances b join lots t on t.id = b.lot_id "
                + "where t.lot_number in (?, ?) and b.quantity > 0").params(flourLot, sugarLot)
                .query(Long.class).single()).isZero();
        assertThat(unpack(outer, cases)).hasStatus(201);
        MvcTestResult refused = pack(sscc(), cases);
        assertThat(refused).hasStatus(422);
        assertThat((String) read(refused, "$.rule")).isEqualTo("pallet-shipped");
        assertThat((String) read(refused, "$.field")).isEqualTo("children[0]");
    }

    @Test
    void a_pallet_is_never_packed_into_itself_nor_into_a_pallet_it_carries() {
        pack(outer, cases);
        long recorded = count("pallet_packings");

        MvcTestResult itself = pack(outer, outer);
        MvcTestResult intoItsChild = pack(cases, outer);

        assertThat(itself).hasStatus(422);
        assertThat((String) read(itself, "$.rule")).isEqualTo("pallet-cycle");
        assertThat((String) read(intoItsChild, "$.rule")).isEqualTo("pallet-cycle");
        assertThat((String) read(intoItsChild, "$.value")).isEqualTo(outer);
        assertThat(count("pallet_packings")).isEqualTo(recorded);
    }

    @Test
    void unknown_empty_and_already_packed_pallets_are_refused_by_name_and_nothing_is_recorded() {
        pack(outer, cases);
        String emptyPallet = sscc();
        catalog.containerFor(emptyPallet);
        long recorded = count("pallet_packings");

        MvcTestResult unknown = pack(sscc(), plate, "NO-SUCH-PALLET");
        MvcTestResult empty = pack(sscc(), emptyPallet);
        MvcTestResult twice = pack(sscc(), cases);

        assertThat(unknown).hasStatus(404);
        assertThat((String) read(unknown, "$.field")).isEqualTo("children[1]");
        assertThat((String) read(empty, "$.rule")).isEqualTo("pallet-empty");
        assertThat((String) read(twice, "$.rule")).isEqualTo("pallet-already-packed");
        assertThat((String) read(twice, "$.detail")).contains(outer);
        assertThat(count("pallet_packings")).isEqualTo(recorded);
    }

    @Test
    void unpacking_frees_the_pallet_and_the_history_keeps_both_facts_which_cannot_be_rewritten() {
        pack(outer, cases, plate);

        assertThat(unpack(outer, plate)).hasStatus(201);
        MvcTestResult notThere = unpack(outer, plate);

        assertThat((String) read(notThere, "$.rule")).isEqualTo("pallet-not-packed-here");
        assertThat((List<String>) read(as("operator").get("/api/v1/pallets/" + outer + "/contents"), "$.pallets[*].code"))
                .containsExactly(cases);
        assertThat(jdbc.sql("select action from pallet_packings p join containers c on c.id = p.child_id "
                + "where c.code = ? order by p.id").param(plate).query(String.class).list())
                .containsExactly("PACK", "UNPACK");
        assertThatThrownBy(() -> jdbc.sql("delete from pallet_packings").update()).isInstanceOf(Exception.class);
    }

    @Test
    void a_packing_sent_twice_under_one_key_is_recorded_once() {
        String key = UUID.randomUUID().toString();
        String body = "{\"children\": [\"" + cases + "\"]}";

        assertThat(as("operator").post("/api/v1/pallets/" + outer + "/packing", key, body)).hasStatus(201);
        assertThat(as("operator").post("/api/v1/pallets/" + outer + "/packing", key, body)).hasStatus(201);

        assertThat(jdbc.sql("select count(*) from pallet_packings where idempotency_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_pallet_packed_inside_another_moves_only_with_it() {
        pack(outer, cases);

        MvcTestResult refused = as("operator").post("/api/v1/pallets/" + cases + "/transfers",
                "{\"to\": \"" + site.dock() + "\"}");

        assertThat(refused).hasStatus(422);
        assertThat((String) read(refused, "$.rule")).isEqualTo("pallet-packed");
        assertThat(placeOf(flourLot)).isEqualTo(site.rack() + "/" + cases);
    }

    @Test
    void pallets_at_different_locations_are_not_packed_together() {
        String elsewhere = "LP-E" + Floor.next();
        floor.receive(site, floor.anItem().register(), "3", site.dock(), elsewhere);

        MvcTestResult refused = pack(outer, cases, elsewhere);

        assertThat((String) read(refused, "$.rule")).isEqualTo("pallets-at-one-location");
        assertThat((String) read(refused, "$.field")).isEqualTo("children[1]");
    }

    @Test
    void serial_numbered_units_on_a_nested_pallet_move_with_it_by_name() {
        Item scales = floor.anItem().bySerial().register();
        String serialPallet = "LP-SN" + Floor.next();
        String serial = "SN-" + Floor.next();
        ReceiveGoods.Line line = new ReceiveGoods.Line(scales.sku(), Quantity.of("2", "EA"), null, "S-" + serial,
                LocalDate.now(), null, new Place(site.rack(), serialPallet), List.of(), List.of(serial + "A",
                serial + "B"), null, null, null, null);
        receiving.receive(new BookingContext(UUID.randomUUID().toString(), null),
                new ReceiveGoods(site.supplier(), "PO-SN", List.of(line)));
        pack(outer, cases, serialPallet);

        MvcTestResult moved = as("operator").post("/api/v1/pallets/" + outer + "/transfers",
                "{\"to\": \"" + site.dock() + "\"}");

        assertThat(moved).hasStatus(201);
        assertThat(jdbc.sql("select l.code from serials s join locations l on l.id = s.location_id "
                + "where s.serial in (?, ?)").params(serial + "A", serial + "B").query(String.class).list())
                .containsOnly(site.dock()).hasSize(2);
    }

    @Test
    void the_label_of_a_pallet_of_pallets_lists_each_pallet_packed_on_it_with_its_lots() {
        pack(outer, cases, plate);

        MvcTestResult zpl = as("operator").get("/api/v1/labels/pallets/" + outer + "?format=ZPL");

        assertThat(zpl).hasStatus(200).bodyText().contains("Pallet of pallets").contains("Pallet " + cases)
                .contains("Lot " + flourLot).contains("Pallet " + plate).contains("Lot " + sugarLot);
    }

    private MvcTestResult pack(String pallet, String... children) {
        return as("operator").post("/api/v1/pallets/" + pallet + "/packing", body(children));
    }

    private MvcTestResult unpack(String pallet, String... children) {
        return as("operator").post("/api/v1/pallets/" + pallet + "/unpacking", body(children));
    }

    private static String body(String... children) {
        return "{\"children\": [" + String.join(", ", List.of(children).stream().map(c -> "\"" + c + "\"").toList())
                + "]}";
    }

    private String placeOf(String lot) {
        return jdbc.sql("""
                select lo.code || '/' || c.code from stock_balances b
                  join lots t on t.id = b.lot_id join locations lo on lo.id = b.location_id
                  join containers c on c.id = b.container_id
                 where t.lot_number = ? and b.quantity > 0""").param(lot).query(String.class).single();
    }

    static String sscc() {
        String digits = "0409" + String.format("%013d", Math.floorMod(System.nanoTime() + Floor.next(), 10_000_000_000_000L));
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return digits + (10 - sum % 10) % 10;
    }
}
