package io.lotline.catalog.internal;

import io.lotline.catalog.Item;
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
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Items and their alternative units. The effective picking strategy falls back to the item's category. */
@Repository
class Items {
    private static final String SELECT = """
            select i.*, c.code as category_code, coalesce(i.picking_strategy, c.picking_strategy, 'FEFO') as strategy
              from items i left join categories c on c.id = i.category_id
            """;

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

    boolean skuTaken(String sku) {
        return jdbc.sql("select count(*) from items where sku = ?").param(sku).query(Long.class).single() > 0;
    }

    boolean gtinTaken(Gtin gtin) {
        return jdbc.sql("select count(*) from items where gtin = ?").param(gtin.value()).query(Long.class).single() > 0;
    }

    Optional<Item> bySku(String sku) {
        return jdbc.sql(SELECT + " where i.sku = ?").param(sku).query(this::map).optional();
    }

    Optional<Item> byId(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(this::map).optional();
    }

    Page<Item> page(PageRequest page) {
        List<Item> items = jdbc.sql(SELECT + " order by i.sku limit ? offset ?")
                .params(page.size(), page.offset()).query(this::map).list();
        long total = jdbc.sql("select count(*) from items").query(Long.class).single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private List<UnitConversion> units(long itemId) {
        return jdbc.sql("select unit, base_units_per_unit from item_units where item_id = ? order by unit")
                .param(itemId)
                .query((rs, n) -> new UnitConversion(new UnitOfMeasure(rs.getString(1)), rs.getBigDecimal(2)))
                .list();
    }

    private Item map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String gtin = rs.getString("gtin");
        String expiryKind = rs.getString("expiry_kind");
        return new Item(id, rs.getString("sku"), gtin == null ? null : new Gtin(gtin), rs.getString("description"),
                new UnitOfMeasure(rs.getString("base_unit")), units(id),
                TrackingPolicy.valueOf(rs.getString("tracking")), rs.getObject("shelf_life_days", Integer.class),
                expiryKind == null ? null : ExpiryKind.valueOf(expiryKind),
                PickingStrategy.valueOf(rs.getString("strategy")), rs.getString("category_code"),
                rs.getObject("min_shelf_life_at_receipt_days", Integer.class),
                InitialLotStatus.valueOf(rs.getString("initial_lot_status")), rs.getString("lot_number_format"),
                rs.getString("lot_code"));
    }
}
