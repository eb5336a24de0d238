package org.inspectorate.registry.domain;

import org.inspectorate.shared.domain.Validation;

/** The editable details of a location, as typed by a registration officer. */
public record LocationDetails(String name, String alsoKnownAs, String addressLine1, String addressLine2,
        String townCity, String county, String postcode, String phone, String website, Integer beds,
        boolean dormant) {

    static final int MAX_BEDS = 2000;

    public void validate() {
        Validation v = new Validation()
                .requireText(name, "name", "the location name", 200)
                .optionalText(alsoKnownAs, "alsoKnownAs", "the other name", 200)
                .requireText(addressLine1, "addressLine1", "the first line of the address", 200)
                .optionalText(addressLine2, "addressLine2", "the second line of the address", 200)
                .requireText(townCity, "townCity", "the town or city", 100)
                .optionalText(county, "county", "the county", 100)
                .optionalText(website, "website", "the website address", 300);
        if (postcode == null || postcode.isBlank()) {
            v.require(false, "postcode", "Enter the postcode");
        } else {
            v.require(Postcode.isValid(postcode), "postcode", "Enter a real postcode, like SW1A 1AA");
        }
        if (phone != null && !phone.isBlank()) {
            v.require(phone.matches("[0-9 +()-]{7,20}"), "phone",
                    "Enter a telephone number, like 01632 960 001 or +44 808 157 0192");
        }
        if (website != null && !website.isBlank()) {
            v.require(website.matches("(?i)https?://[^\\s]+\\.[^\\s]+"), "website",
                    "Enter the website address starting with https://");
        }
        if (beds != null) {
            v.require(beds >= 0 && beds <= MAX_BEDS, "beds", "Number of beds must be between 0 and " + MAX_BEDS);
        }
        v.throwIfInvalid();
    }

    public static LocationDetails of(Location l) {
        return new LocationDetails(l.name(), l.alsoKnownAs(), l.address().line1(), l.address().line2(),
                l.address().townCity(), l.address().county(), l.address().postcode(), l.phone(), l.website(),
                l.beds(), l.dormant());
    }
}
