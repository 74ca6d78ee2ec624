package io.lotline.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Gs1KeysTest {

    @Test
    void an_lgtin_urn_and_its_digital_link_name_the_same_gtin_and_lot() {
        Gs1Keys.LotClass urn = Gs1Keys.lotClass("urn:epc:class:lgtin:9521234.054321.LOT%2F2025-031").orElseThrow();
        Gs1Keys.LotClass link = Gs1Keys.lotClass("https://id.gs1.org/01/09521234543213/10/LOT%2F2025-031")
                .orElseThrow();

        assertThat(urn.gtin().value()).isEqualTo("09521234543213");
        assertThat(urn.lot()).isEqualTo("LOT/2025-031");
        assertThat(link).isEqualTo(urn);
    }

    @Test
    void an_sgln_names_the_gln_and_the_spot_inside_it_unless_its_extension_is_zero() {
        assertThat(Gs1Keys.place("urn:epc:id:sgln:9521234.00001.DOCK-2").orElseThrow())
                .isEqualTo(new Gs1Keys.PlaceKey(new io.lotline.shared.Gln("9521234000013"), "DOCK-2"));
        assertThat(Gs1Keys.place("urn:epc:id:sgln:9521234.00001.0").orElseThrow().extension()).isNull();
        assertThat(Gs1Keys.place("https://id.gs1.org/414/9521234000013/254/DOCK-2")).isEqualTo(
                Gs1Keys.place("urn:epc:id:sgln:9521234.00001.DOCK-2"));
    }

    @Test
    void identifiers_that_hold_no_key_or_a_wrong_check_digit_name_nothing() {
        assertThat(Gs1Keys.lotClass("urn:epc:idpat:sgtin:4012345.044444.*")).isEmpty();
        assertThat(Gs1Keys.lotClass("https://id.gs1.org/01/09521234543210/10/X")).isEmpty();
        assertThat(Gs1Keys.party("urn:epc:id:pgln:9529999.00001")).map(Object::toString)
                .contains("9529999000019");
        assertThat(Gs1Keys.party("urn:epc:id:sgln:9529999.00001.0")).isEmpty();
    }

    @Test
    void an_sgtin_names_its_gtin_and_serial_and_its_digital_link_may_name_its_lot() {
        Gs1Keys.Instance urn = Gs1Keys.instance("urn:epc:id:sgtin:9521234.054321.S%2F1").orElseThrow();
        Gs1Keys.Instance link = Gs1Keys.instance("https://id.gs1.org/01/09521234543213/10/LOT-7/21/S%2F1")
                .orElseThrow();

        assertThat(urn).isEqualTo(new Gs1Keys.Instance(new io.lotline.shared.Gtin("09521234543213"), "S/1", null));
        assertThat(link).isEqualTo(new Gs1Keys.Instance(urn.gtin(), "S/1", "LOT-7"));
        assertThat(Gs1Keys.instance("https://id.gs1.org/01/09521234543213/21/S1").orElseThrow().lot()).isNull();
        assertThat(Gs1Keys.instance("urn:epc:class:lgtin:9521234.054321.LOT")).isEmpty();
    }

    @Test
    void an_sgtin_urn_and_its_digital_link_name_the_same_unit_and_a_pattern_every_unit_of_the_gtin() {
        Gs1Keys.Instance urn = Gs1Keys.instance("urn:epc:id:sgtin:9521234.054321.SN%2F7").orElseThrow();

        assertThat(urn).isEqualTo(new Gs1Keys.Instance(new io.lotline.shared.Gtin("09521234543213"), "SN/7", null));
        assertThat(Gs1Keys.instance("https://id.gs1.org/01/09521234543213/21/SN%2F7")).contains(urn);
        assertThat(Gs1Keys.unitOrEveryUnit("urn:epc:idpat:sgtin:9521234.054321.*")).contains(
                new Gs1Keys.Instance(urn.gtin(), null, null));
        assertThat(Gs1Keys.instance("urn:epc:id:sscc:9521234.0000000001")).isEmpty();
    }

    @Test
    void a_class_pattern_names_every_lot_of_its_gtin_and_nothing_else_does() {
        assertThat(Gs1Keys.anyLotOf("urn:epc:classpat:lgtin:9521234.054321.*").orElseThrow().gtin().value())
                .isEqualTo("09521234543213");
        assertThat(Gs1Keys.anyLotOf("urn:epc:class:lgtin:9521234.054321.L1")).isEmpty();
        assertThat(Gs1Keys.anyLotOf("https://id.gs1.org/01/09521234543213")).isEmpty();
    }
}
