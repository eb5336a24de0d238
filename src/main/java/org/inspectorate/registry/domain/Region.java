package org.inspectorate.registry.domain;

/** The nine regions of England. */
public enum Region implements Labelled {
    LONDON("London"),
    SOUTH_EAST("South East"),
    SOUTH_WEST("South West"),
    EAST("East of England"),
    EAST_MIDLANDS("East Midlands"),
    WEST_MIDLANDS("West Midlands"),
    YORKSHIRE_AND_THE_HUMBER("Yorkshire and the Humber"),
    NORTH_WEST("North West"),
    NORTH_EAST("North East");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The label of the value with this name, as stored in a row; the name itself when it is not one of today's. */
    public static String labelOf(String name) {
        return Labelled.labelOf(Region.class, name);
    }
}
