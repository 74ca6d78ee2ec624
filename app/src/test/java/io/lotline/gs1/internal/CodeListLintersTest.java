package io.lotline.gs1.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.gs1.Gs1;
import io.lotline.gs1.InvalidGs1Code;
import org.junit.jupiter.api.Test;

/** Countries, currencies and coupons as the linters read them, and as a scan is refused for them. */
class CodeListLintersTest {

    @Test
    void a_country_is_its_iso_3166_number_and_999_only_where_a_processor_may_be_anywhere() {
        assertThat(Linters.check("iso3166", "528")).isEmpty();
        assertThat(Linters.check("iso3166", "999")).contains("not-iso3166");
        assertThat(Linters.check("iso3166999", "999")).isEmpty();
        assertThat(Linters.check("iso3166999", "998")).contains("not-iso3166-or-999");
    }

    @Test
    void a_list_of_countries_is_three_digits_each_and_every_one_a_country() {
        assertThat(Linters.check("iso3166list", "528276056")).isEmpty();
        assertThat(Linters.check("iso3166list", "528999")).contains("not-iso3166-list");
        assertThat(Linters.check("iso3166list", "52827")).contains("not-iso3166-list");
        assertThat(Linters.check("iso3166list", "")).contains("not-iso3166-list");
    }

    @Test
    void a_currency_is_one_in_use_and_a_replaced_one_is_refused() {
        assertThat(Linters.check("iso4217", "978")).isEmpty();
        assertThat(Linters.check("iso4217", "840")).isEmpty();
        assertThat(Linters.check("iso4217", "528")).as("the guilder, replaced by the euro").contains("not-iso4217");
    }

    @Test
    void a_coupon_names_the_first_field_that_is_cut_short_or_out_of_range() {
        assertThat(CouponCodes.coupon("012345612345611110123")).isNull();
        assertThat(CouponCodes.coupon("01234561234561111012")).isEqualTo("coupon-truncated-1st-purchase-family-code");
        assertThat(CouponCodes.coupon("71234567890123")).isEqualTo("coupon-invalid-gcp-length");
        assertThat(CouponCodes.coupon("01234561234561111012332612314270101")).isEqualTo(
                "coupon-expiration-before-start");
        assertThat(CouponCodes.coupon("0123456123456111101237")).isEqualTo("coupon-excess-data");
        assertThat(CouponCodes.pointOfSaleOffer("001234561234560123456")).isNull();
        assertThat(CouponCodes.pointOfSaleOffer("201234561234560123456")).isEqualTo("coupon-invalid-format-code");
    }

    @Test
    void a_scan_whose_country_of_origin_is_no_country_is_refused_naming_the_element() {
        assertThat(Gs1.read("(01)04012345000009(422)528").value("422")).contains("528");
        InvalidGs1Code refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidGs1Code.class,
                () -> Gs1.read("(01)04012345000009(422)999"));
        assertThat(refused.value()).isEqualTo("(422)999");
        assertThat(refused.rule()).isEqualTo("gs1-not-iso3166");
    }
}
