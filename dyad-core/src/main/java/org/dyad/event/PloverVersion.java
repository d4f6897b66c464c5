package org.dyad.event;

/** The two PLOVER category sets users meet: the 2016 gold standard's and the 2021 mapping. */
public enum PloverVersion {
    V2016, V2021;

    public static PloverVersion parse(String s) {
        return switch (s.strip()) {
            case "2016" -> V2016;
            case "2021" -> V2021;
            default -> throw new IllegalArgumentException("unknown PLOVER version '" + s + "' (use 2016 or 2021)");
        };
    }

    public String label() {
        return this == V2016 ? "2016" : "2021";
    }
}
