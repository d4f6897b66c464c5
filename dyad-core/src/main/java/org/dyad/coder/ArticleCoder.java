package org.dyad.coder;

import org.dyad.Coder;
import org.dyad.DyadConfig;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.ActorRecognizer;
import org.dyad.actor.ContextCountry;
import org.dyad.actor.Coreference;
import org.dyad.actor.Genders;
import org.dyad.actor.Mention;
import org.dyad.event.Codebook;
import org.dyad.event.EventCoder;
import org.dyad.event.EventMention;
import org.dyad.event.EventType;
import org.dyad.knowledge.CountFinder;
import org.dyad.knowledge.NameFinder;
import org.dyad.knowledge.QuoteFinder;
import org.dyad.knowledge.StatementFinder;
import org.dyad.knowledge.ThemeFinder;
import org.dyad.knowledge.ToneScorer;
import org.dyad.model.Actor;
import org.dyad.model.ActorEntity;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Count;
import org.dyad.model.DateMention;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Place;
import org.dyad.model.PlaceEntity;
import org.dyad.model.Problem;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.Statement;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Dateline;
import org.dyad.nlp.Document;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.petrarch.Dictionaries;
import org.dyad.place.Gazetteer;
import org.dyad.place.Locator;
import org.dyad.place.PlaceFinder;
import org.dyad.time.DateFinder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The pipeline: annotate → actor mentions → coreference → quotations → events → dates → places →
 * counts. Built once from an immutable configuration; thread-safe; holds no mutable state.
 */
public final class ArticleCoder implements Coder {

    private static final Set<String> FIRST_PLURAL = Set.of("we", "our", "us", "ours");

    private final DyadConfig config;
    private final Annotator annotator;
    private final Codebook codebook;
    private final ActorRecognizer recognizer;
    private final Coreference coreference;
    private final ContextCountry contextCountry;
    private final EventCoder events;
    private final QuoteFinder quotes = new QuoteFinder();
    private final DateFinder dates = new DateFinder();
    private final CountFinder counts = new CountFinder();
    private final StatementFinder statements = new StatementFinder();
    private final ThemeFinder themes = ThemeFinder.builtIn();
    private final ToneScorer tones = ToneScorer.builtIn();
    private final NameFinder names = new NameFinder();
    private final PlaceFinder places;
    private final ActorKnowledge knowledge;
    private final Dictionaries dictionaries;

    public ArticleCoder(DyadConfig config, Annotator annotator) {
        this.config = config;
        this.annotator = annotator;
        this.codebook = Codebook.standard();
        // built-in knowledge and the user's files, TABARI/PETRARCH dictionaries included
        this.dictionaries = Dictionaries.load(config, codebook);
        ActorKnowledge knowledge = dictionaries.knowledge();
        this.recognizer = new ActorRecognizer(knowledge);
        this.knowledge = knowledge;
        this.coreference = new Coreference(Genders.standard(), knowledge.countries());
        this.contextCountry = new ContextCountry(knowledge.communities());
        this.events = new EventCoder(dictionaries.lexicon(), knowledge.sectors(), dictionaries.literal());
        this.places = new PlaceFinder(Gazetteer.standard(), knowledge);
    }

    public DyadConfig config() {
        return config;
    }

    public Codebook codebook() {
        return codebook;
    }

    @Override
    public CodedArticle code(Article article) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String cleaned = clean(article.text(), problems);
        if (cleaned.length() > config.maxChars()) {
            problems.add(new Problem("truncated", "text is " + cleaned.length() + " characters; coded the first "
                + config.maxChars() + " (raise --max-chars to code more)"));
        }
        String text = cleaned.length() > config.maxChars() ? cleaned.substring(0, config.maxChars()) : cleaned;
        if (text.isBlank()) {
            problems.add(new Problem("empty", "the article has no text"));
        }
        if (article.date() == null) {
            problems.add(new Problem("no-date", "no article date: relative dates stay unresolved and events have no date"));
        }
        Article coded = text.equals(article.text()) ? article
            : new Article(article.id(), article.title(), text, article.date(), article.source(), article.url(), article.language());
        LocalDate date = article.date();

