package org.dyad.place;

import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.Mention;
import org.dyad.model.Place;
import org.dyad.model.PlaceEntity;
import org.dyad.model.PlaceMention;
import org.dyad.nlp.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The place stage: finds the place names of an article ({@link ToponymRecognizer}) and resolves them to
 * gazetteer entries ({@link ToponymResolver}). Immutable and thread-safe.
 */
public final class PlaceFinder {

    /**
     * A resolved place mention.
     *
     * @param toponym    the name in the text (sentence, tokens, characters, kind)
     * @param place      the place it was resolved to
     * @param resolvedBy what decided the reading: {@code state}, {@code abbreviation}, {@code qualifier},
     *                   {@code cue}, {@code article-context}, {@code coordination}, {@code population} or {@code stray}
     * @param confidence 0..1
     * @param stateConfidence 0..1, at least {@code confidence}: how sure the place's state is (the city or the
     *                   state of Oaxaca: either way Mexico)
     */
    public record Found(Toponym toponym, Place place, String resolvedBy, double confidence, double stateConfidence) {
        public Found {
            Objects.requireNonNull(toponym, "toponym");
            Objects.requireNonNull(place, "place");
        }

        public boolean literal() {
            return PlaceMention.LITERAL.equals(toponym.kind());
        }
    }

    private final Gazetteer gazetteer;
    private final ToponymRecognizer recognizer;
    private final ToponymResolver resolver;

    /** With the built-in division abbreviations. */
    public PlaceFinder(Gazetteer gazetteer, ActorKnowledge knowledge) {
        this(gazetteer, DivisionAbbreviations.standard(gazetteer), knowledge);
    }

    public PlaceFinder(Gazetteer gazetteer, DivisionAbbreviations abbreviations, ActorKnowledge knowledge) {
        this.gazetteer = gazetteer;
        this.recognizer = new ToponymRecognizer(gazetteer, abbreviations, knowledge);
        this.resolver = new ToponymResolver(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Every place mention of an article that the gazetteer can resolve, in text order.
     *
     * @param sentences the article's sentences
     * @param text      the article text
     * @param actors    per sentence, the actor mentions found in it (a person named Jordan is not a place)
     */
    public List<Found> find(List<Sentence> sentences, String text, List<List<Mention>> actors) {
        List<Toponym> toponyms = recognizer.find(sentences, text, actors);
        List<Found> out = new ArrayList<>(toponyms.size());
        for (ToponymResolver.Resolution r : resolver.resolve(toponyms)) {
            out.add(new Found(r.toponym(), r.entry().toPlace(), r.how(), r.confidence(), r.stateConfidence()));
        }
        return out;
    }

    /**
     * The sentence with the one-word places CoreNLP tagged as people ("residents of Homs", "captured Raqqa")
     * tagged as LOCATION, for the stages that read names; run before the actor stage.
     */
    public Sentence retagPlacesTakenForPeople(Sentence s, String text) {
        return recognizer.retagPlacesTakenForPeople(s, text);
    }

    /** Groups mentions by place (GeoNames id, else name and point), in order of first mention. */
    public static List<PlaceEntity> entities(List<Found> found) {
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        for (Found f : found) {
            Place p = f.place();
            String key = p.geonameId() != null ? String.valueOf(p.geonameId()) : p.name() + "@" + p.lat() + "," + p.lon();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<PlaceEntity> out = new ArrayList<>(groups.size());
        for (List<Found> fs : groups.values()) {
            List<PlaceMention> ms = new ArrayList<>(fs.size());
            for (Found f : fs) {
                ms.add(new PlaceMention(f.toponym().span(), f.toponym().sentence(), f.toponym().kind()));
            }
            Found first = fs.get(0);
            out.add(new PlaceEntity(first.place(), ms, first.resolvedBy(), first.confidence()));
        }
        return out;
    }
}
