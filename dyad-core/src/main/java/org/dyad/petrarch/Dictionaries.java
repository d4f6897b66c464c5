package org.dyad.petrarch;

import org.dyad.DyadConfig;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.CodedActor;
import org.dyad.actor.Sectors;
import org.dyad.event.Codebook;
import org.dyad.event.EventMention;
import org.dyad.event.Lexicon;
import org.dyad.event.LexiconEntry;
import org.dyad.model.Problem;
import org.dyad.nlp.Sentence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The knowledge a coder is built from: Dyad's built-in knowledge base and lexicon (unless the
 * configuration turns them off), the user's Dyad-format files, and the user's TABARI/PETRARCH
 * dictionaries read as they are: actors (an actor file in PETRARCH format is told from a Dyad TSV file
 * by its content), agents, verbs and discards. Immutable and thread-safe.
 */
public final class Dictionaries {

    private static final Pattern BRACKETED_CODE = Pattern.compile("\\[[^\\]\\s][^\\]]*\\]");

    private final ActorKnowledge knowledge;
    private final Lexicon lexicon;
    private final boolean literal;
    private final List<PetrarchDiscards> discards;
    private final List<String> problems;

    private Dictionaries(ActorKnowledge knowledge, Lexicon lexicon, boolean literal, List<PetrarchDiscards> discards,
                         List<String> problems) {
        this.knowledge = knowledge;
        this.lexicon = lexicon;
        this.literal = literal;
        this.discards = List.copyOf(discards);
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads everything {@code config} names. Throws {@link DictionaryException} (file and line) for a
     * dictionary that cannot be read, {@link IllegalArgumentException} for Dyad-format actor files without
     * the built-in knowledge.
     */
    public static Dictionaries load(DyadConfig config, Codebook codebook) {
        List<Path> dyadActors = new ArrayList<>();
        List<CodedActor> coded = new ArrayList<>();
        for (Path p : config.actorFiles()) {
            if (isPetrarchActors(p)) {
                coded.addAll(PetrarchActors.read(p).actors());
            } else {
                dyadActors.add(p);
            }
        }
        List<Sectors.Term> agents = new ArrayList<>();
        for (Path p : config.agentFiles()) {
            agents.addAll(PetrarchAgents.read(p).terms());
        }
        List<LexiconEntry> verbs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : config.verbFiles()) {
            PetrarchVerbs v = PetrarchVerbs.read(p);
            verbs.addAll(v.entries());
            problems.addAll(v.problems());
        }
        List<PetrarchDiscards> discards = new ArrayList<>();
        for (Path p : config.discardFiles()) {
            discards.add(PetrarchDiscards.read(p));
        }
        ActorKnowledge base;
        Lexicon lexicon;
        if (config.builtIn()) {
            base = dyadActors.isEmpty() ? ActorKnowledge.builtIn() : ActorKnowledge.load(dyadActors);
            lexicon = config.lexiconFiles().isEmpty() ? Lexicon.builtIn(codebook)
                : Lexicon.withFiles(codebook, config.lexiconFiles());
        } else {
            if (!dyadActors.isEmpty()) {
                throw new IllegalArgumentException(dyadActors.get(0) + ": Dyad-format actor files extend the built-in"
                    + " knowledge base, which is turned off; without it only TABARI/PETRARCH actor files are read");
            }
            base = ActorKnowledge.empty();
            lexicon = Lexicon.fromFiles(codebook, config.lexiconFiles());
        }
        ActorKnowledge knowledge = coded.isEmpty() && agents.isEmpty() ? base : base.plus(coded, agents);
        return new Dictionaries(knowledge, verbs.isEmpty() ? lexicon : lexicon.plus(verbs), !config.builtIn(),
            discards, problems);
    }

    /**
     * Whether a file is a TABARI/PETRARCH actor dictionary rather than one of Dyad's TSV files: more of
     * its content lines carry a bracketed code ({@code GONDOR [GON]}) than three tab-separated fields.
     */
    public static boolean isPetrarchActors(Path p) {
        int bracketed = 0;
        int tabular = 0;
        for (DictionaryLines.Line l : DictionaryLines.of(DictionaryLines.readFile(p))) {
            if (l.blank()) {
                continue;
            }
            if (BRACKETED_CODE.matcher(l.text()).find()) {
                bracketed++;
            }
            if (l.stripped().split("\t").length >= 3) {
                tabular++;
            }
        }
        return bracketed > tabular;
    }

    public ActorKnowledge knowledge() {
        return knowledge;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Whether events are coded literally, as the user's dictionaries say (no built-in knowledge). */
    public boolean literal() {
        return literal;
    }

    /** What the readers skipped and why (unsupported patterns, codes that are not event codes), one line each. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The events to keep under the discard lists: none when a story discard phrase is in the text, none
     * from a sentence with a sentence discard phrase. Each discard is noted in {@code problems}.
     */
    public List<EventMention> discard(String text, List<Sentence> sentences, List<EventMention> events,
                                      List<Problem> problems) {
        if (discards.isEmpty()) {
            return events;
        }
        for (PetrarchDiscards d : discards) {
            PetrarchDiscards.Discard story = d.storyDiscard(text);
            if (story != null) {
                problems.add(new Problem("discarded", "story not coded: it contains '" + story.words() + "' ("
                    + story.source() + ")"));
                return List.of();
            }
        }
        List<EventMention> out = new ArrayList<>(events.size());
        boolean[] dropped = new boolean[sentences.size()];
        for (Sentence s : sentences) {
            String sentence = text.substring(s.begin(), s.end());
            for (PetrarchDiscards d : discards) {
                PetrarchDiscards.Discard hit = d.sentenceDiscard(sentence);
                if (hit != null && !dropped[s.index()]) {
                    dropped[s.index()] = true;
                    problems.add(new Problem("discarded", "sentence " + s.index() + " not coded: it contains '"
                        + hit.words() + "' (" + hit.source() + ")"));
                }
            }
        }
        for (EventMention e : events) {
            if (!dropped[e.sentence()]) {
                out.add(e);
            }
        }
        return out;
    }
}
