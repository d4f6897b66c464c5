package org.dyad.place;

import org.dyad.actor.ActorKnowledge;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Event and actor locations on hand-tagged, hand-parsed sentences. */
class LocatorTest {

    private static final Gazetteer GAZETTEER = Places.gazetteer();
    private static final PlaceFinder FINDER = new PlaceFinder(GAZETTEER, Places.abbreviations(GAZETTEER),
        ActorKnowledge.builtIn());

    private static Locator locator(TaggedText t) {
        return new Locator(t.sentences, FINDER.find(t.sentences, t.text, t.noActors()));
    }

    private static String where(Locator.Location l) {
        return l == null ? "none" : l.place().place().name() + "/" + l.from();
    }

    @Test
    void an_event_is_where_its_clause_says() {
        // Obama(0) met(1) Tusk(2) in(3) Antalya(4) ,(5) Turkey(6) .(7)
        TaggedText t = TaggedText.of("Obama/NNP/PERSON met/VBD Tusk/NNP/PERSON in/IN Antalya/NNP/LOCATION ,/, Turkey/NNP/LOCATION ./.")
            .parsed(0, "1 0 nsubj", "1 2 obj", "4 3 case", "1 4 obl:in", "4 6 appos", "-1 1 root");
        assertEquals("Antalya/clause", where(locator(t).event(t.sentences.get(0), 1)),
            "the town, more specific than the state after it");
    }

    @Test
    void else_where_its_sentence_says_else_the_article_focus() {
        TaggedText t = TaggedText.of("Talks/NNS went/VBD on/RP in/IN Antalya/NNP/LOCATION ./.",
            "Leaders/NNS said/VBD Turkey/NNP/LOCATION helped/VBD ./.", "Tusk/NNP/PERSON spoke/VBD ./.");
        Locator l = locator(t);
        assertEquals("Antalya/sentence", where(l.event(t.sentences.get(0), 1)), "unparsed: the sentence's location phrase");
        assertEquals("Antalya/article", where(l.event(t.sentences.get(2), 1)),
            "the focus: named in the lead after 'in', more than Turkey named as an actor");
        assertEquals("none", where(new Locator(List.of(), List.of()).event(t.sentences.get(2), 1)),
            "no place in the article, no location");
    }

    @Test
    void an_actor_is_where_the_text_puts_it() {
        // Syrian(0) rebels(1) in(2) Idlib(3) attacked(4) Aleppo(5) .(6)
        TaggedText t = TaggedText.of("Syrian/JJ rebels/NNS in/IN Idlib/NNP/LOCATION attacked/VBD Aleppo/NNP/LOCATION ./.");
        Locator l = locator(t);
        assertEquals("Idlib", l.actor(t.sentences.get(0), 0, 2, 1).place().name(), "rebels in Idlib");
        TaggedText compound = TaggedText.of("Idlib/NNP/LOCATION rebels/NNS attacked/VBD ./.");
        assertEquals("Idlib", locator(compound).actor(compound.sentences.get(0), 0, 2, 1).place().name(), "Idlib rebels");
        TaggedText adjective = TaggedText.of("Syrian/JJ rebels/NNS attacked/VBD ./.");
        assertNull(locator(adjective).actor(adjective.sentences.get(0), 0, 2, 1),
            "'Syrian' says whose the rebels are, not where");
    }

    @Test
    void an_actor_placed_by_a_participle_in_the_parse() {
        // rebels(0) based(1) in(2) Idlib(3) fired(4) .(5)
        TaggedText t = TaggedText.of("rebels/NNS based/VBN in/IN Idlib/NNP/LOCATION fired/VBD ./.")
            .parsed(0, "4 0 nsubj", "0 1 acl", "3 2 case", "1 3 obl:in", "-1 4 root");
        assertEquals("Idlib", locator(t).actor(t.sentences.get(0), 0, 1, 0).place().name());
    }

    @Test
    void people_from_a_town_do_not_place_the_event_there() {
        // mayor(1) thanked(2) volunteers(3) from(4) Fargo(5)
        TaggedText t = TaggedText.of("The/DT mayor/NN thanked/VBD volunteers/NNS from/IN Fargo/NNP/LOCATION ./.")
            .parsed(0, "1 0 det", "2 1 nsubj", "2 3 obj", "5 4 case", "2 5 obl:from", "-1 2 root");
        assertEquals("Fargo/article", where(locator(t).event(t.sentences.get(0), 2)),
            "where the volunteers come from is no clause location, even where the parse hangs it on the verb");
        // agencies(1) withdraw(2) workers(3) from(4) Idlib(5)   (the test tokens' lemma is the word)
        TaggedText withdrew = TaggedText.of("The/DT agencies/NNS withdraw/VBP workers/NNS from/IN Idlib/NNP/LOCATION ./.")
            .parsed(0, "1 0 det", "2 1 nsubj", "2 3 obj", "5 4 case", "2 5 obl:from", "-1 2 root");
        assertEquals("Idlib/clause", where(locator(withdrew).event(withdrew.sentences.get(0), 2)),
            "people moved out of a town: the moving happens there");
        // militants(0) fired(1) rockets(2) from(3) Idlib(4)
        TaggedText rockets = TaggedText.of("Militants/NNS fired/VBD rockets/NNS from/IN Idlib/NNP/LOCATION ./.")
            .parsed(0, "1 0 nsubj", "1 2 obj", "4 3 case", "2 4 nmod:from", "-1 1 root");
        assertEquals("Idlib/clause", where(locator(rockets).event(rockets.sentences.get(0), 1)),
            "rockets fired from a town place the firing there");
    }
}
