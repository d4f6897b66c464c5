package org.dyad.actor;

import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Actors from a code dictionary (TABARI/PETRARCH actors and agents) found and composed by the recognizer,
 * on hand-tagged sentences (no CoreNLP): the dictionary code as of the date, agents after or before it.
 */
class CodedActorRecognitionTest {

    private static final LocalDate DAY = LocalDate.of(2012, 6, 1);

    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorKnowledge.empty().plus(
        List.of(
            new CodedActor(List.of("Narnia", "Cair Paravel"), List.of(new CodedActor.Code("NAR", null, null)), "t:1"),
            new CodedActor(List.of("Miraz"), List.of(
                new CodedActor.Code("TELGOV", LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31)),
                new CodedActor.Code("TELELI", LocalDate.of(2016, 1, 1), null)), "t:3"),
            new CodedActor(List.of("West Telmar"), List.of(new CodedActor.Code("TMWGOV", null, null)), "t:6"),
            new CodedActor(List.of("Seven Isles"), List.of(new CodedActor.Code("SVN/ISL", null, null)), "t:7"),
            new CodedActor(List.of("Lone Islands"), List.of(new CodedActor.Code("LON", null, LocalDate.of(2000, 1, 1))), "t:8")),
        List.of(
            new Sectors.Term("cleric", "REL", Sectors.Kind.NOUN),
            new Sectors.Term("government", "GOV", Sectors.Kind.NOUN),
            new Sectors.Term("official", "GOV", Sectors.Kind.NOUN),
            new Sectors.Term("diplomat", "GOV", Sectors.Kind.NOUN),
            new Sectors.Term("world government", "WGO", Sectors.Kind.NOUN),
            new Sectors.Term("human rights activist", "OPP", Sectors.Kind.NOUN),
            new Sectors.Term("msf", "NGO", Sectors.Kind.NOUN, true))));

    /** A sentence from {@code word/TAG/lemma} items, one space between tokens. */
    private static Sentence sentence(String... items) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < items.length; i++) {
            String[] f = items[i].split("/");
            tokens.add(new Token(i, f[0], f.length > 2 ? f[2] : f[0], f[1], "O", null, at, at + f[0].length()));
            at += f[0].length() + 1;
        }
        return new Sentence(0, 0, at - 1, tokens, List.of(), null);
    }

    private static String text(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
            b.append(t.word()).append(' ');
        }
        return b.toString();
    }

    private static List<String> codes(LocalDate date, String... items) {
        Sentence s = sentence(items);
        return RECOGNIZER.recognize(s, text(s), date).stream().map(m -> m.actor().code()).toList();
    }

    @Test
    void agents_after_the_actor_add_their_code() {
        assertEquals(List.of("NARREL"), codes(DAY, "Narnia/NNP", "cleric/NN", "spoke/VBD/speak"));
        assertEquals(List.of("NARGOV"), codes(DAY, "Narnia/NNP", "'s/POS", "government/NN", "spoke/VBD/speak"));
        assertEquals(List.of("NARGOV"), codes(DAY, "officials/NNS/official", "in/IN", "Cair/NNP", "Paravel/NNP", "met/VBD/meet"));
    }

    @Test
    void a_prefix_agent_goes_before_the_actor_code() {
        assertEquals(List.of("NGONARGOV"), codes(DAY, "An/DT/an", "MSF/NNP/MSF", "Narnia/NNP", "diplomat/NN", "spoke/VBD/speak"));
    }

    @Test
    void an_agent_the_code_holds_at_a_code_boundary_is_not_added_twice() {
        assertEquals(List.of("TMWGOV"), codes(DAY, "West/NNP", "Telmar/NNP", "officials/NNS/official", "met/VBD/meet"));
        assertEquals(List.of("TMWGOVWGO"), codes(DAY, "West/NNP", "Telmar/NNP", "world/NN", "government/NN", "met/VBD/meet"));
    }

    @Test
    void a_plural_head_after_a_plural_word_finds_the_agent() {
        assertEquals(List.of("NAROPP"), codes(DAY, "Narnia/NNP", "human/JJ", "rights/NNS/right", "activists/NNS/activist",
            "met/VBD/meet"));
    }

    @Test
    void former_officials_are_the_elite() {
        assertEquals(List.of("NARELI"), codes(DAY, "Narnia/NNP", "former/JJ", "officials/NNS/official", "met/VBD/meet"));
        assertEquals(List.of("NARELI"), codes(DAY, "former/JJ", "Narnia/NNP", "officials/NNS/official", "met/VBD/meet"));
    }

    @Test
    void the_code_is_the_one_that_applies_on_the_date() {
        assertEquals(List.of("TELGOV"), codes(DAY, "Miraz/NNP", "spoke/VBD/speak"));
        assertEquals(List.of("TELELI"), codes(LocalDate.of(2017, 1, 1), "Miraz/NNP", "spoke/VBD/speak"));
        assertEquals(List.of(), codes(DAY, "Lone/NNP", "Islands/NNPS/Islands", "spoke/VBD/speak"),
            "no code applies after the restriction ends");
        assertEquals(List.of("LON"), codes(LocalDate.of(1999, 1, 1), "Lone/NNP", "Islands/NNPS/Islands", "spoke/VBD/speak"));
    }

    @Test
    void a_code_naming_two_actors_gives_two_mentions_of_the_same_words() {
        Sentence s = sentence("Seven/NNP", "Isles/NNPS/Isles", "spoke/VBD/speak");
        List<Mention> ms = RECOGNIZER.recognize(s, text(s), DAY);
        assertEquals(List.of("SVN", "ISL"), ms.stream().map(m -> m.actor().code()).toList());
        assertEquals(ms.get(0).span(), ms.get(1).span());
    }
}
