package io.lotline.sample.internal;

import io.lotline.catalog.Address;
import io.lotline.catalog.AttributeDefinition;
import io.lotline.catalog.AttributeType;
import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.DefineBatchPolicy;
import io.lotline.catalog.ExpiryKind;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.NewCategory;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.RecallContact;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.catalog.UnitConversion;
import io.lotline.identity.NewUser;
import io.lotline.identity.Role;
import io.lotline.identity.Users;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.ledger.References;
import io.lotline.ledger.Signature;
import io.lotline.lots.LotAttribute;
import io.lotline.lots.LotNumberFormatDefinition;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.receiving.GoodsReceived;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The bakery "Backstube am Kanal" and its first two weeks on Lotline. */
class SampleBakery {
    private final Catalog catalog;
    private final Lots lots;
    private final Receiving receiving;
    private final Movements movements;
    private final Users users;
    private final Clock clock;
    private final BatchPolicies policies;

    SampleBakery(Catalog catalog, Lots lots, Receiving receiving, Movements movements, Users users, Clock clock,
                 BatchPolicies policies) {
        this.policies = policies;
        this.catalog = catalog;
        this.lots = lots;
        this.receiving = receiving;
        this.movements = movements;
        this.users = users;
        this.clock = clock;
    }

    void load(String password) {
        people(password);
        masterData();
        history();
    }

    private void people(String password) {
        person(new NewUser("operator", "Olga Operator", Set.of(Role.OPERATOR), password));
        person(new NewUser("supervisor", "Sven Supervisor", Set.of(Role.SUPERVISOR), password));
        person(new NewUser("quality", "Quinn Quality", Set.of(Role.QUALITY), password));
        person(new NewUser("compliance", "Cora Compliance", Set.of(Role.COMPLIANCE), password));
    }

    private void person(NewUser user) {
        boolean exists = users.users(new PageRequest(0, PageRequest.MAX_SIZE)).content().stream()
                .anyMatch(existing -> existing.username().equals(user.username()));
        if (!exists) {
            users.create(user);
        }
    }

    private void masterData() {
        catalog.registerSite(new NewSite("KANAL", "Backstube am Kanal", new Gln("4001234000015"),
                new Address("Kanalstrasse 12", "10999", "Berlin", null, "DE"), "K", "+49 30 5550000"));
        catalog.registerWarehouse(new NewWarehouse("MAIN", "Main store", "KANAL"));
        location("DOCK", "Goods-in dock", false, false);
        location("QA-HOLD", "Quarantine cage", false, true);
        location("RAW-01", "Dry store, rack 1", true, false);
        location("RAW-02", "Dry store, rack 2", true, false);
        location("COLD-01", "Cold room", true, false);
        catalog.registerCategory(new NewCategory("DRY", "Dry goods", PickingStrategy.FIFO));
        catalog.registerCategory(new NewCategory("CHILLED", "Chilled goods", PickingStrategy.FEFO));
        policies.defineForCategory("CHILLED", new DefineBatchPolicy(null, null, List.of(
                new AttributeDefinition("origin", AttributeType.COUNTRY, null, null, null, null, null, null),
                new AttributeDefinition("allergen", AttributeType.CHOICE, null, null, null, null, null,
                        List.of("milk", "egg", "gluten", "none"))), "Origin and allergens of chilled goods"));
        lots.defineFormat(new LotNumberFormatDefinition("BAKERY", "K{YY}{JJJ}-{SEQ:3}",
                "K, year, Julian day, daily sequence", true));
        item("FLOUR-550", "4001234100012", "Wheat flour type 550", "KG", new UnitConversion(UnitOfMeasure.of("BAG"),
                new BigDecimal("25")), 365, 90, "DRY", InitialLotStatus.RELEASED, ExpiryKind.BEST_BEFORE);
        item("BUTTER", "4001234100029", "Butter 82%", "KG", new UnitConversion(UnitOfMeasure.of("BLOCK"),
                new BigDecimal("10")), 60, 20, "CHILLED", InitialLotStatus.QUARANTINE, ExpiryKind.USE_BY);
        item("SALT", "4001234100036", "Sea salt, fine", "KG", null, 1825, null, "DRY", InitialLotStatus.RELEASED,
                ExpiryKind.BEST_BEFORE);
        item("YEAST", null, "Fresh yeast", "KG", null, 30, 10, "CHILLED", InitialLotStatus.QUARANTINE,
                ExpiryKind.USE_BY);
        catalog.registerItem(new NewItem("PROBE", null, "Core thermometer (calibrated)", UnitOfMeasure.of("EA"),
                List.of(), TrackingPolicy.LOT_AND_SERIAL, null, null, PickingStrategy.FIFO, null, null,
                InitialLotStatus.RELEASED, null, null));
        supplier("MUEHLE", "Mühle Havelland GmbH", "4001234000022", "Hanna Korn", "qs@muehle.example");
        supplier("MOLKEREI", "Molkerei Uckermark eG", "4001234000039", "Paul Rahm", "recall@molkerei.example");
        supplier("SALINE", "Saline Nord AG", "4001234000046", "Ida Salz", "quality@saline.example");
        supplier("HEFE", "Hefewerk Spree", "4001234000053", "Tom Trieb", "qa@hefe.example");
        supplier("MESSTECHNIK", "Messtechnik Berlin", null, "Eva Grad", "service@mess.example");
        customer("CAFE", "Café Central", "4001234000060", "Lena Tasse", "lena@cafe.example");
        customer("HOTEL", "Hotel an der Spree", "4001234000077", "Max Gast", "einkauf@hotel.example");
        customer("MARKT", "Markthalle Ost", "4001234000084", "Nora Stand", "qs@markthalle.example");
    }

