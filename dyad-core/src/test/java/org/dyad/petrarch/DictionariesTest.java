package org.dyad.petrarch;

import org.dyad.DyadConfig;
import org.dyad.event.Codebook;
import org.dyad.event.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.Problem;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionariesTest {

    @TempDir
    Path dir;

    @Test
    void actor_files_are_told_apart_by_content() throws IOException {
        Path petrarch = Files.writeString(dir.resolve("my.actors"), "# ours\nNARNIA [NAR]\n+CAIR_PARAVEL\nTELMAR\n\t[TEL]\n");
        Path dyad = Files.writeString(dir.resolve("my-countries.tsv"),
            "# iso3\tiso2\tname\taliases\tadjectives\tcapital\tinstitutions\tstatus\n"
                + "NAR\tNA\tNarnia\tCair Paravel\tNarnian\tCair Paravel\t-\tother\n");
        assertTrue(Dictionaries.isPetrarchActors(petrarch));
        assertFalse(Dictionaries.isPetrarchActors(dyad));
    }

    @Test
    void without_the_built_in_knowledge_only_the_dictionaries_code() throws IOException {
        Path actors = Files.writeString(dir.resolve("a.actors"), "NARNIA [NAR]\n");
        Path verbs = Files.writeString(dir.resolve("a.verbs"), "--- RENEW [064] ---\nRENEW\n- * &UNKNOWN [065]\n");
        Dictionaries d = Dictionaries.load(DyadConfig.defaults().withBuiltIn(false)
            .withPetrarch(List.of(verbs), List.of(actors), List.of(), List.of()), Codebook.standard());
        assertTrue(d.literal());
        assertEquals(1, d.knowledge().codedActors().size());
        assertTrue(d.knowledge().countries().isEmpty());
        assertEquals(1, d.lexicon().entries().size(), "the verb alone; the pattern with an undefined set is skipped");
        assertEquals(1, d.problems().size());
        Dictionaries with = Dictionaries.load(DyadConfig.defaults()
            .withPetrarch(List.of(verbs), List.of(actors), List.of(), List.of()), Codebook.standard());
        assertFalse(with.literal());
        assertTrue(with.knowledge().countries().size() > 150, "the built-in knowledge stays");
        assertTrue(with.lexicon().entries().size() > 1000);
    }

    @Test
    void dyad_actor_files_need_the_built_in_knowledge() throws IOException {
        Path dyad = Files.writeString(dir.resolve("x-countries.tsv"),
            "NAR\tNA\tNarnia\t-\tNarnian\t-\t-\tother\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dictionaries.load(
            DyadConfig.defaults().withBuiltIn(false).withActorFiles(List.of(dyad)), Codebook.standard()));
        assertTrue(e.getMessage().contains("x-countries.tsv"), e.getMessage());
    }

    @Test
    void a_broken_dictionary_fails_with_file_and_line() throws IOException {
        Path verbs = Files.writeString(dir.resolve("bad.verbs"), "\n- * TREATY [161]\n");
        DictionaryException e = assertThrows(DictionaryException.class, () -> Dictionaries.load(
            DyadConfig.defaults().withPetrarch(List.of(verbs), List.of(), List.of(), List.of()), Codebook.standard()));
        assertEquals("bad.verbs:2: a pattern before any verb", e.getMessage());
    }

    @Test
    void discards_drop_the_events_of_a_sentence_or_a_story() throws IOException {
        Path list = Files.writeString(dir.resolve("d.discards"), "BASEBALL\n+HURRICANE\n");
        Dictionaries d = Dictionaries.load(DyadConfig.defaults().withPetrarch(List.of(), List.of(), List.of(), List.of(list)),
            Codebook.standard());
        String text = "Narnia met Telmar. They played baseball.";
        List<Sentence> sentences = List.of(new Sentence(0, 0, 18, List.of(), List.of(), null),
            new Sentence(1, 19, 40, List.of(), List.of(), null));
        List<EventMention> events = List.of(event(0), event(1));
        List<Problem> problems = new ArrayList<>();
        List<EventMention> kept = d.discard(text, sentences, events, problems);
        assertEquals(List.of(events.get(0)), kept);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("sentence 1"), problems.toString());
        List<Problem> more = new ArrayList<>();
        assertEquals(List.of(), d.discard("Narnia met Telmar. A hurricane hit.", sentences, events, more));
        assertTrue(more.get(0).message().startsWith("story not coded"), more.toString());
    }

    private static EventMention event(int sentence) {
        return new EventMention("040", "test", sentence, 0, List.of(0), null, null, Modality.ASSERTED, 0.9);
    }
}
