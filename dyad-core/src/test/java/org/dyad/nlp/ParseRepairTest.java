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
            out.add(new Token(i, wt[0], wt[0], wt[1], "O", null, at, at + wt[0].length()));
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
        // A court issued warrants for men sought in the killing
        List<Token> ts = tokens("court/NN", "issued/VBD", "warrants/NNS", "for/IN", "men/NNS", "sought/VBN", "in/IN", "killing/NN");
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
}
