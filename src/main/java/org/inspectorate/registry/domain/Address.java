package org.inspectorate.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A postal address in England. */
@Embeddable
public class Address {

    @Column(name = "address_line1", nullable = false)
    private String line1;

    @Column(name = "address_line2")
    private String line2;

    @Column(name = "town_city", nullable = false)
    private String townCity;

    @Column(name = "county")
    private String county;

    @Column(name = "postcode", nullable = false)
    private String postcode;

    @Column(name = "postcode_key", nullable = false)
    private String postcodeKey;

    protected Address() {
    }

    public Address(String line1, String line2, String townCity, String county, String postcode) {
        this.line1 = line1;
        this.line2 = blankToNull(line2);
        this.townCity = townCity;
        this.county = blankToNull(county);
        this.postcode = Postcode.format(postcode);
        this.postcodeKey = Postcode.key(postcode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String townCity() {
        return townCity;
    }

    public String county() {
        return county;
    }

    public String postcode() {
        return postcode;
    }

    public String oneLine() {
        return Stream.of(line1, line2, townCity, county, postcode)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && oneLine().equals(a.oneLine());
    }

    @Override
    public int hashCode() {
        return oneLine().hashCode();
    }
}
