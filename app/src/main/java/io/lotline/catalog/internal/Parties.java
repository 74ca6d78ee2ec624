package io.lotline.catalog.internal;

import io.lotline.catalog.Address;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyChange;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.RecallContact;
import io.lotline.shared.Gln;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Suppliers and customers. */
@Repository
class Parties {
    private final JdbcClient jdbc;

    Parties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewParty party) {
        Address a = party.address();
        RecallContact c = party.recallContact();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into parties (code, role, name, gln, street, postal_code, city, region, country, phone,
                                             recall_contact_name, recall_contact_email, recall_contact_phone)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(party.code(), party.role().name(), party.name(),
                        party.gln() == null ? null : party.gln().value(), a.street(), a.postalCode(), a.city(),
                        a.region(), a.country(), party.phone(), c.name(), c.email(), c.phone())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, PartyChange party) {
        Address a = party.address();
        RecallContact c = party.recallContact();
        jdbc.sql("""
                        update parties set name = ?, gln = ?, street = ?, postal_code = ?, city = ?, region = ?,
                                           country = ?, phone = ?, recall_contact_name = ?, recall_contact_email = ?,
                                           recall_contact_phone = ?
                         where id = ?""")
                .params(party.name(), party.gln() == null ? null : party.gln().value(), a.street(), a.postalCode(),
                        a.city(), a.region(), a.country(), party.phone(), c.name(), c.email(), c.phone(), id)
                .update();
    }

    Optional<Party> byCode(String code) {
        return jdbc.sql("select * from parties where code = ?").param(code).query(Parties::map).optional();
    }

    Optional<Party> byGln(String gln, PartyRole role) {
        return jdbc.sql("select * from parties where gln = ? and role = ? order by id fetch first 1 rows only")
                .params(gln, role.name()).query(Parties::map).optional();
    }

    Optional<Party> byId(long id) {
        return jdbc.sql("select * from parties where id = ?").param(id).query(Parties::map).optional();
    }

    Page<Party> page(PartyRole role, PageRequest page) {
        return new Page<>(jdbc.sql("select * from parties where role = ? order by code limit ? offset ?")
                .params(role.name(), page.size(), page.offset()).query(Parties::map).list(), page.page(), page.size(),
                jdbc.sql("select count(*) from parties where role = ?").param(role.name()).query(Long.class).single());
    }

    private static Party map(ResultSet rs, int row) throws SQLException {
        String gln = rs.getString("gln");
        return new Party(rs.getLong("id"), rs.getString("code"), PartyRole.valueOf(rs.getString("role")),
                rs.getString("name"), gln == null ? null : new Gln(gln),
                new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("region"), rs.getString("country")), rs.getString("phone"),
                new RecallContact(rs.getString("recall_contact_name"), rs.getString("recall_contact_email"),
                        rs.getString("recall_contact_phone")));
    }
}