        long t0 = System.nanoTime();
        Document doc = annotator.annotate(text, date, s -> config.parseAll() || worthParsing(s, text, date));
        long t1 = System.nanoTime();
        nanos.put("annotate", t1 - t0);
        doc.nanos().forEach((k, v) -> nanos.put("annotate." + k, v));

        // dates first: their tokens are tagged DATE for the stages that read names ("in May" is no person)
        DateFinder.Dated dated = dates.find(doc.sentences(), text, date);
        List<Sentence> sentences = new ArrayList<>(dated.sentences().size());
        for (Sentence s : dated.sentences()) {
            // likewise towns CoreNLP took for people ("residents of Homs") are tagged LOCATION: no one's name
            sentences.add(places.retagPlacesTakenForPeople(s, text));
        }
        long knowledgeNanos = System.nanoTime() - t1; // dates, quotations and statements count as knowledge
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            mentions.add(recognizer.recognize(s, text, date));
        }
        List<QuoteFinder.QuoteSpan> quoteSpans = quotes.find(text);
        long c0 = System.nanoTime();
        // the dateline's town and agency are no antecedents ("the regional bloc" is not "(AP)"); they come back after
        // for the article's context state
        List<Mention> datelined = sentences.isEmpty() ? List.of() : datelineMentions(sentences.get(0), mentions.get(0));
        mentions = coreference.resolve(text, sentences, withoutDateline(sentences, mentions),
            quoteSpans.stream().map(QuoteFinder.QuoteSpan::content).toList());
        mentions = withDateline(mentions, datelined);
        nanos.put("actors.coreference", System.nanoTime() - c0); // part of "actors"
        long k0 = System.nanoTime();
        List<Statement> statementList = statements.find(sentences, text, mentions, offset -> inside(quoteSpans, offset));
        List<Quote> quoteList = quotes.attribute(text, sentences, mentions, statementList);
        knowledgeNanos += System.nanoTime() - k0;
        mentions = speakersInQuotes(sentences, mentions, quoteList);
        // places before the context states: a body takes the state of the town it is based in (ContextCountry)
        long p0 = System.nanoTime();
        List<PlaceFinder.Found> placeList = places.find(sentences, text, mentions);
        long placeNanos = System.nanoTime() - p0;
        if (!dictionaries.literal()) {
            // a Dyad inference TABARI/PETRARCH dictionaries do not make
            mentions = townsNamedLikeCapitals(mentions, placeList);
            mentions = contextCountry.apply(sentences, mentions, placedNames(placeList, sentences.size()));
            // speakers were found before the context states: "the government said" is the article's government in
            // what it says as in what it does
            statementList = withSpeakers(statementList, mentions, Statement::speaker, Statement::speakerSpan,
                (st, now) -> new Statement(now, st.speakerSpan(), st.verb(), st.verbSpan(), st.content(), st.text(),
                    st.sentence(), st.rule(), st.confidence()));
            quoteList = withSpeakers(quoteList, mentions, Quote::speaker, Quote::speakerSpan,
                (q, now) -> new Quote(q.text(), q.span(), now, q.speakerSpan(), q.sentence(), q.rule(), q.confidence(),
                    q.verb(), q.partial()));
        }
        long t2 = System.nanoTime();
        nanos.put("actors", t2 - t1 - knowledgeNanos - placeNanos);

        List<EventMention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            found.addAll(events.code(s, s.index() == 0 ? outsideDateline(s, mentions.get(0)) : mentions.get(s.index())));
        }
        found = dictionaries.discard(text, sentences, found, problems);
        long t3 = System.nanoTime();
        nanos.put("events", t3 - t2);

        List<DateMention> dateList = dated.dates();
        Locator locator = new Locator(sentences, placeList);
        long t4 = System.nanoTime();
        nanos.put("places", t4 - t3 + placeNanos);

        List<Count> countList = new ArrayList<>();
        for (Sentence s : sentences) {
            countList.addAll(counts.find(s, text));
        }
        countList = CountFinder.link(countList, sentences, found);
        List<Event> eventList = new ArrayList<>(found.size());
        for (EventMention e : found) {
            eventList.add(toEvent(e, sentences, dateList, locator, date));
        }
        eventList = onePerDyad(eventList);
        List<ActorMention> actorMentions = new ArrayList<>();
        List<ActorEntity> entities = entities(withoutDateline(sentences, mentions), actorMentions, sentences, locator);
        List<PlaceEntity> placeEntities = PlaceFinder.entities(placeList);
        long t5 = System.nanoTime();
        nanos.put("knowledge", t5 - t4);

        List<Span> sentenceSpans = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            sentenceSpans.add(new Span(s.begin(), s.end()));
        }
        NameFinder.Names named = names.find(sentences, text, mentions);
        var themeList = themes.find(sentences);
        var tone = tones.score(sentences);
        nanos.merge("knowledge", System.nanoTime() - t5 + knowledgeNanos, Long::sum);
        return new CodedArticle(coded, sentenceSpans, doc.tokenCount(), eventList, entities, actorMentions, quoteList,
            placeEntities, dateList, countList, problems, nanos, statementList, themeList, tone, named.persons(),
            named.organisations());
    }

    /**
     * A place whose state is resolved less surely than this (a name several states share, "Punjab") places no
     * actor; readings in one state leave it sure ("protesters in Oaxaca", the state or its capital).
     */
    private static final double PLACING_CONFIDENCE = 0.7;

    /**
     * A place resolved less surely than this gives no event its target or source state: "Palmyra" with no context
     * (shared by a Syrian city and American towns) names no state, while "into Gaza" (0.53) or "the port of Calais"
     * (0.62), read at more than even odds, do.
     */
    private static final double TARGETING_CONFIDENCE = 0.5;

    /**
     * The mentions without the capitals that the place stage read, by the province or state written after them, as
     * towns of another state: "police in Paris, Texas" are no French police, "London, Ontario" is no British
     * government. A capital alone is dropped; a body it placed loses that state, for the context to place it by
     * the town ({@link ContextCountry}).
     */
    static List<List<Mention>> townsNamedLikeCapitals(List<List<Mention>> mentions, List<PlaceFinder.Found> found) {
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            List<Mention> fixed = new ArrayList<>(mentions.get(i).size());
            for (Mention m : mentions.get(i)) {
                Actor a = m.actor();
                PlaceFinder.Found town = null;
                for (PlaceFinder.Found f : found) {
                    org.dyad.place.Toponym t = f.toponym();
                    if (t.sentence() == i && "qualifier".equals(f.resolvedBy()) && f.place().country() != null
                        && a.country() != null && !f.place().country().equals(a.country())
                        && m.start() <= t.start() && t.end() <= m.end()) {
                        town = f;
                    }
                }
                if (town == null || !(m.resolvedBy().equals("capital") || m.resolvedBy().equals("composition"))) {
                    fixed.add(m);
                } else if (m.resolvedBy().equals("composition") && a.sector() != null && a.code().length() > 3) {
                    fixed.add(m.withActor(new Actor(a.name(), "---" + a.code().substring(3), null, a.sector(), a.kind()),
                        "sector"));
                }
            }
            out.add(fixed);
        }
        return out;
    }

    /**
     * Per sentence, the towns, provinces and regions the gazetteer puts in one state with confidence, for the
     * actor stage (which knows states and capitals, not towns).
     */
    private static List<List<org.dyad.actor.PlacedName>> placedNames(List<PlaceFinder.Found> found, int sentenceCount) {
        List<List<org.dyad.actor.PlacedName>> out = new ArrayList<>(sentenceCount);
        for (int i = 0; i < sentenceCount; i++) {
            out.add(new ArrayList<>());
        }
        for (PlaceFinder.Found f : found) {
            org.dyad.place.Toponym t = f.toponym();
            if (f.literal() && f.place().country() != null && f.stateConfidence() >= PLACING_CONFIDENCE
                && t.sentence() < sentenceCount) {
                out.get(t.sentence()).add(new org.dyad.actor.PlacedName(t.sentence(), t.start(), t.end(), f.place().country()));
            }
        }
        return out;
    }

    /** Control characters other than tab and newline become spaces; offsets stay where they were. */
    private static String clean(String text, List<Problem> problems) {
        StringBuilder b = null;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 32 && c != '\n' && c != '\t' && c != '\r' || c == '\uFFFD' || c == '\u007F';
            if (bad) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, ' ');
                replaced++;
            }
        }
        if (b == null) {
            return text;
        }
        problems.add(new Problem("control-characters", replaced + " control or undecodable characters replaced by spaces"));
        return b.toString();
    }

    /**
     * Parsing is most of the cost, so only sentences that can hold an event are parsed: an event word
     * and someone to do it (an actor name, a sector noun, or a pronoun coreference may resolve), or a
     * quotation whose speaker the parse helps find.
     */
    private boolean worthParsing(Sentence s, String text, LocalDate date) {
        if (hasQuoteMark(s)) {
            return true;
        }
        if (!events.mayHoldEvent(s)) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.tag().startsWith("PRP") && PRONOUN_ACTORS.contains(t.lowerWord())) {
                return true;
            }
            // "The group said …", "the bloc's foreign ministers": a description coreference may resolve
            int i = t.index();
            if (t.isNoun() && i > 0 && Coreference.mayReferBack(t.key()) && (s.token(i - 1).lowerWord().equals("the")
                || i > 1 && s.token(i - 2).lowerWord().equals("the"))) {
                return true;
            }
        }
        return !recognizer.recognize(s, text, date).isEmpty();
    }

    private static final Set<String> PRONOUN_ACTORS = Set.of("he", "she", "it", "they", "we", "him", "her", "them",
        "us", "his", "its", "their", "our");

    private static boolean hasQuoteMark(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.word();
            if (w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<QuoteFinder.QuoteSpan> spans, int offset) {
        for (QuoteFinder.QuoteSpan q : spans) {
            if (q.open() < offset && offset < q.close()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quotations or statements whose speakers are the actors the mentions at their speakers' spans now have (the
     * article's state is applied to actors after the speakers were found).
     */
    private static <T> List<T> withSpeakers(List<T> said, List<List<Mention>> mentions, Function<T, Actor> speaker,
                                            Function<T, Span> speakerSpan, BiFunction<T, Actor, T> spokenBy) {
        Map<Span, Actor> actors = new HashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                actors.putIfAbsent(m.span(), m.actor());
            }
        }
        List<T> out = new ArrayList<>(said.size());
        for (T x : said) {
            Actor now = speaker.apply(x) == null || speakerSpan.apply(x) == null ? null : actors.get(speakerSpan.apply(x));
            out.add(now == null || now.equals(speaker.apply(x)) ? x : spokenBy.apply(x, now));
        }
        return out;
    }

    /** "we", "our", "us" inside a quotation stand for the speaker's side. */
    private static List<List<Mention>> speakersInQuotes(List<Sentence> sentences, List<List<Mention>> mentions,
                                                        List<Quote> quotes) {
        List<List<Mention>> out = new ArrayList<>(mentions);
        for (Quote q : quotes) {
            if (q.speaker() == null) {
                continue;
            }
            for (Sentence s : sentences) {
                if (s.end() <= q.span().begin() || s.begin() >= q.span().end()) {
                    continue;
                }
                List<Mention> here = null;
                for (Token t : s.tokens()) {
                    if (t.begin() >= q.span().begin() && t.end() <= q.span().end() && t.tag().startsWith("PRP")
                        && FIRST_PLURAL.contains(t.lowerWord())) {
                        if (here == null) {
                            here = new ArrayList<>(out.get(s.index()));
                        }
                        here.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), q.speaker(),
                            new Span(t.begin(), t.end()), null, "coreference", null, true));
                    }
                }
                if (here != null) {
                    here.sort((a, b) -> Integer.compare(a.start(), b.start()));
                    out.set(s.index(), here);
                }
            }
        }
        return out;
    }

    /** The state with this ISO 3166 alpha-3 code as an actor, or null for null or a code Dyad does not know. */
    private Actor stateActor(String iso3) {
        var state = iso3 == null ? null : knowledge.country(iso3);
        return state == null ? null : new Actor(state.name(), state.iso3(), state.iso3(), null, Actor.Kind.STATE);
    }

    /** Roots whose events aimed at a town are aimed at its state: visits, aid, force, attacks, mass violence. */
    private static final Set<String> AIMED_ROOTS = Set.of("04", "07", "15", "18", "19", "20");

    /**
     * Codes of other roots whose events aimed at a place are aimed at its state: a region recognised
     * ("recognised the independence of Abkhazia") is a region of the state it would break away from (054).
     */
    private static final Set<String> AIMED_CODES = Set.of("054");

    /**
     * The mentions of an article's first sentence that are not in its dateline ({@link Dateline}): the town it was
     * filed from and the agency that filed it ("KINSHASA, Congo (AP) -- Police fired tear gas ..., witnesses said")
     * take no part in its events, though they still give the article its context state.
     */
    static List<Mention> outsideDateline(Sentence s, List<Mention> ms) {
        int dash = Dateline.dash(s.tokens().stream().map(Token::word).toList());
        if (dash < 0) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            if (m.start() > dash) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The mentions without those of the first sentence's dateline: the town a story was filed from and the agency
     * that filed it are no actors of the article ("ABIDJAN, Ivory Coast (AP) —" lists neither Abidjan nor AP).
     */
    static List<List<Mention>> withoutDateline(List<Sentence> sentences, List<List<Mention>> mentions) {
        if (sentences.isEmpty() || mentions.isEmpty()) {
            return mentions;
        }
        List<Mention> first = outsideDateline(sentences.get(0), mentions.get(0));
        if (first.size() == mentions.get(0).size()) {
            return mentions;
        }
        List<List<Mention>> out = new ArrayList<>(mentions);
        out.set(0, first);
        return out;
    }

    /** The mentions of an article's first sentence that lie in its dateline. */
    static List<Mention> datelineMentions(Sentence s, List<Mention> ms) {
        List<Mention> outside = outsideDateline(s, ms);
        if (outside.size() == ms.size()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(ms);
        out.removeAll(outside);
        return out;
    }

    /** The mentions with the dateline's put back at the head of the first sentence's. */
    private static List<List<Mention>> withDateline(List<List<Mention>> mentions, List<Mention> datelined) {
        if (datelined.isEmpty()) {
            return mentions;
        }
        List<List<Mention>> out = new ArrayList<>(mentions);
        List<Mention> first = new ArrayList<>(datelined);
        first.addAll(mentions.get(0));
        out.set(0, first);
        return out;
    }

    /** Words before a month or year that make it a bound of a span reaching the article's day, not the time of an act. */
    private static final Set<String> SPAN_BOUNDS = Set.of("since", "until", "till", "through", "throughout", "by");

    /**
     * The first day of a month or year mention ({@code 2014}, {@code 2016-01}) that does not contain the article's
     * date, or null: for other granularities, the article's own month or year, and bounds ("since 2001").
     */
    private static LocalDate periodStart(DateMention d, LocalDate articleDate, Sentence s) {
        if (d.value() == null || d.granularity() == null) {
            return null;
        }
        LocalDate first;
        LocalDate next;
        try {
            if (d.granularity().equals("year") && d.value().matches("\\d{4}")) {
                first = LocalDate.of(Integer.parseInt(d.value()), 1, 1);
                next = first.plusYears(1);
            } else if (d.granularity().equals("month") && d.value().matches("\\d{4}-\\d{2}")) {
                first = LocalDate.parse(d.value() + "-01");
                next = first.plusMonths(1);
            } else {
                return null;
            }
        } catch (java.time.DateTimeException ex) {
            return null;
        }
        if (!articleDate.isBefore(first) && articleDate.isBefore(next)) {
            return null;
        }
        List<Token> ts = s.tokens();
        for (int i = 1; i < ts.size(); i++) {
            if (ts.get(i).begin() == d.span().begin()) {
                return SPAN_BOUNDS.contains(ts.get(i - 1).lowerWord()) ? null : first;
            }
        }
        return first;
    }

    /**
     * Whether a date dates the clause of the event's trigger: it hangs on that clause's verb, or on a clause the
     * trigger's clause is an adverbial or conjunct of ("last year, 40 people were killed when police cracked down");
     * not "demanded that Kabila step down when his term ends in December".
     */
    private static boolean datesClause(Sentence s, DateMention d, int trigger) {
        org.dyad.nlp.DependencyGraph g = s.graph();
        if (g == null) {
            return false;
        }
        int at = s.tokenAt(d.span().begin());
        if (at < 0) {
            return false;
        }
        int dateClause = clauseOf(s, g, at);
        int cur = clauseOf(s, g, trigger);
        for (int steps = 0; steps < 4 && cur >= 0; steps++) {
            if (cur == dateClause) {
                return true;
            }
            String r = g.relationToHead(cur);
            if (r == null || !(r.startsWith("advcl") || r.startsWith("conj"))) {
                return false;
            }
            cur = clauseOf(s, g, g.head(cur));
        }
        return false;
    }

    /** The verb (or root) heading the clause of token {@code t}: itself if a verb. */
    private static int clauseOf(Sentence s, org.dyad.nlp.DependencyGraph g, int t) {
        int cur = t;
        for (int steps = 0; steps < 12 && cur >= 0; steps++) {
            if (s.token(cur).isVerb() || g.head(cur) < 0) {
                return cur;
            }
            cur = g.head(cur);
        }
        return cur;
    }

    private Event toEvent(EventMention e, List<Sentence> sentences, List<DateMention> dateList,
                          Locator locator, LocalDate articleDate) {
        EventType type = codebook.typeOf(e.code());
        Sentence s = sentences.get(e.sentence());
        Token head = s.token(e.trigger());
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (int w : e.words()) {
            lo = Math.min(lo, s.token(w).begin());
            hi = Math.max(hi, s.token(w).end());
        }
        Span trigger = e.words().size() <= 4 && hi - lo < 80 ? new Span(lo, hi) : new Span(head.begin(), head.end());
        // date: a full date in the same sentence, nearest the trigger; else the article's
        LocalDate when = articleDate;
        String dateFrom = articleDate == null ? null : "article";
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dateList) {
            LocalDate day = DateFinder.day(d.value());
            if (d.sentence() == e.sentence() && day != null) {
                int dist = Math.abs(d.span().begin() - head.begin());
                if (dist < bestDistance) {
                    bestDistance = dist;
                    when = day;
                    dateFrom = "sentence";
                }
            }
        }
        if (!"sentence".equals(dateFrom) && articleDate != null) {
            // "The EU first imposed sanctions on Moscow in 2014", "last year police cracked down": background from
            // another month or year happened then, not on the article's day; the period's first day stands for it
            // ("since 2001" dates a state that lasts until now)
            for (DateMention d : dateList) {
                LocalDate first = d.sentence() == e.sentence() && datesClause(s, d, e.trigger())
                    ? periodStart(d, articleDate, s) : null;
                if (first != null) {
                    int dist = Math.abs(d.span().begin() - head.begin());
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        when = first;
                        dateFrom = "sentence-" + d.granularity();
                    }
                }
            }
        }
        // location: the event's clause, else its sentence, else the article's focus (see Locator)
        Locator.Location location = locator.event(s, e.trigger());
        Place where = location == null ? null : location.place().place();
        String locationFrom = location == null ? null : location.from();
        PlaceFinder.Found inClause = location != null && location.from().equals("clause") ? location.place() : null;
        Actor source = e.source() == null ? null : e.source().actor();
        Actor target = e.target() == null ? null : e.target().actor();
        Span targetSpan = e.target() == null ? null : e.target().span();
        String rule = e.rule();
        if (target != null && e.target().resolvedBy().startsWith("capital") && inClause != null
            && inClause.confidence() >= TARGETING_CONFIDENCE && inClause.toponym().span().equals(targetSpan)
            && where != null && where.country() != null && !where.country().equals(target.country())
            && stateActor(where.country()) != null) {
            // "Lebanese troops deployed in Tripoli": a capital's name the gazetteer places in another state, from
            // the sentence's context, is that other state's town, not the capital
            target = stateActor(where.country());
            rule = rule + "+gazetteer-place";
        }
        if (target == null && source != null && inClause != null && inClause.confidence() >= TARGETING_CONFIDENCE
            && where != null && where.country() != null
            && !where.country().equals(source.code()) && !e.code().equals("010")
            && !((e.code().startsWith("04") || e.code().startsWith("15")) && where.country().equals(source.country()))) {
            // "Russia held exercises in Alaska", "they met in Zurich", "the president mourned the shooting in South
            // Carolina": the state where it happens is the one it concerns (a state is not its own target; where
            // something is said is not what it is about; nor is one's own state whom one meets or visits at home,
            // or against whom one deploys forces at home: "Lebanese troops deployed in Tripoli")
            Actor state = stateActor(where.country());
            if (state != null) {
                target = state;
                targetSpan = inClause.toponym().span();
                rule = rule + "+location-target";
            }
        }
        PlaceFinder.Found aimedAt = target == null && source != null && (AIMED_ROOTS.contains(e.code().substring(0, 2)) || AIMED_CODES.contains(e.code()))
            ? locator.aimed(s, e.trigger()) : null;
        if (aimedAt != null && aimedAt.confidence() < TARGETING_CONFIDENCE) {
            aimedAt = null; // a name several places share ("Palmyra" with no context) names no state as target
        }
        Actor aimedState = aimedAt == null || source.code().equals(aimedAt.place().country())
            || e.code().startsWith("15") && source.country() != null && source.country().equals(aimedAt.place().country()) ? null
            : stateActor(aimedAt.place().country());
        if (aimedState != null) {
            // "shelled Idlib", "an offensive on Idlib", "sent aid to Mosul": a town attacked, visited or given aid
            // stands for its state, as a capital does
            target = aimedState;
            targetSpan = aimedAt.toponym().span();
            rule = rule + "+place-target";
        }
        if (target != null && source != null && e.code().startsWith("15") && target.kind() == Actor.Kind.STATE
            && target.code().equals(source.country()) && !target.code().equals(source.code())) {
            // forces deployed or alerted at home aim at no one the text names ("the Lebanese army deployed troops in
            // Tripoli"); abroad the host state is the target ("Russia deployed troops in Syria")
            target = null;
            targetSpan = null;
            rule = rule + "-own-state";
        }
        Actor placeState = where == null || location.place().confidence() < TARGETING_CONFIDENCE ? null
            : stateActor(where.country());
        if (source == null && target != null && e.code().startsWith("17") && placeState != null
            && locationFrom != null && !locationFrom.equals("article")) {
            // "a missionary was arrested in Lebanon": arrests, bans and curfews with no agent are the state's doing
            source = placeState;
            rule = rule + "+location-source";
        }
        Actor ownState = target == null && source != null && e.code().startsWith("14") && source.kind() != Actor.Kind.STATE
            ? stateActor(source.country()) : null;
        if (ownState != null) {
            // a protest with no target named is a protest against one's own state's authorities
            target = ownState;
            rule = rule + "+own-state";
        }
        Evidence ev = new Evidence(e.sentence(), e.source() == null ? null : e.source().span(), trigger,
            targetSpan, rule, e.confidence(), dateFrom, locationFrom);
        return new Event(type.code(), type.plover(), type.ploverMode(), type.ploverContext(), type.goldstein(),
            type.quadClass(), source, target, when, where, e.modality(), ev, actorLocation(e.source(), sentences, locator),
            e.target() == null || target != e.target().actor() ? null : actorLocation(e.target(), sentences, locator));
    }

    /** Where the text puts an actor mention ("Syrian rebels in Idlib"), or null. */
    private static Place actorLocation(Mention m, List<Sentence> sentences, Locator locator) {
        if (m == null || m.sentence() < 0 || m.sentence() >= sentences.size()) {
            return null;
        }
        PlaceFinder.Found f = locator.actor(sentences.get(m.sentence()), m.start(), m.end(), m.head());
        return f == null ? null : f.place();
    }

    /**
     * One event per sentence, code, source, target and modality. The same act found twice (two coordinated verbs of
     * one code: "shot and wounded two policemen"; two rules on one word) and one act on several mentions of one
     * actor ("sanctions on Venezuelan officials and their families", both VENGOV) are one event to the user, as
     * PETRARCH codes each sentence's distinct events once. Done here, once targets placed by their locations are
     * known, so that an attack placed on its state ("air strikes on Aleppo", SYR) is never taken for one with no
     * target. The one kept is the most confident (the first among equals), in its place. Acts on different actors
     * stay apart, even of one code in one sentence ("jets struck Aleppo and Mosul" is one attack on SYR and one on
     * IRQ, "struck Aleppo and Homs" one on SYR: a dyad's event counts are what users read), as do an act asserted
     * and the same act planned or denied.
     */
    static List<Event> onePerDyad(List<Event> events) {
        Map<String, Event> best = new LinkedHashMap<>();
        for (Event e : events) {
            String key = e.evidence().sentence() + "|" + e.cameo() + "|" + (e.source() == null ? "" : e.source().code())
                + "|" + (e.target() == null ? "" : e.target().code()) + "|" + e.modality();
            Event kept = best.get(key);
            if (kept == null || e.evidence().confidence() > kept.evidence().confidence()) {
                best.put(key, e);
            }
        }
        if (best.size() == events.size()) {
            return events;
        }
        java.util.Set<Event> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(best.values());
        List<Event> out = new ArrayList<>(best.size());
        for (Event e : events) {
            if (keep.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Groups mentions into distinct actors (same code; people by name) with all their spans. */
    private static List<ActorEntity> entities(List<List<Mention>> mentions, List<ActorMention> flat,
                                              List<Sentence> sentences, Locator locator) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                String key = m.person() != null ? "P:" + m.person() : "A:" + m.actor().code() + ":" + m.actor().name();
                if (m.person() == null && m.actor().kind() == Actor.Kind.STATE) {
                    key = "A:" + m.actor().code();
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        List<ActorEntity> out = new ArrayList<>(groups.size());
        int index = 0;
        for (List<Mention> ms : groups.values()) {
            Mention best = ms.get(0);
            for (Mention m : ms) {
                if (m.resolvedBy().equals("title") && !best.resolvedBy().equals("title")) {
                    best = m;
                }
            }
            List<Span> spans = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                spans.add(m.span());
                flat.add(new ActorMention(m.actor(), m.span(), m.sentence(), m.role(), m.resolvedBy(), index,
                    actorLocation(m, sentences, locator)));
            }
            spans.sort(null);
            out.add(new ActorEntity(best.actor(), spans, best.role(), best.resolvedBy()));
            index++;
        }
        return out;
    }
}
