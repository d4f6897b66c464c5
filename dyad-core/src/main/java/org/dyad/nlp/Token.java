package org.dyad.nlp;

import java.util.Locale;

/**
 * One token of a sentence.
 *
 * @param index      0-based position in its sentence
 * @param word       the token as it appears in the text (after tokenizer normalisation of quotes)
 * @param lemma      its lemma
 * @param tag        Penn Treebank part-of-speech tag (NN, VBD, ...)
 * @param ner        named-entity class (PERSON, ORGANIZATION, LOCATION, DATE, NUMBER, MONEY, ...) or "O"
 * @param normalized normalised value of a DATE/NUMBER/MONEY token (SUTime/number normaliser), or null
 * @param begin      character offset of its first character in the article text
 * @param end        character offset after its last character (exclusive)
 */
public record Token(int index, String word, String lemma, String tag, String ner, String normalized,
                    int begin, int end) {

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isAdjective() {
        return tag.startsWith("JJ");
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * Lower-case lemma, the key the lexicons use. Where the lemmatiser left a plural noun as it was
     * ("troops"), the regular singular is used.
     */
    public String key() {
        String k = lemma.toLowerCase(Locale.ROOT);
        if ((tag.startsWith("NNS") || tag.equals("NNPS")) && k.length() > 3 && k.equalsIgnoreCase(word) && k.endsWith("s") && !k.endsWith("ss")) {
            return k.endsWith("ies") ? k.substring(0, k.length() - 3) + "y" : k.substring(0, k.length() - 1);
        }
        return k;
    }

    public String lowerWord() {
        return word.toLowerCase(Locale.ROOT);
    }
}
