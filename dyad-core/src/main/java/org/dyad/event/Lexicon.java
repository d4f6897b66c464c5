package org.dyad.event;

import org.dyad.internal.Tsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event lexicon: predicate patterns mapped to CAMEO codes, indexed by head lemma.
 * Built-in files are {@code lexicon/*.tsv} (format in {@code lexicon/README.md}); users add files of
 * their own. Immutable and thread-safe.
 */
public final class Lexicon {

    /** The built-in lexicon files, one per CAMEO root. */
    static final List<String> BUILT_IN = List.of("01-statement.tsv", "02-appeal.tsv", "03-intent.tsv",
        "04-consult.tsv", "05-diplomatic.tsv", "06-material.tsv", "07-aid.tsv", "08-yield.tsv",
        "09-investigate.tsv", "10-demand.tsv", "11-disapprove.tsv", "12-reject.tsv", "13-threaten.tsv",
        "14-protest.tsv", "15-force-posture.tsv", "16-reduce-relations.tsv", "17-coerce.tsv", "18-assault.tsv",
        "19-fight.tsv", "20-mass-violence.tsv");

    private final List<LexiconEntry> entries;
    private final Map<String, List<LexiconEntry>> verbs;
    private final Map<String, List<LexiconEntry>> nouns;
    /** Entries whose head is given as word forms ({@link Pattern.Sequence#forms()}), by lower-case form. */
    private final Map<String, List<LexiconEntry>> verbForms;
    private final Map<String, List<LexiconEntry>> nounForms;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<LexiconEntry>> v = new HashMap<>();
        Map<String, List<LexiconEntry>> n = new HashMap<>();
        Map<String, List<LexiconEntry>> vf = new HashMap<>();
        Map<String, List<LexiconEntry>> nf = new HashMap<>();
        for (LexiconEntry e : entries) {
            boolean verb = e.pattern().pos() == Pattern.Pos.V;
            Pattern.Sequence q = e.pattern().sequence();
            if (q != null && !q.forms().isEmpty()) {
                for (String f : q.forms()) {
                    (verb ? vf : nf).computeIfAbsent(f, k -> new ArrayList<>()).add(e);
                }
            } else {
                (verb ? v : n).computeIfAbsent(e.pattern().head(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Map<String, List<LexiconEntry>> m : List.of(v, n, vf, nf)) {
            m.replaceAll((k, l) -> List.copyOf(l));
        }
        this.verbs = Collections.unmodifiableMap(v);
        this.nouns = Collections.unmodifiableMap(n);
        this.verbForms = Collections.unmodifiableMap(vf);
        this.nounForms = Collections.unmodifiableMap(nf);
    }

    /**
     * A lexicon of these entries alone, in this order (earlier entries win ties between equally good
     * matches). Codes are not checked against the CAMEO codebook: user dictionaries may use their own.
     */
    public static Lexicon of(List<LexiconEntry> entries) {
        return new Lexicon(entries);
    }

    /** This lexicon's entries followed by {@code more}. */
    public Lexicon plus(List<LexiconEntry> more) {
        List<LexiconEntry> all = new ArrayList<>(entries);
        all.addAll(more);
        return new Lexicon(all);
    }

    /** The built-in lexicon. */
    public static Lexicon builtIn(Codebook codebook) {
        List<LexiconEntry> all = new ArrayList<>();
        for (String name : BUILT_IN) {
            try (InputStream in = Lexicon.class.getResourceAsStream("lexicon/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing lexicon file lexicon/" + name);
                }
                all.addAll(parse(Tsv.read(in, name, 3), codebook));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Lexicon(withRejectingVerbs(all));
    }

    /** Verbs that reject what their fixed object names as "reject" does ("turned down an offer of talks"). */
    static final List<String> REJECTING = List.of("turn down", "rebuff", "spurn");

    /**
     * The entries plus, for each "reject" entry with a fixed object ("reject offer of talk", "reject mediation"),
     * the same entry headed by each of {@link #REJECTING}, unless the lexicon lists that pattern itself. "reject
     * {T}" has no fixed object and is not copied: each rejecting verb has its own bare entry.
     */
    static List<LexiconEntry> withRejectingVerbs(List<LexiconEntry> entries) {
        Set<String> present = new HashSet<>();
        for (LexiconEntry e : entries) {
            present.add(e.pattern().pos() + " " + e.pattern().text().toLowerCase(java.util.Locale.ROOT));
        }
        List<LexiconEntry> out = new ArrayList<>(entries);
        for (LexiconEntry e : entries) {
            String text = e.pattern().text().toLowerCase(java.util.Locale.ROOT);
            if (e.pattern().pos() != Pattern.Pos.V || !text.startsWith("reject ") || text.startsWith("reject {t}")
                || !(e.pattern().elements().get(0) instanceof Pattern.Object)) {
                continue;
            }
            for (String verb : REJECTING) {
                String copy = verb + text.substring("reject".length());
                if (present.add(Pattern.Pos.V + " " + copy)) {
                    out.add(new LexiconEntry(e.code(), Pattern.parse(Pattern.Pos.V, copy), e.source() + "~" + verb));
                }
            }
        }
        return out;
    }

    /** The built-in lexicon plus the user's files (Dyad lexicon format). */
    public static Lexicon withFiles(Codebook codebook, List<Path> files) {
        List<LexiconEntry> all = new ArrayList<>(builtIn(codebook).entries);
        for (Path p : files) {
            all.addAll(parse(Tsv.file(p, 3), codebook));
        }
        return new Lexicon(all);
    }

    /** The user's files alone (Dyad lexicon format), without the built-in lexicon. */
    public static Lexicon fromFiles(Codebook codebook, List<Path> files) {
        List<LexiconEntry> all = new ArrayList<>();
        for (Path p : files) {
            all.addAll(parse(Tsv.file(p, 3), codebook));
        }
        return new Lexicon(all);
    }

    /**
     * The entries of one file. A row whose pattern names a word class ({@link WordClasses}: "send WEAPON to {T}")
     * stands for one entry per member, in the class's order; a member's entry that the file also lists as a
     * row of its own ("send tank to {T}") is left to that row, wherever it stands.
     */
    static List<LexiconEntry> parse(List<Tsv.Row> rows, Codebook codebook) {
        List<LexiconEntry> out = new ArrayList<>(rows.size());
        Set<String> listed = new HashSet<>();
        List<List<Pattern>> patterns = new ArrayList<>(rows.size());
        for (Tsv.Row r : rows) {
            String code = r.get(0);
            if (!codebook.contains(code) || code.length() < 3) {
                throw r.error("not a CAMEO event code: '" + code + "'");
            }
            Pattern.Pos pos;
            try {
                pos = Pattern.Pos.valueOf(r.get(1));
            } catch (IllegalArgumentException e) {
                throw r.error("part of speech must be V or N, not '" + r.get(1) + "'");
            }
            List<Pattern> expanded = new ArrayList<>(1);
            try {
                for (String text : WordClasses.BUILT_IN.expand(r.get(2))) {
                    expanded.add(Pattern.parse(pos, text));
                }
            } catch (IllegalArgumentException e) {
                throw r.error("pattern '" + r.get(2) + "': " + e.getMessage());
            }
            if (!WordClasses.BUILT_IN.names(r.get(2))
                && !listed.add(pos + " " + expanded.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
                throw r.error("duplicate pattern " + pos + " '" + expanded.get(0).text() + "'");
            }
            patterns.add(expanded);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Tsv.Row r = rows.get(i);
            boolean classRow = WordClasses.BUILT_IN.names(r.get(2));
            for (Pattern pattern : patterns.get(i)) {
                String key = pattern.pos() + " " + pattern.text().toLowerCase(java.util.Locale.ROOT);
                if (classRow && listed.contains(key) || !seen.add(key)) {
                    continue; // a member listed on a row of its own, or by an earlier class row
                }
                out.add(new LexiconEntry(r.get(0), pattern, r.where()));
            }
        }
        return out;
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public List<LexiconEntry> verbs(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<LexiconEntry> nouns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /**
     * The verb entries for a token: those headed by its lemma, then those listing its lower-case form. A verb
     * with none of its own that is its base verb with the prefix "re-" takes the base verb's ("re-imposed
     * sanctions", "reopened talks"): see {@link #reBase}.
     */
    public List<LexiconEntry> verbs(String lemma, String form) {
        return entries(verbs, verbForms, lemma, form, true);
    }

    /**
     * The noun entries for a token: those headed by its lemma, then those listing its lower-case form. A noun
     * with none of its own written with the hyphenated prefix "re-" takes its base noun's ("the re-imposition of
     * sanctions"); unhyphenated nouns do not ("reaction" is no "action").
     */
    public List<LexiconEntry> nouns(String lemma, String form) {
        return entries(nouns, nounForms, lemma, form, false);
    }

    /** A word's entries by lemma, then by form; failing both, its "re-" base word's ({@link #reBase}). */
    private static List<LexiconEntry> entries(Map<String, List<LexiconEntry>> byLemma,
                                              Map<String, List<LexiconEntry>> byForm, String lemma, String form,
                                              boolean verb) {
        List<LexiconEntry> own = both(byLemma.getOrDefault(lemma, List.of()), byForm.getOrDefault(form, List.of()));
        String base = own.isEmpty() ? reBase(lemma, verb) : null;
        if (base == null) {
            return own;
        }
        String baseForm = reBase(form, verb);
        return both(byLemma.getOrDefault(base, List.of()),
            baseForm == null ? List.of() : byForm.getOrDefault(baseForm, List.of()));
    }

    /**
     * Words that begin with "re" followed by a verb of the lexicon without being that verb done again: their
     * base verb's entries are not theirs ("recommended" is not "commended", "resides with" not "sides with").
     */
    static final Set<String> NOT_REPEATED = Set.of("recommend", "reform", "reside", "represent", "replace",
        "reserve", "relay", "recede", "refine", "refund", "reset", "resound", "recharge", "react", "reflect",
        "refuse", "regard", "remark", "record", "recount", "recover", "relieve", "repair", "repose", "resort",
        "restrain", "retire", "retreat", "resolve", "remind", "recess", "retain", "reveal", "repeal", "report",
        "reply", "request", "reward", "resent", "resign", "return", "release", "receive", "recall", "remove",
        "reduce", "refer", "relate", "rest", "repress", "resist", "restrict", "result", "resume", "reach", "read",
        "rely", "remain", "repeat", "respond", "revolt", "revert", "reprove", "reprimand", "reproach", "reassure",
        "really", "reason", "redress", "regret", "relax", "render", "rescue", "recite", "redeem");

    /**
     * The base of a word made with the prefix "re-" meaning "again" ("re-impose" and "reimpose" are "impose"),
     * or null. Hyphenated words always have one; unhyphenated verbs ({@code verbs} true) have one when the rest
     * is at least three letters and the word is not one of {@link #NOT_REPEATED}; unhyphenated nouns never.
     */
    static String reBase(String word, boolean verb) {
        if (word.startsWith("re-") && word.length() > 5) {
            return word.substring(3);
        }
        if (verb && word.startsWith("re") && word.length() >= 6 && !NOT_REPEATED.contains(word)) {
            return word.substring(2);
        }
        return null;
    }

    private static List<LexiconEntry> both(List<LexiconEntry> a, List<LexiconEntry> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<LexiconEntry> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** Whether some pattern has this lemma as its head (used to skip parsing sentences without one). */
    public boolean isTrigger(String lemma) {
        return verbs.containsKey(lemma) || nouns.containsKey(lemma);
    }

    /** Whether some pattern has this lemma as its head or lists this lower-case word form. */
    public boolean isTrigger(String lemma, String form) {
        return isTrigger(lemma) || verbForms.containsKey(form) || nounForms.containsKey(form)
            || !verbs(lemma, form).isEmpty() || !nouns(lemma, form).isEmpty();
    }
}
