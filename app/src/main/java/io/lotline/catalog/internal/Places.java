package io.lotline.catalog.internal;

import io.lotline.catalog.Address;
import io.lotline.catalog.Container;
import io.lotline.catalog.ContainerKind;
import io.lotline.catalog.Location;
import io.lotline.catalog.LocationChange;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.Site;
import io.lotline.catalog.Warehouse;
import io.lotline.shared.Gln;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Sites, warehouses, locations and containers: where stock can be. */
@Repository
class Places {
    private static final String LOCATION = """
            select l.*, w.code as warehouse_code, s.code as site_code, p.code as parent_code
              from locations l
              join warehouses w on w.id = l.warehouse_id
              join sites s on s.id = w.site_id
              left join locations p on p.id = l.parent_id
            """;
    private static final String WAREHOUSE = """
            select w.id, w.code, w.name, s.code as site_code from warehouses w join sites s on s.id = w.site_id
            """;

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertSite(NewSite site) {
        Address a = site.address();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sites (code, name, gln, street, postal_code, city, region, country, plant_code,
                                           phone)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(site.code(), site.name(), site.gln() == null ? null : site.gln().value(), a.street(),
                        a.postalCode(), a.city(), a.region(), a.country(), site.plantCode(), site.phone())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Site> site(String code) {
        return jdbc.sql("select * from sites where code = ?").param(code).query(Places::site).optional();
    }

    Optional<Site> siteWithGln(String gln) {
        return jdbc.sql("select * from sites where gln = ?").param(gln).query(Places::site).optional();
    }

    Page<Site> sites(PageRequest page) {
        return new Page<>(jdbc.sql("select * from sites order by code limit ? offset ?")
                .params(page.size(), page.offset()).query(Places::site).list(), page.page(), page.size(),
                count("sites"));
    }

    long insertWarehouse(NewWarehouse warehouse, long siteId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into warehouses (code, name, site_id) values (?, ?, ?)")
                .params(warehouse.code(), warehouse.name(), siteId).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Warehouse> warehouse(String code) {
        return jdbc.sql(WAREHOUSE + " where w.code = ?").param(code).query(Places::warehouse).optional();
    }

    Optional<Long> warehouseId(String code) {
        return jdbc.sql("select id from warehouses where code = ?").param(code).query(Long.class).optional();
    }

    Page<Warehouse> warehouses(PageRequest page) {
        return new Page<>(jdbc.sql(WAREHOUSE + " order by w.code limit ? offset ?")
                .params(page.size(), page.offset()).query(Places::warehouse).list(), page.page(), page.size(),
                count("warehouses"));
    }

    long insertLocation(NewLocation location, long warehouseId, Long parentId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into locations (code, name, warehouse_id, parent_id, pickable, quarantine)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(location.code(), location.name(), warehouseId, parentId, location.pickable(),
                        location.quarantine())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void updateLocation(long id, LocationChange change) {
        jdbc.sql("update locations set name = ?, pickable = ? where id = ?")
                .params(change.name(), change.pickable(), id).update();
    }

    Optional<Location> location(String code) {
        return jdbc.sql(LOCATION + " where l.code = ?").param(code).query(Places::location).optional();
    }

    Optional<Location> location(long id) {
        return jdbc.sql(LOCATION + " where l.id = ?").param(id).query(Places::location).optional();
    }

    Page<Location> locations(PageRequest page) {
        return new Page<>(jdbc.sql(LOCATION + " order by l.code limit ? offset ?")
                .params(page.size(), page.offset()).query(Places::location).list(), page.page(), page.size(),
                count("locations"));
    }

    Optional<Container> container(String code) {
        return jdbc.sql("select * from containers where code = ?").param(code).query(Places::container).optional();
    }

    Optional<Container> container(long id) {
        return jdbc.sql("select * from containers where id = ?").param(id).query(Places::container).optional();
    }

    /** Registers a container unless a concurrent request just did; either way the row exists afterwards. */
    void insertContainerIfAbsent(String code, ContainerKind kind) {
        jdbc.sql("insert into containers (code, kind) values (?, ?) on conflict do nothing")
                .params(code, kind.name()).update();
    }

    /** Registers many containers at once, a statement per thousand, each unless it exists already. */
    void insertContainersIfAbsent(Map<String, ContainerKind> kinds) {
        List<Map.Entry<String, ContainerKind>> all = List.copyOf(kinds.entrySet());
        for (int from = 0; from < all.size(); from += 1_000) {
            List<Map.Entry<String, ContainerKind>> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
            jdbc.sql("""
                            insert into containers (code, kind)
                            select v.c, v.k from unnest(cast(:codes as varchar array), cast(:kinds as varchar array))
                                   as v (c, k)
                            on conflict do nothing""")
                    .param("codes", chunk.stream().map(Map.Entry::getKey).toArray(String[]::new))
                    .param("kinds", chunk.stream().map(entry -> entry.getValue().name()).toArray(String[]::new))
                    .update();
        }
    }

    Map<String, Container> containers(Collection<String> codes) {
        Map<String, Container> found = new HashMap<>();
        jdbc.sql("""
                        select c.* from unnest(cast(:codes as varchar array)) as v (code)
                          join containers c on c.code = v.code""")
                .param("codes", codes.toArray(String[]::new))
                .query(Places::container).list().forEach(container -> found.put(container.code(), container));
        return found;
    }

    boolean exists(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " where code = ?").param(code).query(Long.class).single() > 0;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        String gln = rs.getString("gln");
        return new Site(rs.getLong("id"), rs.getString("code"), rs.getString("name"), gln == null ? null : new Gln(gln),
                new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("region"), rs.getString("country")), rs.getString("plant_code"),
                rs.getString("phone"));
    }

    private static Warehouse warehouse(ResultSet rs, int row) throws SQLException {
        return new Warehouse(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("site_code"));
    }

    private static Location location(ResultSet rs, int row) throws SQLException {
        return new Location(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("warehouse_code"), rs.getString("site_code"), rs.getString("parent_code"),
                rs.getBoolean("pickable"), rs.getBoolean("quarantine"));
    }

    private static Container container(ResultSet rs, int row) throws SQLException {
        return new Container(rs.getLong("id"), rs.getString("code"), ContainerKind.valueOf(rs.getString("kind")));
    }
}
