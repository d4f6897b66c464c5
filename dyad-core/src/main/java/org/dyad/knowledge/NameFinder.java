package org.dyad.knowledge;

import org.dyad.actor.Mention;
import org.dyad.model.Actor;
import org.dyad.model.NameEntity;
import org.dyad.model.Span;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article's person and organisation names, each distinct name with all its mentions, as GDELT's
 * GKG lists them. Names come from Dyad's actor mentions (people; international bodies, NGOs and named
 * groups) and from named-entity recognition (PERSON, ORGANIZATION) where no actor mention covers them.
 * A surname alone joins the full name it belongs to ("Tusk" → "Donald Tusk"); pronouns are not names.
 *
 * <p>Spans are character offsets into the article text, 0-based, end exclusive. Stateless and
 * thread-safe.
 */
public final class NameFinder {

    /** Persons and organisations of one article. */
    public record Names(List<NameEntity> persons, List<NameEntity> organisations) {
    }

    private static final class Group {
        String name;
        String code;
        final List<Span> spans = new ArrayList<>();

        Group(String name, String code) {
            this.name = name;
            this.code = code;
        }

        NameEntity entity() {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(null);
            return new NameEntity(name, sorted, code);
        }
    }

    /**
     * @param mentions actor mentions per sentence (coreference applied)
     */
    public Names find(List<Sentence> sentences, String text, List<List<Mention>> mentions) {
        Map<String, Group> persons = new LinkedHashMap<>();
        Map<String, Group> orgs = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            List<Mention> ms = mentions.get(s.index());
            for (Mention m : ms) {
                if (pronoun(s, m)) {
                    continue;
                }
                Actor a = m.actor();
                if (a.kind() == Actor.Kind.PERSON) {
                    String name = m.person() != null ? m.person() : a.name();
                    Group g = persons.computeIfAbsent(key(name), k -> new Group(name, a.code()));
                    if (g.code == null) {
                        // named first by NER alone: the knowledge base's form and code win
                        g.name = name;
                        g.code = a.code();
                    }
                    g.spans.add(nameSpan(s, text, m, name));
                } else if (a.kind() == Actor.Kind.IGO || a.kind() == Actor.Kind.NGO || a.kind() == Actor.Kind.GROUP) {
                    Group g = orgs.computeIfAbsent("A:" + a.code(), k -> new Group(a.name(), a.code()));
                    g.spans.add(m.span());
                }
            }
            for (EntityMention e : s.entities()) {
                boolean person = e.type().equals("PERSON");
                if (!person && !e.type().equals("ORGANIZATION")) {
                    continue;
                }
                Span span = new Span(e.begin(), e.end());
                if (!person) {
                    Mention body = bodyContaining(ms, span);
                    if (body != null) {
                        // "officials of the World Bank": the body the sector mention speaks for
                        Group g = orgs.computeIfAbsent("A:" + body.actor().code(),
                            k -> new Group(span.of(text).strip(), body.actor().code()));
                        g.spans.add(span);
                        continue;
                    }
                }
                if (person ? coveredByPerson(ms, span) : coveredByActor(ms, span)) {
                    continue;
                }
                String name = span.of(text).strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (person) {
                    Group g = persons.get(key(name));
                    if (g == null && !name.contains(" ")) {
                        g = bySurname(persons, name);
                    }
                    if (g == null) {
                        g = new Group(name, null);
                        persons.put(key(name), g);
                    }
                    g.spans.add(span);
                } else {
                    orgs.computeIfAbsent(key(name), k -> new Group(name, null)).spans.add(span);
                }
            }
        }
        return new Names(entities(persons), entities(orgs));
    }

    private static List<NameEntity> entities(Map<String, Group> groups) {
        List<NameEntity> out = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            out.add(g.entity());
        }
        return out;
    }

    /** Names compare without case and punctuation: "Bashar al Assad" is "Bashar al-Assad". */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Group bySurname(Map<String, Group> persons, String surname) {
        String suffix = " " + key(surname);
        for (Map.Entry<String, Group> e : persons.entrySet()) {
            if (e.getKey().endsWith(suffix)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The part of a person mention that is the name ("Donald Tusk" in "European Council President Donald
     * Tusk"): NER's PERSON inside it, else the person's name or surname as written in it, else all of it.
     */
    private static Span nameSpan(Sentence s, String text, Mention m, String name) {
        for (EntityMention e : s.entities()) {
            if (e.type().equals("PERSON") && e.begin() >= m.span().begin() && e.end() <= m.span().end()) {
                return new Span(e.begin(), e.end());
            }
        }
        String words = m.span().of(text);
        int at = words.lastIndexOf(name);
        if (at >= 0) {
            return new Span(m.span().begin() + at, m.span().begin() + at + name.length());
        }
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        at = words.lastIndexOf(surname);
        if (at >= 0 && surname.length() > 1) {
            return new Span(m.span().begin() + at, m.span().begin() + at + surname.length());
        }
        return m.span();
    }

    private static boolean pronoun(Sentence s, Mention m) {
        return m.end() - m.start() == 1 && s.token(m.start()).tag().startsWith("PRP");
    }

    /**
     * A mention of someone acting for an international body or named group that contains the entity
     * ("officials of the World Bank" → IGOWBK), unless the mention is that body's own (already counted).
     */
    private static Mention bodyContaining(List<Mention> ms, Span span) {
        for (Mention m : ms) {
            Actor.Kind k = m.actor().kind();
            boolean own = k == Actor.Kind.IGO || k == Actor.Kind.NGO || k == Actor.Kind.GROUP;
            String code = m.actor().code();
            if (!own && m.span().contains(span) && (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG"))) {
                return m;
            }
        }
        return null;
    }

    /** Whether a person's actor mention already names the entity. */
    private static boolean coveredByPerson(List<Mention> ms, Span span) {
        for (Mention m : ms) {
            if (m.actor().kind() == Actor.Kind.PERSON && m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an actor mention already names the entity: a person or body overlapping it, or any actor
     * mention containing it ("Kremlin" as Russia's government). An adjective inside a longer name
     * ("Syrian" in "Syrian Observatory for Human Rights") does not.
     */
    private static boolean coveredByActor(List<Mention> ms, Span span) {
        for (Mention m : ms) {
            Actor.Kind k = m.actor().kind();
            boolean nameLike = k == Actor.Kind.PERSON || k == Actor.Kind.IGO || k == Actor.Kind.NGO || k == Actor.Kind.GROUP;
            if (nameLike && m.span().overlaps(span) || m.span().contains(span)) {
                return true;
            }
        }
        return false;
    }
}
