package io.lotline.catalog.internal;

import io.lotline.catalog.Category;
import io.lotline.catalog.NewCategory;
import io.lotline.catalog.PickingStrategy;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Item categories and their default picking strategy. */
@Repository
class Categories {
    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewCategory category) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into categories (code, name, picking_strategy) values (?, ?, ?)")
                .params(category.code(), category.name(), category.pickingStrategy().name())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Category> byCode(String code) {
        return jdbc.sql("select * from categories where code = ?").param(code).query(Categories::map).optional();
    }

    Page<Category> page(PageRequest page) {
        return new Page<>(jdbc.sql("select * from categories order by code limit ? offset ?")
                .params(page.size(), page.offset()).query(Categories::map).list(), page.page(), page.size(),
                jdbc.sql("select count(*) from categories").query(Long.class).single());
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        return new Category(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                PickingStrategy.valueOf(rs.getString("picking_strategy")));
    }
}
