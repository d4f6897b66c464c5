package org.dyad.eval;

import org.dyad.model.CodedArticle;

import java.util.List;

/** Checks that coded articles line up with gold records. */
final class Alignment {

    private Alignment() {
    }

    static void check(List<String> goldIds, List<CodedArticle> coded) {
        if (goldIds.size() != coded.size()) {
            throw new IllegalArgumentException(goldIds.size() + " gold records but " + coded.size()
                + " coded articles");
        }
        for (int i = 0; i < goldIds.size(); i++) {
            String id = coded.get(i).article().id();
            if (!goldIds.get(i).equals(id)) {
                throw new IllegalArgumentException("coded article " + i + " is '" + id + "', expected gold record '"
                    + goldIds.get(i) + "'");
            }
        }
    }
}
