package org.dyad.eval;

import java.util.List;

/**
 * Published scores of other geoparsers on the geoparsing gold sets (eval/README.md; measured by their
 * authors on the whole of each set), printed as notes beside Dyad's. The sets are recognised by their
 * file names.
 */
final class GeoPeers {

    private GeoPeers() {
    }

    /** Notes with the peers' figures for the gold file {@code name}; empty where none are published. */
    static List<String> notes(String name) {
        if (name.startsWith("lgl")) {
            return List.of("published peers on all of LGL: CLAVIN toponym F1 0.57, 71% within 161 km;"
                + " GeoTxt F1 0.68; Edinburgh F1 0.62; Mordecai 3 (neural, GPU) 79% exact GeoNames id");
        }
        return List.of();
    }
}
