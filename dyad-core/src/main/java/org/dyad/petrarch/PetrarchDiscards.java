package org.dyad.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A TABARI/PETRARCH discard list, read as it is: phrases that mark a sentence ({@code BASEBALL}) or,
 * with a leading {@code +}, a whole story ({@code +TYPHOON}) as not to be coded (sports, weather,
 * chronologies). A phrase matches at the start of a word, in any case; it matches as a stem
 * ("baseball" finds "baseballs") unless it ends with {@code _}, in which case the match must also end
 * a word. Words are separated by blanks or underscores. Immutable and thread-safe.
 */
public final class PetrarchDiscards {

    /**
     * One discard phrase.
     *
     * @param words    lower-case words, single blanks between them
     * @param story    whether it discards the whole story rather than the sentence
     * @param wholeEnd whether the match must end at a word boundary
     * @param source   file and line
     */
    public record Discard(String words, boolean story, boolean wholeEnd, String source) {

        /** Whether this phrase occurs in {@code text} (any case, any run of blanks between words) at a word start. */
        public boolean in(String text) {
            String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int from = 0;
            while (true) {
                int i = lower.indexOf(words, from);
                if (i < 0) {
                    return false;
                }
                boolean startOk = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
                int end = i + words.length();
                boolean endOk = !wholeEnd || end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                from = i + 1;
            }
        }
    }

    private final String source;
    private final List<Discard> discards;

    private PetrarchDiscards(String source, List<Discard> discards) {
        this.source = source;
        this.discards = List.copyOf(discards);
    }

    public static PetrarchDiscards read(Path path) {
        return parse(DictionaryLines.readFile(path), path.getFileName().toString());
    }

    /** @param source what to call the input in messages (a file name) */
    public static PetrarchDiscards parse(String content, String source) {
        List<Discard> out = new ArrayList<>();
        for (DictionaryLines.Line l : DictionaryLines.of(content)) {
            if (l.blank()) {
                continue;
            }
            String s = l.stripped();
            boolean story = s.startsWith("+");
            String phrase = story ? s.substring(1).strip() : s;
            boolean wholeEnd = phrase.endsWith("_");
            String words = phrase.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (words.isEmpty()) {
                throw new DictionaryException(source, l.number(), "an empty discard phrase");
            }
            if (words.indexOf('[') >= 0) {
                throw new DictionaryException(source, l.number(), "a discard phrase has no code: '" + s + "'");
            }
            out.add(new Discard(words, story, wholeEnd, source + ":" + l.number()));
        }
        return new PetrarchDiscards(source, out);
    }

    public String source() {
        return source;
    }

    public List<Discard> discards() {
        return discards;
    }

    /** The first story discard found in {@code text}, or null. */
    public Discard storyDiscard(String text) {
        return first(text, true);
    }

    /** The first sentence discard found in {@code sentence}, or null. */
    public Discard sentenceDiscard(String sentence) {
        return first(sentence, false);
    }

    private Discard first(String text, boolean story) {
        for (Discard d : discards) {
            if (d.story() == story && d.in(text)) {
                return d;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return source + " (" + discards.size() + " PETRARCH discard phrases)";
    }
}
