/**
 * TABARI/PETRARCH dictionaries read as they are: verbs ({@link org.dyad.petrarch.PetrarchVerbs}: synonym
 * sets, verb blocks, patterns with {@code *}, {@code $}, {@code +}, {@code %}, {@code ^}, paired codes),
 * actors ({@link org.dyad.petrarch.PetrarchActors}: names, synonyms, several codes, date restrictions),
 * agents ({@link org.dyad.petrarch.PetrarchAgents}: {@code ~CODE}/{@code CODE~}, plurals, substitution
 * sets) and discards ({@link org.dyad.petrarch.PetrarchDiscards}), turned into Dyad's own structures:
 * {@link org.dyad.event.LexiconEntry lexicon entries}, {@link org.dyad.actor.CodedActor coded actors} and
 * {@link org.dyad.actor.Sectors.Term sector terms}. {@link org.dyad.petrarch.Dictionaries} assembles what a
 * coder is built from. Readers are lenient with what PETRARCH skipped (reported with file and line) and
 * strict with broken structure ({@link org.dyad.petrarch.DictionaryException}, file and line).
 */
package org.dyad.petrarch;
