package io.lotline.catalog.internal;

import io.lotline.catalog.Item;
import io.lotline.catalog.ItemChange;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.UnitConversion;
import io.lotline.shared.Gtin;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.catalog.ExpiryKind;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.TrackingPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Items and their alternative units. The effective picking strategy falls back to the item's category. */
@Repository
class Items {
    /** Items with their alternative units, one row per unit (one row without a unit for an item that has none). */
    private static final String SELECT = """
            select i.*, c.code as category_code, coalesce(i.picking_strategy, c.picking_strategy, 'FEFO') as strategy,
                   u.unit as alternative_unit, u.base_units_per_unit
              from %s i
              left join categories c on c.id = i.category_id
              left join item_units u on u.item_id = i.id
             %s
             order by i.sku, u.unit""";
    private static final String BY_SKU = SELECT.formatted("items", "where i.sku = ?");
    private static final String BY_ID = SELECT.formatted("items", "where i.id = ?");
    private static final String BY_GTIN = SELECT.formatted("items", "where i.gtin = ?");
    private static final String BY_IDS = SELECT.formatted("items", "where i.id in (:ids)");
    private static final String PAGE = SELECT.formatted("(select * from items order by sku limit ? offset ?)", "");
    private static final String MATCHING =
            "position(:text in lower(sku)) > 0 or position(:text in lower(description)) > 0";
    private static final String PAGE_MATCHING = SELECT.formatted(
            "(select * from items where " + MATCHING + " order by sku limit :size offset :offset)", "");

    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewItem item, Long categoryId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into items (sku, gtin, description, base_unit, tracking, shelf_life_days, expiry_kind,
                                           picking_strategy, category_id, min_shelf_life_at_receipt_days,
                                           initial_lot_status, lot_number_format, lot_code)
                        values (:sku, :gtin, :description, :baseUnit, :tracking, :shelfLife, :expiryKind, :strategy,
                                :categoryId, :minShelfLife, :initialStatus, :format, :lotCode)""")
                .param("sku", item.sku())
                .param("gtin", item.gtin() == null ? null : item.gtin().value())
                .param("description", item.description())
                .param("baseUnit", item.baseUnit().code())
                .param("tracking", item.tracking().name())
                .param("shelfLife", item.shelfLifeDays())
                .param("expiryKind", item.expiryKind() == null ? null : item.expiryKind().name())
                .param("strategy", item.pickingStrategy() == null ? null : item.pickingStrategy().name())
                .param("categoryId", categoryId)
                .param("minShelfLife", item.minRemainingShelfLifeAtReceiptDays())
                .param("initialStatus", item.initialLotStatus().name())
                .param("format", item.lotNumberFormat())
                .param("lotCode", item.lotCode())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (UnitConversion unit : item.alternativeUnits()) {
            jdbc.sql("insert into item_units (item_id, unit, base_units_per_unit) values (?, ?, ?)")
                    .params(id, unit.unit().code(), unit.baseUnitsPerUnit()).update();
        }
        return id;
    }

    void update(long id, ItemChange item) {
        jdbc.sql("""
                        update items set description = ?, gtin = ?, shelf_life_days = ?, expiry_kind = ?,
                                         min_shelf_life_at_receipt_days = ?, initial_lot_status = ?
                         where id = ?""")
                .params(item.description(), item.gtin() == null ? null : item.gtin().value(), item.shelfLifeDays(),
                        item.expiryKind() == null ? null : item.expiryKind().name(),
                        item.minRemainingShelfLifeAtReceiptDays(), item.initialLotStatus().name(), id)
                .update();
    }

    boolean skuTaken(String sku) {
        return jdbc.sql("select count(*) from items where sku = ?").param(sku).query(Long.class).single() > 0;
    }

    boolean gtinTaken(Gtin gtin) {
        return jdbc.sql("select count(*) from items where gtin = ?").param(gtin.value()).query(Long.class).single() > 0;
    }

    Optional<Long> categoryId(long itemId) {
        return jdbc.sql("select category_id from items where id = ? and category_id is not null").param(itemId)
                .query(Long.class).optional();
    }

    Optional<Item> bySku(String sku) {
        return jdbc.sql(BY_SKU).param(sku).query(Items::items).stream().findFirst();
    }

    Optional<Item> byGtin(String gtin) {
        return jdbc.sql(BY_GTIN).param(gtin).query(Items::items).stream().findFirst();
    }

    Optional<Item> byId(long id) {
        return jdbc.sql(BY_ID).param(id).query(Items::items).stream().findFirst();
    }

    List<Item> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql(BY_IDS).param("ids", List.copyOf(ids)).query(Items::items);
    }

    Page<Item> page(PageRequest page) {
        List<Item> items = jdbc.sql(PAGE).params(page.size(), page.offset()).query(Items::items);
        long total = jdbc.sql("select count(*) from items").query(Long.class).single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The items whose SKU or description contains the text, whatever its case. */
    Page<Item> matching(String text, PageRequest page) {
        String pattern = text.toLowerCase(Locale.ROOT);
        List<Item> items = jdbc.sql(PAGE_MATCHING).param("text", pattern).param("size", page.size())
                .param("offset", page.offset()).query(Items::items);
        long total = jdbc.sql("select count(*) from items where " + MATCHING).param("text", pattern)
                .query(Long.class).single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The items of rows that come item by item, each item's rows one per alternative unit. */
    private static List<Item> items(ResultSet rs) throws SQLException {
        Map<Long, Function<List<UnitConversion>, Item>> items = new LinkedHashMap<>();
        Map<Long, List<UnitConversion>> units = new HashMap<>();
        while (rs.next()) {
            long id = rs.getLong("id");
            if (!items.containsKey(id)) {
                items.put(id, item(rs));
                units.put(id, new ArrayList<>());
            }
            String unit = rs.getString("alternative_unit");
            if (unit != null) {
                units.get(id).add(new UnitConversion(new UnitOfMeasure(unit), rs.getBigDecimal("base_units_per_unit")));
            }
        }
        List<Item> found = new ArrayList<>(items.size());
        items.forEach((id, item) -> found.add(item.apply(units.get(id))));
        return found;
    }

    /** The item of the current row, once its alternative units are known. */
    private static Function<List<UnitConversion>, Item> item(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String sku = rs.getString("sku");
        String gtin = rs.getString("gtin");
        String description = rs.getString("description");
        UnitOfMeasure baseUnit = new UnitOfMeasure(rs.getString("base_unit"));
        TrackingPolicy tracking = TrackingPolicy.valueOf(rs.getString("tracking"));
        Integer shelfLife = rs.getObject("shelf_life_days", Integer.class);
        String expiryKind = rs.getString("expiry_kind");
        PickingStrategy strategy = PickingStrategy.valueOf(rs.getString("strategy"));
        String category = rs.getString("category_code");
        Integer minShelfLife = rs.getObject("min_shelf_life_at_receipt_days", Integer.class);
        InitialLotStatus initialStatus = InitialLotStatus.valueOf(rs.getString("initial_lot_status"));
        String format = rs.getString("lot_number_format");
        String lotCode = rs.getString("lot_code");
        return units -> new Item(id, sku, gtin == null ? null : new Gtin(gtin), description, baseUnit, units, tracking,
                shelfLife, expiryKind == null ? null : ExpiryKind.valueOf(expiryKind), strategy, category,
                minShelfLife, initialStatus, format, lotCode);
    }
}
