package org.dyad.place;

import org.dyad.model.PlaceMention;
import org.dyad.model.Span;

import java.util.Objects;

/**
 * A place name found in the text, before resolution ({@link ToponymRecognizer}).
 *
 * @param sentence  0-based sentence index
 * @param start     first token of the name in its sentence (0-based)
 * @param end       token after the last
 * @param span      the name's characters in the article text (0-based, end exclusive); may lie inside one
 *                  token ("Fargo" of "Fargo-Moorhead")
 * @param name      the name to look up in the gazetteer (the span's text, or the division an abbreviation
 *                  stands for)
 * @param kind      {@link PlaceMention#LITERAL} ("Syria") or {@link PlaceMention#ADJECTIVAL} ("Syrian")
 * @param rule      how it was found: {@code state} (actor knowledge), {@code ner} (CoreNLP location),
 *                  {@code gazetteer} (a capitalised name the gazetteer knows), {@code abbreviation}
 *                  ("Ky."), {@code postal-code} ("TX" after a comma), {@code county-list} ("Eastland and
 *                  Callahan counties"), {@code same-name} (a name found elsewhere in the article)
 * @param state     ISO 3166-1 alpha-3 code of the state an actor-knowledge name or adjective stands for, or null
 * @param fixed     the entry an abbreviation or postal code stands for, or null
 * @param cue       what the words around the name say it is ("the city of X", "X province")
 * @param cueWord   the division word of a {@link Cue#DIVISION} cue, lower case ("province" of "Punjab province",
 *                  "state" of "the state of Punjab"), else null
 * @param qualifier index (in the article's toponym list) of the toponym that qualifies this one right after a
 *                  comma ("Antalya, Turkey"; "Alexandria, La."), or -1
 * @param definite  whether the name heads a noun phrase with "the" ("the Gulf", "the White House", but not
 *                  "the Toronto surgeon"): towns do not take the article in English, regions and some states do
 * @param coordinate index (in the article's toponym list) of a toponym joined to this one in a list by "and",
 *                  "or" or a comma ("Ontario and Quebec"; "Ontario, Quebec and Manitoba"): the one before, else
 *                  the one after; or -1
 */
public record Toponym(int sentence, int start, int end, Span span, String name, String kind, String rule,
                      String state, GazetteerEntry fixed, Cue cue, String cueWord, int qualifier, boolean definite, int coordinate) {

    /** What the words around a name say it is: "the city of X", "X province", "X County". */
    public enum Cue { NONE, TOWN, DIVISION }

    public Toponym {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cue, "cue");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token range [" + start + "," + end + ") for '" + name + "'");
        }
    }

    Toponym withQualifier(int index) {
        return new Toponym(sentence, start, end, span, name, kind, rule, state, fixed, cue, cueWord, index, definite, coordinate);
    }

    Toponym withCoordinate(int index) {
        return new Toponym(sentence, start, end, span, name, kind, rule, state, fixed, cue, cueWord, qualifier, definite, index);
    }

    /** Whether its place is decided without the gazetteer's ranking: a state, an abbreviation, a postal code. */
    public boolean isFixed() {
        return state != null || fixed != null;
    }
}
