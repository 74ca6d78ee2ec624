package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;

/** A postal address, as a regulator's location description needs it: street, city, postal code, country. */
public record Address(@FreeText String street, @Code String postalCode, @FreeText String city, @FreeText String region,
                      @FreeText String country) {
    public Address {
        street = Codes.text("address.street", street, 200, false);
        postalCode = Codes.text("address.postalCode", postalCode, 20, false);
        city = Codes.text("address.city", city, 100, false);
        region = Codes.text("address.region", region, 100, false);
        country = Codes.text("address.country", country, 2, false);
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new InvalidInput("address.country", country, "iso-3166-alpha-2",
                    "A country is its two-letter ISO 3166 code (DE, US)");
        }
    }

    public static Address none() { return new Address(null, null, null, null, null); }
}