    private void history() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        GoodsReceived flour = receive("MUEHLE", "PO-2026-0101", now.minus(Duration.ofDays(12)),
                line("FLOUR-550", "40", "BAG", "MH-26-3371", today.minusDays(20), null, "DOCK", "LP-0001", "COA-MH-3371"),
                line("FLOUR-550", "40", "BAG", "MH-26-3372", today.minusDays(19), null, "DOCK", "LP-0002", "COA-MH-3372"));
        GoodsReceived butter = receive("MOLKEREI", "PO-2026-0102", now.minus(Duration.ofDays(10)),
                line("BUTTER", "12", "BLOCK", "UM 0419", today.minusDays(12), today.plusDays(40), "QA-HOLD", null,
                        "COA-UM-0419").withAttributes(Map.of("origin", "DE", "allergen", "milk")));
        GoodsReceived salt = receive("SALINE", "PO-2026-0103", now.minus(Duration.ofDays(9)),
                line("SALT", "250", "KG", "SN-2026-07", today.minusDays(60), null, "DOCK", "LP-0003", null));
        GoodsReceived yeast = receive("HEFE", "PO-2026-0104", now.minus(Duration.ofDays(3)),
                line("YEAST", "20", "KG", "HW-1188", today.minusDays(2), today.plusDays(26), "COLD-01", null, null));
        receiving.receive(key(now.minus(Duration.ofDays(8))), new ReceiveGoods("MESSTECHNIK", "PO-2026-0105",
                List.of(new ReceiveGoods.Line("PROBE", Quantity.of("3", "EA"), null, "MB-CAL-22", null, null,
                        new Place("RAW-02", null), List.of("CAL-CERT-22"), List.of(), "TP-1001-TP-1003", null))));

