package org.dyad.event;

/**
 * One lexicon line: a pattern and the CAMEO code it gives.
 *
 * @param code    CAMEO event code
 * @param pattern the predicate pattern
 * @param source  file and line, the rule id shown in evidence ({@code 19-fight.tsv:12})
 */
public record LexiconEntry(String code, Pattern pattern, String source) {
}
