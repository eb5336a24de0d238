package org.inspectorate.demo;

import java.util.List;

/** Word lists for generated names of people, streets and services. */
final class Names {

    static final List<String> GIVEN = List.of("Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur",
            "Ivy", "Muhammad", "Grace", "Leo", "Freya", "Oscar", "Lily", "Harry", "Sophia", "Jack", "Priya", "Ravi",
            "Aisha", "Tomasz", "Chidi", "Sian", "Eilidh", "Kwame", "Mei", "Daniel", "Fatima", "Hannah");
    static final List<String> FAMILY = List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
            "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
            "Hughes", "Green", "Hall", "Patel", "Khan", "Ahmed", "Singh", "Okafor", "Nowak", "Chen", "Murphy",
            "O'Brien", "Kaur");
    static final List<String> TITLES = List.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx");
    static final List<String> HOUSES = List.of("Oak", "Willow", "Beech", "Elm", "Cedar", "Rowan", "Hazel", "Maple",
            "Birch", "Ash", "Holly", "Laurel", "Meadow", "Brook", "Orchard", "Abbey", "Grange", "Park", "Riverside",
            "Hillcrest", "Fairview", "Greenacres", "Highfield", "Lakeside", "Woodlands", "St Mary's", "St John's",
            "Kingsley", "Ashdown", "Heathfield");
    static final List<String> HOUSE_KINDS = List.of("House", "Lodge", "Court", "Manor", "View", "Gardens", "Hall");
    static final List<String> STREETS = List.of("High Street", "Station Road", "Church Lane", "Victoria Road",
            "Green Lane", "Manor Road", "Park Avenue", "Queen Street", "London Road", "Mill Lane", "Kings Road",
            "The Crescent", "Albert Road", "New Road", "Springfield Road");
    static final List<String> BRANDS = List.of("Bluebell", "Harbour", "Compass", "Evergreen", "Horizon", "Keystone",
            "Lighthouse", "Northstar", "Pathway", "Sunrise", "Wellspring", "Cornerstone", "Heritage", "Beacon",
            "Caremark", "Allied", "Kindred", "Silverlining", "Unity", "Haven");

    private Names() {
    }
}