        String flourA = flour.lots().get(0).lotNumber();
        String flourB = flour.lots().get(1).lotNumber();
        String butterLot = butter.lots().get(0).lotNumber();
        String saltLot = salt.lots().get(0).lotNumber();
        movements.transfer(key(now.minus(Duration.ofDays(11))), new Movements.TransferStock(flourA,
                Quantity.of("1000", "KG"), new Place("DOCK", "LP-0001"), new Place("RAW-01", "LP-0001"), List.of(),
                "PUT_AWAY", null));
        movements.transfer(key(now.minus(Duration.ofDays(11))), new Movements.TransferStock(flourB,
                Quantity.of("40", "BAG"), new Place("DOCK", "LP-0002"), new Place("RAW-02", "LP-0002"), List.of(),
                "PUT_AWAY", null));
        movements.transfer(key(now.minus(Duration.ofDays(8))), new Movements.TransferStock(saltLot,
                Quantity.of("250", "KG"), new Place("DOCK", "LP-0003"), new Place("RAW-01", "LP-0003"), List.of(),
                "PUT_AWAY", null));
        movements.changeStatus(key(now.minus(Duration.ofDays(9))), new Movements.ChangeLotStatus(butterLot,
                LotStatus.RELEASED, "Certificate of analysis COA-UM-0419 within specification",
                new Signature("quality", "Quinn Quality", Signature.Meaning.APPROVED, "CoA checked",
                        now.minus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MICROS), null)));
        movements.transfer(key(now.minus(Duration.ofDays(9))), new Movements.TransferStock(butterLot,
                Quantity.of("12", "BLOCK"), new Place("QA-HOLD", null), new Place("COLD-01", null), List.of(),
                "PUT_AWAY", null));
        movements.scrap(key(now.minus(Duration.ofDays(6))), new Movements.ScrapStock(flourB, Quantity.of("1", "BAG"),
                new Place("RAW-02", "LP-0002"), List.of(), "TORN_BAG", "Forklift damage"));
        movements.count(key(now.minus(Duration.ofDays(2))), new Movements.CountStock(saltLot, new Place("RAW-01",
                "LP-0003"), Quantity.of("248.5", "KG"), List.of(), "Monthly count"));
        movements.ship(key(now.minus(Duration.ofDays(1))), new Movements.ShipStock(flourA, Quantity.of("4", "BAG"),
                new Place("RAW-01", "LP-0001"), "MARKT", new References(null, "SO-7001", "SH-7001", null, "DN-7001"),
                List.of()));
        movements.correct(key(now.minus(Duration.ofDays(1))), new Movements.CorrectLotAttribute(
                yeast.lots().get(0).lotNumber(), LotAttribute.EXPIRY_DATE, today.plusDays(25).toString(),
                "Supplier label says one day earlier than typed at receipt"));
    }

    private GoodsReceived receive(String supplier, String order, Instant when, ReceiveGoods.Line... lines) {
        return receiving.receive(key(when), new ReceiveGoods(supplier, order, List.of(lines)));
    }

    private static ReceiveGoods.Line line(String sku, String amount, String unit, String supplierLot,
                                          LocalDate produced, LocalDate expires, String location, String pallet,
                                          String certificate) {
        return new ReceiveGoods.Line(sku, Quantity.of(amount, unit), null, supplierLot, produced, expires,
                new Place(location, pallet), certificate == null ? List.of() : List.of(certificate), List.of(), null,
                null);
    }

    private static BookingContext key(Instant occurredAt) {
        return new BookingContext("sample-" + UUID.randomUUID(), occurredAt);
    }

    private void location(String code, String name, boolean pickable, boolean quarantine) {
        catalog.registerLocation(new NewLocation(code, name, "MAIN", null, pickable, quarantine));
    }

    private void item(String sku, String gtin, String description, String unit, UnitConversion alternative,
                      Integer shelfLife, Integer minimum, String category, InitialLotStatus initial, ExpiryKind kind) {
        catalog.registerItem(new NewItem(sku, gtin == null ? null : new Gtin(gtin), description, UnitOfMeasure.of(unit),
                alternative == null ? List.of() : List.of(alternative), TrackingPolicy.LOT, shelfLife, kind, null,
                category, minimum, initial, null, null));
    }

    private void supplier(String code, String name, String gln, String contact, String email) {
        catalog.registerParty(new NewParty(code, PartyRole.SUPPLIER, name, gln == null ? null : new Gln(gln),
                new Address(null, null, "Berlin", null, "DE"), "+49 30 5550100", new RecallContact(contact, email,
                "+49 30 5550199")));
    }

    private void customer(String code, String name, String gln, String contact, String email) {
        catalog.registerParty(new NewParty(code, PartyRole.CUSTOMER, name, new Gln(gln),
                new Address(null, null, "Berlin", null, "DE"), "+49 30 5550200", new RecallContact(contact, email,
                "+49 30 5550299")));
    }
}
