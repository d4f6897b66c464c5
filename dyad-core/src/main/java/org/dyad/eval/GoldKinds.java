package org.dyad.eval;

import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.Country;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells adjectival gold toponyms ("Turkish", "Sudanese", "Syrians") from literal ones, since the geoparsing
 * gold files mark both without saying which: a phrase is adjectival when it is a demonym of Dyad's actor
 * knowledge base, or one capitalised word with a demonym ending (-ian, -ese, -ish: "Peruvian", "Kurdish").
 * Words with other endings that name places as well ("Caribbean", "Pacific") stay literal. Thread-safe.
 */
final class GoldKinds {

    private static final Pattern DEMONYM_ENDING = Pattern.compile("\\p{Lu}\\p{L}+(ian|ese|ish)s?");

    private GoldKinds() {
    }

    private static final class Holder {
        static final Set<String> DEMONYMS = demonyms();
    }

    private static Set<String> demonyms() {
        Set<String> out = new HashSet<>();
        for (Country c : ActorKnowledge.builtIn().countries().values()) {
            out.addAll(c.adjectives());
        }
        return Set.copyOf(out);
    }

    /** Whether the gold phrase is an adjectival or demonym reference to a place. */
    static boolean adjectival(String phrase) {
        String p = phrase.strip();
        return Holder.DEMONYMS.contains(p) || DEMONYM_ENDING.matcher(p).matches();
    }
}
