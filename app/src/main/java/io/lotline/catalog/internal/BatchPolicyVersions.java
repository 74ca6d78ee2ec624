package io.lotline.catalog.internal;

import io.lotline.catalog.AttributeDefinition;
import io.lotline.catalog.AttributeType;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.CaptureStage;
import io.lotline.catalog.DefineBatchPolicy;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Versions of batch policies, only ever added. A policy belongs to a category or to an item ({@link Owner}); its
 * next version number is taken while the owner's row is locked, so two instances never give the same one.
 */
@Repository
class BatchPolicyVersions {
    private static final String SELECT = """
            select p.*, c.code as category_code, i.sku as item_sku
              from batch_policies p
              left join categories c on c.id = p.category_id
              left join items i on i.id = p.item_id
            """;

    private final JdbcClient jdbc;

    BatchPolicyVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whose policy it is: a category's or an item's, by id. */
    record Owner(String table, String column, long id) {
        static Owner category(long id) {
            return new Owner("categories", "category_id", id);
        }

        static Owner item(long id) {
            return new Owner("items", "item_id", id);
        }
    }

    long insert(Owner owner, DefineBatchPolicy policy, Instant now, String actor) {
        jdbc.sql("select id from " + owner.table() + " where id = ? for update").param(owner.id()).query(Long.class)
                .single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from batch_policies where " + owner.column()
                + " = ?").param(owner.id()).query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into batch_policies (" + owner.column() + """
                        , version, tracking, picking_strategy, changed_at, changed_by, reason)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(owner.id(), version, name(policy.tracking()), name(policy.pickingStrategy()),
                        now.atOffset(ZoneOffset.UTC), actor, policy.reason())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (int i = 0; i < policy.attributes().size(); i++) {
            AttributeDefinition a = policy.attributes().get(i);
            jdbc.sql("""
                            insert into batch_policy_attributes (policy_id, ordinal, name, value_type, unit,
                                   required_at_receipt, required_at_output, pattern, min_value, max_value, choices,
                                   on_label)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, a.name(), a.type().name(), a.unit() == null ? null : a.unit().code(),
                            a.requiredAt(CaptureStage.RECEIPT), a.requiredAt(CaptureStage.PRODUCTION_OUTPUT),
                            a.pattern(), a.min(), a.max(), a.choices().isEmpty() ? null : String.join("\n", a.choices()),
                            a.onLabel())
                    .update();
        }
        return id;
    }

    Optional<BatchPolicy> latest(Owner owner) {
        return jdbc.sql(SELECT + " where p." + owner.column() + " = ? order by p.version desc limit 1")
                .param(owner.id()).query(this::map).optional();
    }

    List<BatchPolicy> all(Owner owner) {
        return jdbc.sql(SELECT + " where p." + owner.column() + " = ? order by p.version desc")
                .param(owner.id()).query(this::map).list();
    }

    Optional<BatchPolicy> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::map).optional();
    }

    boolean defines(String attributeName) {
        return jdbc.sql("select count(*) from batch_policy_attributes where name = ?").param(attributeName)
                .query(Long.class).single() > 0;
    }

    private List<AttributeDefinition> attributes(long policyId) {
        return jdbc.sql("select * from batch_policy_attributes where policy_id = ? order by ordinal")
                .param(policyId).query((rs, row) -> {
                    Set<CaptureStage> required = EnumSet.noneOf(CaptureStage.class);
                    if (rs.getBoolean("required_at_receipt")) {
                        required.add(CaptureStage.RECEIPT);
                    }
                    if (rs.getBoolean("required_at_output")) {
                        required.add(CaptureStage.PRODUCTION_OUTPUT);
                    }
                    String unit = rs.getString("unit");
                    String choices = rs.getString("choices");
                    return new AttributeDefinition(rs.getString("name"), AttributeType.valueOf(rs.getString(
                            "value_type")), unit == null ? null : new UnitOfMeasure(unit), required,
                            rs.getString("pattern"), plain(rs.getBigDecimal("min_value")), plain(rs.getBigDecimal("max_value")),
                            choices == null ? List.of() : Arrays.asList(choices.split("\n")),
                            rs.getBoolean("on_label"));
                }).list();
    }

    private BatchPolicy map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String tracking = rs.getString("tracking");
        String strategy = rs.getString("picking_strategy");
        return new BatchPolicy(id, rs.getString("category_code"), rs.getString("item_sku"), rs.getInt("version"),
                tracking == null ? null : TrackingPolicy.valueOf(tracking),
                strategy == null ? null : PickingStrategy.valueOf(strategy), attributes(id),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
                rs.getString("reason"));
    }

    /** 90.000000 as stored reads 90 again. */
    private static BigDecimal plain(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
