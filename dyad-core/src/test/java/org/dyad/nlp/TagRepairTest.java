package org.dyad.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TagRepairTest {

    /** The tags after repair of "word/TAG" pairs. */
    private static List<String> repaired(String... wordTags) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String wt : wordTags) {
            String[] p = wt.split("/");
            words.add(p[0]);
            tags.add(p[1]);
        }
        return TagRepair.repair(words, tags);
    }

    @Test
    void theVerbOfAMandativeClauseReadAsANounIsABaseFormVerb() {
        List<String> tags = repaired("Kiev/NNP", "demanded/VBD", "that/IN", "Moscow/NNP", "return/NN", "Crimea/NNP", "./.");
        assertEquals("VB", tags.get(4), "return after 'demanded that Moscow'");
        tags = repaired("protesters/NNS", "demanded/VBD", "that/IN", "the/DT", "army/NN", "hand/NN", "power/NN", "to/TO",
            "civilians/NNS");
        assertEquals(List.of("NN", "VB", "NN"), tags.subList(4, 7), "the subject and object stay nouns");
        assertEquals("VB", repaired("they/PRP", "insisted/VBD", "that/IN", "the/DT", "president/NN", "step/NN", "down/RB")
            .get(5));
    }

    @Test
    void aMandativeClauseWithAVerbOfItsOwnKeepsItsNouns() {
        // lawmakers demanded that the army chief resign: "chief" ends the subject
        List<String> tags = repaired("lawmakers/NNS", "demanded/VBD", "that/IN", "the/DT", "army/NN", "chief/NN", "resign/VB");
        assertEquals("NN", tags.get(5));
        // a "that" clause after a verb that is not of demanding is left alone
        assertEquals("NN", repaired("officials/NNS", "said/VBD", "that/IN", "Moscow/NNP", "return/NN", "Crimea/NNP").get(4));
    }

    @Test
    void pastTenseReadAsANounBeforeACoordinatedPastTenseIsAVerb() {
        List<String> tags = repaired("A/DT", "gunman/NN", "shot/NN", "and/CC", "killed/VBD", "three/CD", "people/NNS");
        assertEquals("VBD", tags.get(2), "shot before 'and killed'");
        assertEquals("NN", repaired("a/DT", "gunman/NN", "shot/NN", "and/CC", "a/DT", "bomb/NN").get(2),
            "no coordinated verb: a noun stays");
        assertEquals("NN", repaired("the/DT", "shot/NN", "and/CC", "killed/VBD").get(1), "no noun before it");
        assertEquals("VBD", repaired("an/DT", "angry/JJ", "mob/NN", "set/NN", "fire/NN", "to/TO", "a/DT", "church/NN")
            .get(3), "set fire to");
        assertEquals("NN", repaired("a/DT", "television/NN", "set/NN", "fire/NN", "alarm/NN").get(2), "no 'to' after fire");
    }

    @Test
    void nounAfterAModalIsABaseFormVerb() {
        // they would blockade the port
        List<String> tags = repaired("they/PRP", "would/MD", "blockade/NN", "the/DT", "port/NN");
        assertEquals("VB", tags.get(2), "blockade after 'would' is the verb");
        assertEquals("NN", tags.get(4), "the object stays a noun");
    }

    @Test
    void adverbsBetweenModalAndNounAreSkipped() {
        // pickets will soon blockade the depot
        List<String> tags = repaired("pickets/NNS", "will/MD", "soon/RB", "blockade/NN", "the/DT", "depot/NN");
        assertEquals("VB", tags.get(3));
    }

    @Test
    void questionsAndPluralNounsAreLeftAlone() {
        List<String> question = List.of("WRB", "MD", "NN", "VB", ".");
        assertSame(question, TagRepair.repair(List.of("When", "will", "peace", "return", "?"), question),
            "a modal before its subject is a question: the noun is the subject");
        List<String> plural = List.of("PRP", "MD", "NNS");
        assertSame(plural, TagRepair.repair(List.of("they", "would", "talks"), plural));
    }

    @Test
    void droneBeforeANounIsANoun() {
        // a US drone strike killed a commander
        List<String> tags = repaired("a/DT", "US/NNP", "drone/VB", "strike/NN", "killed/VBD", "a/DT", "commander/NN");
        assertEquals("NN", tags.get(2), "drone modifies strike");
        List<String> verb = List.of("NNS", "VBD", "RP");
        assertSame(verb, TagRepair.repair(List.of("speeches", "droned", "on"), verb), "a verb before a particle stays");
    }

    @Test
    void baseVerbAfterAnArticleAndANameIsANoun() {
        // Houthi rebels shot down a US drone over Yemen
        List<String> tags = repaired("rebels/NNS", "shot/VBD", "down/RP", "a/DT", "US/NNP", "drone/VB", "over/IN", "Yemen/NNP");
        assertEquals("NN", tags.get(5), "\"a US\" is no subject");
        // did the US attack Iran? helped the UN deliver aid: a definite article leaves the verb
        List<String> question = List.of("VBD", "DT", "NNP", "VB", "NNP", ".");
        assertSame(question, TagRepair.repair(List.of("Did", "the", "US", "attack", "Iran", "?"), question));
        List<String> lower = List.of("VB", "DT", "JJ", "VB");
        assertSame(lower, TagRepair.repair(List.of("let", "a", "few", "go"), lower), "a lower-case adjective may be a subject");
    }

    @Test
    void pastTenseReadAsParticipleInAVerblessClauseIsRepaired() {
        // the junta released opposition leader Aung San Suu Kyi
        List<String> tags = repaired("The/DT", "junta/NN", "released/VBN", "opposition/NN", "leader/NN", "Aung/NNP");
        assertEquals("VBD", tags.get(2), "a participle between a subject and an object is the clause's verb");
        // Indian authorities relaxed restrictions on movement, officials said
        tags = repaired("Indian/JJ", "authorities/NNS", "relaxed/JJ", "restrictions/NNS", "on/IN", "movement/NN",
            ",/,", "officials/NNS", "said/VBD");
        assertEquals("VBD", tags.get(2), "a finite verb after the comma belongs to another clause");
    }

    @Test
    void participlesThatModifyOrAreFollowedByADateStay() {
        List<String> led = List.of("DT", "NNP", "VBN", "NN", "VBD", "NNS");
        assertSame(led, TagRepair.repair(List.of("The", "U.S.", "led", "coalition", "bombed", "positions"), led),
            "the clause has its verb: 'led' modifies 'coalition'");
        List<String> dated = List.of("NNS", "VBN", "NNP", ".");
        assertSame(dated, TagRepair.repair(List.of("Prisoners", "released", "Monday", "."), dated),
            "a date after the participle is no object");
        List<String> taken = List.of("DT", "NN", "VBN", "NNS");
        assertSame(taken, TagRepair.repair(List.of("the", "junta", "taken", "prisoners"), taken),
            "'taken' is only a participle");
    }

    @Test
    void pastTenseAfterAnObjectBeforeAPrepositionIsAParticiple() {
        // a court issued warrants for two men sought in the killing of two missionaries
        List<String> tags = repaired("A/DT", "court/NN", "issued/VBD", "warrants/NNS", "for/IN", "two/CD", "men/NNS",
            "sought/VBD", "in/IN", "the/DT", "killing/NN");
        assertEquals("VBN", tags.get(7), "after the object of 'for' in a clause with its verb, 'sought' describes the men");
        // police arrested two men wanted in connection with the bombing
        tags = repaired("Police/NNS", "arrested/VBD", "two/CD", "men/NNS", "wanted/VBD", "in/IN", "connection/NN");
        assertEquals("VBN", tags.get(4), "after a direct object, 'wanted' describes it");
    }

    @Test
    void pastTenseAfterTheSubjectOfAClauseStays() {
        List<String> said = List.of("DT", "NN", "VBD", "DT", "NNS", "VBD", "IN", "NN");
        assertSame(said, TagRepair.repair(List.of("The", "army", "said", "the", "rebels", "attacked", "at", "dawn"), said),
            "after a verb that takes a clause, the noun is the clause's subject");
        List<String> main = List.of("NNS", "IN", "NNS", "VBD", "IN", "DT", "NN");
        assertSame(main, TagRepair.repair(List.of("Dozens", "of", "militants", "attacked", "in", "the", "night"), main),
            "with no finite verb before it, the verb is the clause's own");
        List<String> after = List.of("NNS", "VBD", "IN", "DT", "NNS", "VBD", "IN", "DT", "NN");
        assertSame(after, TagRepair.repair(List.of("Troops", "withdrew", "after", "the", "rebels", "attacked", "in",
            "the", "night"), after), "a subordinator begins a clause: its noun is a subject");
    }

    @Test
    void aWordAfterDoAndNotIsABaseFormVerb() {
        // Israeli forces did not open fire on the protesters
        List<String> tags = repaired("Israeli/JJ", "forces/NNS", "did/VBD", "not/RB", "open/JJ", "fire/NN", "on/IN",
            "the/DT", "protesters/NNS", "./.");
        assertEquals("VB", tags.get(4), "open after 'did not'");
        assertEquals("NN", tags.get(5), "the object stays a noun");
        assertEquals("VB", repaired("police/NNS", "did/VBD", "n't/RB", "really/RB", "fire/NN", "on/IN", "them/PRP").get(4));
    }

    @Test
    void theVerbOfAQuestionWithDoIsABaseFormVerb() {
        // Did Pakistani troops fire on Indian posts in Kashmir?
        List<String> tags = repaired("Did/VBD", "Pakistani/JJ", "troops/NNS", "fire/NN", "on/IN", "Indian/JJ",
            "posts/NNS", "?/.");
        assertEquals("VB", tags.get(3), "fire after the subject of 'did'");
        assertEquals("VB", repaired("Why/WRB", "did/VBD", "the/DT", "army/NN", "fire/NN", "on/IN", "them/PRP", "?/.")
            .get(4), "the subject's first noun is no verb, the one after it is");
        List<String> verb = List.of("VBD", "NNP", "VB", "DT", "NN", ".");
        assertSame(verb, TagRepair.repair(List.of("Did", "Russia", "bomb", "the", "hospital", "?"), verb),
            "a question with its verb is left alone");
        List<String> statement = List.of("NNS", "VBD", "DT", "NN", "NN", ".");
        assertSame(statement, TagRepair.repair(List.of("Officials", "did", "the", "army", "work", "."), statement),
            "'did' as a main verb of a statement takes an object");
    }

    @Test
    void theVerbOfAVerblessConditionalClauseIsAPresentTenseVerb() {
        // If the Houthis attack Saudi territory again, …
        List<String> tags = repaired("If/IN", "the/DT", "Houthis/NNP", "attack/NN", "Saudi/JJ", "territory/NN",
            "again/RB", ",/,", "Riyadh/NNP", "will/MD", "respond/VB", "./.");
        assertEquals("VBP", tags.get(3));
        assertEquals("NN", tags.get(5), "the object stays a noun");
        assertEquals("VBZ", repaired("If/IN", "Russia/NNP", "attacks/NNS", "Ukraine/NNP", ",/,", "NATO/NNP", "will/MD",
            "respond/VB").get(2));
        assertEquals("VBZ", repaired("in/IN", "case/NN", "Pyongyang/NNP", "fires/NNS", "a/DT", "missile/NN").get(3));
    }

    @Test
    void aConditionalClauseWithAVerbOrACompoundSubjectKeepsItsNouns() {
        List<String> compound = List.of("IN", "DT", "NN", "NNS", "IN", "NNP", ",", "NNS", "VBD");
        assertSame(compound, TagRepair.repair(List.of("until", "the", "peace", "talks", "in", "Geneva", ",", "rebels",
            "fought"), compound), "a singular common noun before '-s' is a compound");
        List<String> verb = List.of("IN", "DT", "NNS", "NN", "VBZ", ",");
        assertSame(verb, TagRepair.repair(List.of("if", "the", "rebels", "attack", "fails", ","), verb),
            "a clause with its verb is left alone");
    }

    @Test
    void aWordInIngAfterRuleOutIsAGerund() {
        // The White House did not rule out striking Syrian air bases
        List<String> tags = repaired("did/VBD", "not/RB", "rule/VB", "out/RP", "striking/JJ", "Syrian/JJ", "air/NN",
            "bases/NNS");
        assertEquals("VBG", tags.get(4));
        assertEquals("JJ", tags.get(5), "a real adjective after it stays");
    }

    @Test
    void aCapitalisedModalThatBeginsANameIsAProperNoun() {
        assertEquals("NNP", repaired("journalist/NN", "Can/MD", "Dundar/NNP", "was/VBD", "jailed/VBN").get(1),
            "a modal is never capitalised after a lower-case word");
        List<String> tags = repaired("police/NNS", "detained/VBD", "Can/MD", "Atalay/VB", "on/IN", "Tuesday/NNP");
        assertEquals(List.of("NNP", "NNP"), tags.subList(2, 4), "the surname read as a verb is a name too");
        assertEquals("NNP", repaired("Can/MD", "Dundar/NNP", "criticized/VBD", "the/DT", "government/NN").get(0),
            "first word before a proper noun and a past tense");
        assertEquals("NNP", repaired("May/MD", "Mobley/NNP", "said/VBD", "it/PRP", "rained/VBD").get(0));
    }

    @Test
    void aModalThatOpensAQuestionOrAClauseStaysAModal() {
        assertEquals("MD", repaired("Can/MD", "Russia/NNP", "stop/VB", "the/DT", "war/NN", "?/.").get(0),
            "a question: a base form follows the name");
        assertEquals("MD", repaired("Will/MD", "Russia/NNP", "invade/VB", "?/.").get(0));
        assertEquals("MD", repaired("Putin/NNP", "Says/VBZ", "Russia/NNP", "Can/MD", "Win/VB").get(3),
            "a headline in title case: a capitalised word before the modal");
        assertEquals("MD", repaired("they/PRP", "can/MD", "Win/VB").get(1), "a modal in lower case");
    }
}
