package org.dyad.event;

/**
 * One lexicon line: a pattern and the CAMEO code it gives.
 *
 * @param code    CAMEO event code; from a user dictionary, any code it uses (TABARI/PETRARCH dictionaries
 *                may use WEIS or their own codes, e.g. {@code 174K}); {@link #NO_EVENT} for a pattern
 *                that matches but codes nothing (it keeps the head's other patterns from matching)
 * @param pattern the predicate pattern
 * @param source  file and line, the rule id shown in evidence ({@code 19-fight.tsv:12})
 * @param reverse the code of the event the target does to the source at the same time, or null
 *                (TABARI's paired codes: {@code ARRIVE [032:033]} = the source visits the target and
 *                the target hosts the source)
 */
public record LexiconEntry(String code, Pattern pattern, String source, String reverse) {

    /** The code of a pattern that matches without coding an event (TABARI/PETRARCH {@code [---]}). */
    public static final String NO_EVENT = "---";

    public LexiconEntry(String code, Pattern pattern, String source) {
        this(code, pattern, source, null);
    }

    /** Whether a match of this entry codes no event. */
    public boolean codesNothing() {
        return NO_EVENT.equals(code);
    }
}
