package org.dyad.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseRepairTest {

    private static List<Token> tokens(String... wordTags) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < wordTags.length; i++) {
            String[] wt = wordTags[i].split("/");
            String lemma = wt.length > 2 ? wt[2] : wt[0]; // "resorted/VBD/resort"
            out.add(new Token(i, wt[0], lemma, wt[1], "O", null, at, at + wt[0].length()));
            at += wt[0].length() + 1;
        }
        return out;
    }

    // Police prevented the rally organised by students
    private final List<Token> rally = tokens("Police/NNS", "prevented/VBD", "the/DT", "rally/NN", "organised/VBN", "by/IN", "students/NNS");

    @Test
    void reducedRelativeReadAsClauseGivesTheVerbItsObject() {
        List<Dependency> parsed = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"),
            new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "dep"), new Dependency(6, 5, "case"),
            new Dependency(4, 6, "obl:by"));
        DependencyGraph g = new DependencyGraph(rally.size(), ParseRepair.repair(rally, parsed));
        assertEquals(List.of(3), g.children(1, "obj"));
        assertEquals(List.of(4), g.children(3, "acl"));
        assertTrue(g.children(4, "nsubj").isEmpty());
        assertEquals(List.of(6), g.children(4, "obl"), "the participle keeps its agent");
    }

    @Test
    void reducedRelativeOnTheSubjectReadAsTheMainClauseGivesTheVerbItsSubject() {
        // A mine laid by rebels wounded three villagers
        List<Token> ts = tokens("A/DT", "mine/NN", "laid/VBN", "by/IN", "rebels/NNS", "wounded/VBD", "three/CD", "villagers/NNS", "./.");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 2, "root"), new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
            new Dependency(4, 3, "case"), new Dependency(2, 4, "obl:by"), new Dependency(2, 5, "dep"),
            new Dependency(5, 7, "obj"), new Dependency(7, 6, "nummod"), new Dependency(2, 8, "punct"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(1), g.children(5, "nsubj"), "the mine wounded");
        assertEquals(List.of(2), g.children(1, "acl"), "the mine was laid");
        assertEquals(List.of(4), g.children(2, "obl:agent"), "by rebels");
        assertEquals("root", g.relationToHead(5));
        // with an auxiliary the participle is a clause of its own: "A mine was laid by rebels, wounded ..." stays
        List<Dependency> withAux = new ArrayList<>(parsed);
        withAux.add(new Dependency(2, 1, "aux:pass"));
        assertSame(withAux, ParseRepair.repair(ts, withAux));
    }

    @Test
    void aVerbWithAnObjectOrAParticipleWithAnAuxiliaryIsLeftAlone() {
        List<Dependency> withObject = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"),
            new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "dep"));
        assertSame(withObject, ParseRepair.repair(rally, withObject));
        List<Dependency> withAux = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(4, 3, "nsubj"),
            new Dependency(4, 2, "aux"), new Dependency(1, 4, "dep"));
        assertSame(withAux, ParseRepair.repair(rally, withAux));
    }

    @Test
    void theSameErrorAsAClausalComplementIsRepairedUnlessTheClauseHasThatOrAnObject() {
        // A judge signed warrants for officers wanted in the shooting
        List<Token> ts = tokens("judge/NN", "signed/VBD", "warrants/NNS", "for/IN", "officers/NNS", "wanted/VBN", "in/IN", "shooting/NN");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(5, 2, "nsubj"),
            new Dependency(4, 3, "case"), new Dependency(2, 4, "nmod:for"), new Dependency(1, 5, "ccomp"),
            new Dependency(7, 6, "case"), new Dependency(5, 7, "obl:in"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(2), g.children(1, "obj"));
        assertEquals(List.of(5), g.children(2, "acl"));
        List<Dependency> withObject = new ArrayList<>(parsed);
        withObject.add(new Dependency(5, 7, "obj"));
        assertSame(withObject, ParseRepair.repair(ts, withObject));
    }

    @Test
    void aSubjectBeforeTheFirstVerbIsNotMoved() {
        List<Dependency> parsed = List.of(
            new Dependency(-1, 1, "root"), new Dependency(4, 0, "nsubj"), new Dependency(1, 4, "dep"));
        assertSame(parsed, ParseRepair.repair(rally, parsed));
    }

    // Around 400 followers of the cleric occupied the square
    private final List<Token> followers = tokens("Around/IN", "400/CD", "followers/NNS", "of/IN", "the/DT", "cleric/NN",
        "occupied/VBD", "the/DT", "square/NN");

    private List<Dependency> followersParsed(String marker) {
        return List.of(
            new Dependency(-1, 6, "root"), new Dependency(2, 0, "case"), new Dependency(2, 1, "nummod"),
            new Dependency(6, 2, "obl:" + marker), new Dependency(5, 3, "case"), new Dependency(5, 4, "det"),
            new Dependency(2, 5, "nmod:of"), new Dependency(8, 7, "det"), new Dependency(6, 8, "obj"));
    }

    @Test
    void anApproximateNumberReadAsAPrepositionGivesTheVerbItsSubject() {
        DependencyGraph g = new DependencyGraph(followers.size(), ParseRepair.repair(followers, followersParsed("around")));
        assertEquals(List.of(2), g.children(6, "nsubj"), "the followers occupied the square");
        assertTrue(g.children(6, "obl").isEmpty());
        assertEquals(List.of(0), g.children(1, "advmod"), "'around' modifies the number");
        assertEquals(List.of(8), g.children(6, "obj"));
    }

    @Test
    void aPassiveVerbGetsAPassiveSubject() {
        // About 40 journalists were detained
        List<Token> ts = tokens("About/IN", "40/CD", "journalists/NNS", "were/VBD", "detained/VBN");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 4, "root"), new Dependency(2, 0, "case"), new Dependency(2, 1, "nummod"),
            new Dependency(4, 2, "obl:about"), new Dependency(4, 3, "aux:pass"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(2), g.children(4, "nsubj:pass"));
    }

    @Test
    void anObliqueWithARealPrepositionOrBeforeAVerbWithASubjectIsLeftAlone() {
        // "Behind 400 followers ...": no approximator
        List<Token> behind = new ArrayList<>(followers);
        behind.set(0, new Token(0, "Behind", "behind", "IN", "O", null, 0, 6));
        List<Dependency> parsed = followersParsed("behind");
        assertSame(parsed, ParseRepair.repair(behind, parsed));
        // the verb has a subject of its own
        List<Dependency> withSubject = new ArrayList<>(followersParsed("around"));
        withSubject.add(new Dependency(6, 5, "nsubj"));
        assertSame(withSubject, ParseRepair.repair(followers, withSubject));
        // "around" before a noun, not a number: "around noon"
        List<Token> noon = tokens("Around/IN", "noon/NN", "followers/NNS", "of/IN", "the/DT", "cleric/NN",
            "occupied/VBD", "the/DT", "square/NN");
        List<Dependency> noNumber = List.of(
            new Dependency(-1, 6, "root"), new Dependency(1, 0, "case"), new Dependency(6, 1, "obl:around"));
        assertSame(noNumber, ParseRepair.repair(noon, noNumber));
    }

    // Rioters resorted to hurling bricks at officers
    private final List<Token> bricks = tokens("Rioters/NNS", "resorted/VBD/resort", "to/IN", "hurling/VBG", "bricks/NNS",
        "at/IN", "officers/NNS");

    private static List<Dependency> bricksParsed() {
        return List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "case"),
            new Dependency(4, 3, "amod"), new Dependency(1, 4, "obl:to"), new Dependency(6, 5, "case"),
            new Dependency(1, 6, "obl:at"));
    }

    @Test
    void aGerundAfterResortToReadAsAnAdjectiveHeadsAClause() {
        DependencyGraph g = new DependencyGraph(bricks.size(), ParseRepair.repair(bricks, bricksParsed()));
        assertEquals(List.of(3), g.children(1, "advcl"), "the rioters resorted to hurling");
        assertEquals(List.of(4), g.children(3, "obj"), "what is hurled");
        assertEquals(List.of(6), g.children(3, "obl:at"), "at whom it is hurled");
        assertEquals(List.of(2), g.children(3, "mark"));
        assertTrue(g.children(1, "obl").isEmpty());
        assertTrue(g.children(4, "amod").isEmpty());
    }

    @Test
    void aGerundAfterCommittedToReadAsAnAdjectiveHeadsAClause() {
        // Canada is committed to providing aid to Haiti
        List<Token> aid = tokens("Canada/NNP", "is/VBZ/be", "committed/VBN/commit", "to/IN", "providing/VBG/provide",
            "aid/NN", "to/IN", "Haiti/NNP");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj:pass"), new Dependency(2, 1, "aux:pass"),
            new Dependency(5, 3, "case"), new Dependency(5, 4, "amod"), new Dependency(2, 5, "obl:to"),
            new Dependency(7, 6, "case"), new Dependency(5, 7, "nmod:to"));
        DependencyGraph g = new DependencyGraph(aid.size(), ParseRepair.repair(aid, parsed));
        assertEquals(List.of(4), g.children(2, "advcl"), "Canada is committed to providing");
        assertEquals(List.of(5), g.children(4, "obj"), "what is provided");
        assertEquals(List.of(7), g.children(5, "nmod:to"), "to whom, still on the aid");
    }

    @Test
    void aParticipialAdjectiveAfterAnotherVerbsToIsLeftAlone() {
        // Rioters responded to rising prices at markets
        List<Token> prices = tokens("Rioters/NNS", "responded/VBD/respond", "to/IN", "rising/VBG", "prices/NNS",
            "at/IN", "markets/NNS");
        List<Dependency> parsed = bricksParsed();
        assertSame(parsed, ParseRepair.repair(prices, parsed));
    }

    @Test
    void anAddresseeReadAsTheSubjectOfAForToClauseBecomesTheObject() {
        // The League called on Syria to free detainees
        List<Token> ts = tokens("The/DT", "League/NNP", "called/VBD/call", "on/IN", "Syria/NNP", "to/TO", "free/VB",
            "detainees/NNS");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 2, "root"), new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
            new Dependency(2, 6, "advcl:to"), new Dependency(6, 3, "mark"), new Dependency(6, 4, "nsubj"),
            new Dependency(6, 5, "mark"), new Dependency(6, 7, "obj"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(4), g.children(2, "obj"), "called on Syria");
        assertEquals(List.of(3), g.children(2, "compound:prt"));
        assertEquals(List.of(6), g.children(2, "xcomp"), "to free");
        assertEquals(List.of(4), g.children(6, "nsubj:xsubj"), "Syria is to free them");
        assertEquals(List.of(4), g.children(6, "nsubj"), "no subject besides the controller");
    }

    @Test
    void anAppealsToAddresseeBecomesItsObliqueAndAPlaceGoneToIsNoSubject() {
        // Taiwan appealed to WHO to act / Taiwan went to Geneva to talk
        List<Dependency> parsed = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 5, "advcl:to"),
            new Dependency(5, 2, "mark"), new Dependency(5, 3, "nsubj"), new Dependency(5, 4, "mark"));
        List<Token> appeal = tokens("Taiwan/NNP", "appealed/VBD/appeal", "to/TO", "WHO/NNP", "to/TO", "act/VB");
        DependencyGraph g = new DependencyGraph(appeal.size(), ParseRepair.repair(appeal, parsed));
        assertEquals(List.of(3), g.children(1, "obl:to"), "appealed to WHO");
        assertEquals(List.of(2), g.children(3, "case"));
        assertEquals(List.of(3), g.children(5, "nsubj:xsubj"), "WHO is to act");
        List<Token> went = tokens("Taiwan/NNP", "went/VBD/go", "to/TO", "Geneva/NNP", "to/TO", "talk/VB");
        DependencyGraph w = new DependencyGraph(went.size(), ParseRepair.repair(went, parsed));
        assertEquals(List.of(3), w.children(1, "obl:to"), "went to Geneva");
        assertEquals(List.of(5), w.children(1, "advcl:to"), "to talk: the purpose of going");
        assertTrue(w.children(5, "nsubj").isEmpty() && w.children(5, "nsubj:xsubj").isEmpty(), "Geneva talks to no one");
    }

    @Test
    void aPlaceSomeoneIsSentToAfterTheObjectIsNoSubject() {
        // Canada will send trainers to Haiti to help: the parser reads "to Haiti" as the infinitive's subject
        List<Token> sent = tokens("Canada/NNP", "will/MD", "send/VB", "trainers/NNS", "to/TO", "Haiti/NNP", "to/TO", "help/VB");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"),
            new Dependency(2, 3, "obj"), new Dependency(2, 7, "advcl:to"), new Dependency(7, 4, "mark"),
            new Dependency(7, 5, "nsubj"), new Dependency(7, 6, "mark"));
        DependencyGraph g = new DependencyGraph(sent.size(), ParseRepair.repair(sent, parsed));
        assertEquals(List.of(5), g.children(2, "obl:to"), "sent to Haiti");
        assertTrue(g.children(7, "nsubj").isEmpty(), "Haiti helps no one");
        assertEquals(List.of(7), g.children(2, "advcl:to"));
    }

    @Test
    void whoIsCalledUponToActIsTheOneToAct() {
        // The EU called upon Turkey to respect the truce
        List<Token> ts = tokens("The/DT", "EU/NNP", "called/VBD/call", "upon/IN", "Turkey/NNP", "to/TO",
            "respect/VB", "the/DT", "truce/NN");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 2, "root"), new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
            new Dependency(2, 4, "obl:upon"), new Dependency(4, 3, "case"), new Dependency(2, 6, "xcomp"),
            new Dependency(6, 1, "nsubj:xsubj"), new Dependency(6, 5, "mark"), new Dependency(6, 8, "obj"),
            new Dependency(8, 7, "det"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(4), g.children(6, "nsubj:xsubj"));
        // "agreed with Iran to cut output": the subject still controls
        List<Token> agreed = tokens("The/DT", "EU/NNP", "agreed/VBD/agree", "with/IN", "Iran/NNP", "to/TO",
            "cut/VB", "the/DT", "output/NN");
        List<Dependency> with = new ArrayList<>(parsed);
        with.set(3, new Dependency(2, 4, "obl:with"));
        assertSame(with, ParseRepair.repair(agreed, with));
    }

    @Test
    void aDeterminedCompoundCoordinatedWithAnotherIsTheFirstConjunct() {
        // The government and FARC rebels held talks
        List<Token> ts = tokens("The/DT", "government/NN", "and/CC", "FARC/NNP", "rebels/NNS", "held/VBD/hold",
            "talks/NNS");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 5, "root"), new Dependency(1, 0, "det"), new Dependency(1, 3, "conj:and"),
            new Dependency(3, 2, "cc"), new Dependency(4, 1, "compound"), new Dependency(4, 3, "compound"),
            new Dependency(5, 4, "nsubj"), new Dependency(5, 6, "obj"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(1), g.children(5, "nsubj"), "the government held talks");
        assertEquals(List.of(4), g.children(1, "conj"), "and the rebels did");
        assertEquals(List.of(3), g.children(4, "compound"), "FARC rebels");
        assertEquals(List.of(2), g.children(4, "cc"));
        // without the determiner "government and FARC" may be a real compound: left alone
        List<Dependency> bare = new ArrayList<>(parsed);
        bare.remove(1);
        assertSame(bare, ParseRepair.repair(ts, bare));
    }

    @Test
    void aNounAfterWithReadAsTheSubjectOfAForToClauseKeepsItsInfinitive() {
        // Washington is disappointed with Pakistan's decision to free him
        List<Token> ts = tokens("Washington/NNP", "is/VBZ/be", "disappointed/JJ", "with/IN", "decision/NN", "to/TO",
            "free/VB", "him/PRP");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "cop"),
            new Dependency(2, 6, "advcl:to"), new Dependency(6, 3, "mark"), new Dependency(6, 4, "nsubj"),
            new Dependency(6, 5, "mark"), new Dependency(6, 7, "obj"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(4), g.children(2, "obl:with"), "disappointed with the decision");
        assertEquals(List.of(3), g.children(4, "case"));
        assertEquals(List.of(6), g.children(4, "acl:to"), "the decision to free him");
        assertTrue(g.children(6, "nsubj").isEmpty(), "the decision frees nobody");
    }

    @Test
    void trailingAttributionReadAsTheObjectsClauseGivesTheVerbItsObject() {
        // Rebels killed a commander, the army said.
        List<Token> ts = tokens("Rebels/NNS", "killed/VBD/kill", "a/DT", "commander/NN", ",/,", "the/DT", "army/NN",
            "said/VBD/say", "./.");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"),
            new Dependency(7, 3, "nsubj"), new Dependency(3, 4, "punct"), new Dependency(6, 5, "det"),
            new Dependency(3, 6, "appos"), new Dependency(1, 7, "ccomp"), new Dependency(1, 8, "punct"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(3), g.children(1, "obj"), "the rebels killed the commander");
        assertEquals(List.of(6), g.children(7, "nsubj"), "the army speaks");
        assertEquals(List.of(1), g.children(7, "ccomp"));
        assertEquals(-1, g.head(7), "the verb of saying heads the sentence");
        // without the comma the noun phrase may really be the speaker's subject: left alone
        List<Token> plain = tokens("Rebels/NNS", "killed/VBD/kill", "a/DT", "commander/NN", "the/DT", "army/NN",
            "said/VBD/say");
        List<Dependency> noComma = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"),
            new Dependency(6, 3, "nsubj"), new Dependency(5, 4, "det"), new Dependency(3, 5, "appos"),
            new Dependency(1, 6, "ccomp"));
        assertEquals(noComma, ParseRepair.repair(plain, noComma));
    }

    @Test
    void reducedRelativeOnTheSubjectWithoutAgentGivesTheFiniteVerbItsSubject() {
        // The toll killed in the ambush rose (shape of "the number of soldiers killed in the ambush rose to 23")
        List<Token> ts = tokens("The/DT", "number/NN", "killed/VBN", "in/IN", "ambush/NN", "rose/VBD", "./.");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 2, "root"), new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
            new Dependency(4, 3, "case"), new Dependency(2, 4, "obl:in"), new Dependency(2, 5, "advmod"),
            new Dependency(2, 6, "punct"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(1), g.children(5, "nsubj"), "the number rose");
        assertEquals(List.of(2), g.children(1, "acl"), "the participle modifies its noun");
        assertEquals(-1, g.head(5));
    }

    @Test
    void reportedSubjectReadAsTheReportersObjectIsTheReportedVerbsSubject() {
        // Merkel said Germany would send aid, parsed with obj(said, Germany) and csubj(send, said)
        List<Token> t = tokens("Merkel/NNP", "said/VBD/say", "Germany/NNP", "would/MD", "send/VB", "aid/NN");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 4, "root"), new Dependency(1, 0, "nsubj"), new Dependency(4, 1, "csubj"),
            new Dependency(1, 2, "obj"), new Dependency(4, 3, "aux"), new Dependency(4, 5, "obj"));
        DependencyGraph g = new DependencyGraph(t.size(), ParseRepair.repair(t, parsed));
        assertEquals(List.of(2), g.children(4, "nsubj"), "Germany sends");
        assertEquals(List.of(4), g.children(1, "ccomp"), "what Merkel said");
        assertEquals("root", g.relationToHead(1), "the saying verb is the root");
        assertTrue(g.children(1, "obj").isEmpty());
        List<Dependency> plain = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 4, "ccomp"),
            new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "aux"), new Dependency(4, 5, "obj"));
        assertSame(plain, ParseRepair.repair(t, plain), "a right parse is left alone");
    }

    @Test
    void reportedSubjectAfterACoordinatedVerbLeavesTheFirstVerbTheRoot() {
        // Rouhani praised India and said Iran would remain a supplier: both verbs read as clausal subjects of "remain"
        List<Token> t = tokens("Rouhani/NNP", "praised/VBD/praise", "India/NNP", "and/CC", "said/VBD/say", "Iran/NNP",
            "would/MD", "remain/VB", "a/DT", "supplier/NN");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 7, "root"), new Dependency(1, 0, "nsubj"), new Dependency(4, 0, "nsubj"),
            new Dependency(7, 1, "csubj"), new Dependency(7, 4, "csubj"), new Dependency(1, 4, "conj:and"),
            new Dependency(4, 3, "cc"), new Dependency(1, 2, "obj"), new Dependency(4, 5, "obj"),
            new Dependency(7, 6, "aux"), new Dependency(9, 8, "det"), new Dependency(7, 9, "xcomp"));
        DependencyGraph g = new DependencyGraph(t.size(), ParseRepair.repair(t, parsed));
        assertEquals("root", g.relationToHead(1), "the first verb heads the sentence");
        assertEquals(-1, g.head(1));
        assertTrue(g.parents(1).stream().noneMatch(d -> d.relation().equals("csubj")), "praising is no clause's subject");
        assertEquals(List.of(7), g.children(4, "ccomp"), "what Rouhani said");
        assertEquals(List.of(5), g.children(7, "nsubj"), "Iran remains");
    }

    @Test
    void hasYetToReadAsAClauseSharesItsSubject() {
        // Pakistan has yet to hand over the suspects
        List<Token> ts = tokens("Pakistan/NNP", "has/VBZ/have", "yet/RB", "to/TO", "hand/VB", "over/RP", "the/DT",
            "suspects/NNS");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 4, "ccomp"),
            new Dependency(4, 2, "advmod"), new Dependency(4, 3, "mark"), new Dependency(4, 5, "compound:prt"),
            new Dependency(4, 7, "obj"), new Dependency(7, 6, "det"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(4), g.children(1, "xcomp"));
        assertEquals(List.of(0), g.children(4, "nsubj:xsubj"), "Pakistan is to hand over");
        List<Dependency> ownSubject = new ArrayList<>(parsed);
        ownSubject.add(new Dependency(4, 6, "nsubj"));
        assertEquals(ownSubject, ParseRepair.repair(ts, ownSubject), "an infinitive with a subject of its own stays");
    }

    @Test
    void aParticipleWithItsAgentReadAsTheRootGivesTheVerbBackItsSubjectAndObject() {
        // A militia backed by Iran attacked US forces
        List<Token> ts = tokens("A/DT", "militia/NN", "backed/VBN", "by/IN", "Iran/NNP", "attacked/VBD", "US/NNP", "forces/NNS", "./.");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 2, "root"), new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
            new Dependency(4, 3, "case"), new Dependency(2, 4, "obl:by"), new Dependency(2, 7, "obj"),
            new Dependency(7, 5, "amod"), new Dependency(7, 6, "compound"), new Dependency(2, 8, "punct"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals("root", g.relationToHead(5));
        assertEquals(List.of(1), g.children(5, "nsubj"), "the militia attacked");
        assertEquals(List.of(7), g.children(5, "obj"), "the forces were attacked");
        assertEquals(List.of(2), g.children(1, "acl"), "the militia is backed");
        // without the agent the participle is the main verb: "The militia backed Iran's plan" is not touched
        List<Dependency> noAgent = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"), new Dependency(2, 7, "obj"),
            new Dependency(7, 5, "amod"));
        List<Token> plain = tokens("A/DT", "militia/NN", "backed/VBN", "the/DT", "Iranian/JJ", "attacked/VBD", "US/NNP", "forces/NNS", "./.");
        assertSame(noAgent, ParseRepair.repair(plain, noAgent));
    }

    @Test
    void aParticipleWithItsAgentReadAsAClausalSubjectModifiesItsNoun() {
        // Fighters backed by Turkey seized two villages
        List<Token> ts = tokens("Fighters/NNS", "backed/VBN", "by/IN", "Turkey/NNP", "seized/VBD", "two/CD", "villages/NNS");
        List<Dependency> parsed = List.of(
            new Dependency(-1, 4, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 3, "obl:by"),
            new Dependency(4, 1, "csubj"), new Dependency(4, 6, "obj"), new Dependency(3, 2, "case"), new Dependency(6, 5, "nummod"));
        DependencyGraph g = new DependencyGraph(ts.size(), ParseRepair.repair(ts, parsed));
        assertEquals(List.of(0), g.children(4, "nsubj"), "the fighters seized");
        assertEquals(List.of(1), g.children(0, "acl"));
        assertTrue(g.children(4, "csubj").isEmpty());
    }

    // Poland, which borders Ukraine, condemned the attack.
    private final List<Token> poland = tokens("Poland/NNP", ",/,", "which/WDT", "borders/VBZ/border", "Ukraine/NNP", ",/,",
        "condemned/VBD/condemn", "the/DT", "attack/NN", "./.");

    @Test
    void subjectWithRelativeClauseReadAsTheObjectGetsItsVerbBack() {
        // as CoreNLP parses it: the name is the root and the object of "condemned", whose subject is "borders"
        List<Dependency> parsed = List.of(
            new Dependency(-1, 0, "root"), new Dependency(0, 2, "ref"), new Dependency(0, 6, "acl:relcl"),
            new Dependency(6, 0, "obj"), new Dependency(6, 3, "nsubj"), new Dependency(6, 8, "obj"),
            new Dependency(3, 4, "obj"), new Dependency(8, 7, "det"), new Dependency(0, 1, "punct"),
            new Dependency(0, 5, "punct"), new Dependency(6, 9, "punct"));
        DependencyGraph g = new DependencyGraph(poland.size(), ParseRepair.repair(poland, parsed));
        assertEquals(6, rootOf(g), "the verb after the clause heads the sentence");
        assertEquals(List.of(0), g.children(6, "nsubj"), "Poland condemns");
        assertEquals(List.of(8), g.children(6, "obj"), "the attack is condemned, not Poland");
        assertEquals(List.of(3), g.children(0, "acl:relcl"));
        assertEquals(List.of(0), g.children(3, "nsubj"), "Poland borders");
        assertEquals(List.of(4), g.children(3, "obj"), "the clause keeps its object");
    }

    @Test
    void subjectWithRelativeClauseParsedRightIsLeftAlone() {
        List<Dependency> parsed = List.of(
            new Dependency(-1, 6, "root"), new Dependency(6, 0, "nsubj"), new Dependency(0, 3, "acl:relcl"),
            new Dependency(3, 0, "nsubj"), new Dependency(0, 2, "ref"), new Dependency(3, 4, "obj"),
            new Dependency(6, 8, "obj"), new Dependency(8, 7, "det"), new Dependency(0, 1, "punct"),
            new Dependency(0, 5, "punct"), new Dependency(6, 9, "punct"));
        assertSame(parsed, ParseRepair.repair(poland, parsed));
    }

    private static int rootOf(DependencyGraph g) {
        for (Dependency d : g.edges()) {
            if (d.governor() < 0) {
                return d.dependent();
            }
        }
        return -1;
    }
}
