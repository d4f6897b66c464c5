package org.dyad.place;

import org.dyad.nlp.DependencyGraph;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-tagged sentences for the place stage's unit tests, no CoreNLP involved. Each sentence is written as
 * space-separated {@code word/TAG} or {@code word/TAG/NER} items ({@code Idlib/NNP/LOCATION}); the text joins
 * the words with single spaces and the sentences with one space, and offsets point into it. Consecutive
 * tokens with the same NER class form one entity mention.
 */
final class TaggedText {

    final String text;
    final List<Sentence> sentences;

    private TaggedText(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    static TaggedText of(String... tagged) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String line : tagged) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String item : line.trim().split(" +")) {
                String[] f = item.split("/");
                if (f.length < 2) {
                    throw new IllegalArgumentException("not word/TAG: " + item);
                }
                if (!tokens.isEmpty()) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(f[0]);
                tokens.add(new Token(tokens.size(), f[0], f[0].toLowerCase(Locale.ROOT), f[1], f.length > 2 ? f[2] : "O",
                    null, b, text.length()));
            }
            out.add(new Sentence(out.size(), begin, text.length(), tokens, entities(tokens), null));
        }
        return new TaggedText(text.toString(), out);
    }

    /** This text with sentence {@code index} given a dependency graph of {@code governor dependent relation} triples. */
    TaggedText parsed(int index, String... edges) {
        List<org.dyad.nlp.Dependency> deps = new ArrayList<>();
        for (String e : edges) {
            String[] f = e.split(" ");
            deps.add(new org.dyad.nlp.Dependency(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]));
        }
        List<Sentence> copy = new ArrayList<>(sentences);
        Sentence s = copy.get(index);
        copy.set(index, new Sentence(s.index(), s.begin(), s.end(), s.tokens(), s.entities(),
            new DependencyGraph(s.size(), deps)));
        return new TaggedText(text, copy);
    }

    private static List<EntityMention> entities(List<Token> tokens) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
                j++;
            }
            if (!ner.equals("O")) {
                out.add(new EntityMention(i, j, ner, null, tokens.get(i).begin(), tokens.get(j - 1).end()));
            }
            i = j;
        }
        return out;
    }

    /** No actor mentions in any sentence. */
    List<List<org.dyad.actor.Mention>> noActors() {
        List<List<org.dyad.actor.Mention>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(List.of());
        }
        return out;
    }
}
