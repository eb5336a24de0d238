package org.inspectorate.demo;

import java.util.List;
import org.inspectorate.registry.domain.Region;

/** Towns with their local authority and postcode area, per region, for generated addresses. */
final class Places {

    record Place(Region region, String town, String localAuthority, String county, String postcodeArea) {
    }

    static final List<Place> ALL = List.of(
            new Place(Region.LONDON, "London", "Camden", null, "NW"),
            new Place(Region.LONDON, "London", "Hackney", null, "E"),
            new Place(Region.LONDON, "London", "Lambeth", null, "SE"),
            new Place(Region.LONDON, "London", "Ealing", null, "W"),
            new Place(Region.LONDON, "Croydon", "Croydon", null, "CR"),
            new Place(Region.LONDON, "Harrow", "Harrow", null, "HA"),
            new Place(Region.SOUTH_EAST, "Brighton", "Brighton and Hove", "East Sussex", "BN"),
            new Place(Region.SOUTH_EAST, "Reading", "Reading", "Berkshire", "RG"),
            new Place(Region.SOUTH_EAST, "Oxford", "Oxfordshire", "Oxfordshire", "OX"),
            new Place(Region.SOUTH_EAST, "Canterbury", "Kent", "Kent", "CT"),
            new Place(Region.SOUTH_EAST, "Southampton", "Southampton", "Hampshire", "SO"),
            new Place(Region.SOUTH_EAST, "Guildford", "Surrey", "Surrey", "GU"),
            new Place(Region.SOUTH_WEST, "Bristol", "Bristol", null, "BS"),
            new Place(Region.SOUTH_WEST, "Exeter", "Devon", "Devon", "EX"),
            new Place(Region.SOUTH_WEST, "Plymouth", "Plymouth", "Devon", "PL"),
            new Place(Region.SOUTH_WEST, "Truro", "Cornwall", "Cornwall", "TR"),
            new Place(Region.SOUTH_WEST, "Bath", "Bath and North East Somerset", "Somerset", "BA"),
            new Place(Region.EAST, "Cambridge", "Cambridgeshire", "Cambridgeshire", "CB"),
            new Place(Region.EAST, "Norwich", "Norfolk", "Norfolk", "NR"),
            new Place(Region.EAST, "Ipswich", "Suffolk", "Suffolk", "IP"),
            new Place(Region.EAST, "Chelmsford", "Essex", "Essex", "CM"),
            new Place(Region.EAST, "Luton", "Luton", "Bedfordshire", "LU"),
            new Place(Region.EAST_MIDLANDS, "Nottingham", "Nottingham", "Nottinghamshire", "NG"),
            new Place(Region.EAST_MIDLANDS, "Leicester", "Leicester", "Leicestershire", "LE"),
            new Place(Region.EAST_MIDLANDS, "Derby", "Derby", "Derbyshire", "DE"),
            new Place(Region.EAST_MIDLANDS, "Lincoln", "Lincolnshire", "Lincolnshire", "LN"),
            new Place(Region.EAST_MIDLANDS, "Northampton", "West Northamptonshire", "Northamptonshire", "NN"),
            new Place(Region.WEST_MIDLANDS, "Birmingham", "Birmingham", "West Midlands", "B"),
            new Place(Region.WEST_MIDLANDS, "Coventry", "Coventry", "West Midlands", "CV"),
            new Place(Region.WEST_MIDLANDS, "Wolverhampton", "Wolverhampton", "West Midlands", "WV"),
            new Place(Region.WEST_MIDLANDS, "Stoke-on-Trent", "Stoke-on-Trent", "Staffordshire", "ST"),
            new Place(Region.WEST_MIDLANDS, "Worcester", "Worcestershire", "Worcestershire", "WR"),
            new Place(Region.YORKSHIRE_AND_THE_HUMBER, "Leeds", "Leeds", "West Yorkshire", "LS"),
            new Place(Region.YORKSHIRE_AND_THE_HUMBER, "Sheffield", "Sheffield", "South Yorkshire", "S"),
            new Place(Region.YORKSHIRE_AND_THE_HUMBER, "Bradford", "Bradford", "West Yorkshire", "BD"),
            new Place(Region.YORKSHIRE_AND_THE_HUMBER, "York", "York", "North Yorkshire", "YO"),
            new Place(Region.YORKSHIRE_AND_THE_HUMBER, "Hull", "Kingston upon Hull", "East Riding of Yorkshire", "HU"),
            new Place(Region.NORTH_WEST, "Manchester", "Manchester", "Greater Manchester", "M"),
            new Place(Region.NORTH_WEST, "Liverpool", "Liverpool", "Merseyside", "L"),
            new Place(Region.NORTH_WEST, "Preston", "Lancashire", "Lancashire", "PR"),
            new Place(Region.NORTH_WEST, "Carlisle", "Cumberland", "Cumbria", "CA"),
            new Place(Region.NORTH_WEST, "Chester", "Cheshire West and Chester", "Cheshire", "CH"),
            new Place(Region.NORTH_EAST, "Newcastle upon Tyne", "Newcastle upon Tyne", "Tyne and Wear", "NE"),
            new Place(Region.NORTH_EAST, "Sunderland", "Sunderland", "Tyne and Wear", "SR"),
            new Place(Region.NORTH_EAST, "Durham", "County Durham", "County Durham", "DH"),
            new Place(Region.NORTH_EAST, "Middlesbrough", "Middlesbrough", "North Yorkshire", "TS"));

    private Places() {
    }
}
