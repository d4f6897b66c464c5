package org.dyad.event;

import org.dyad.actor.Mention;
import org.dyad.actor.Sectors;
import org.dyad.model.Actor;
import org.dyad.model.Modality;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.DependencyGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Codes the events of one parsed sentence: matches lexicon patterns on the dependency graph, finds
 * source and target among the actor mentions (subject and object, by-agent of the passive,
 * prepositional objects, possessors of event nouns, coordinated actors), and decides modality
 * (negation, modal verbs, conditionals, embedding under want/plan/refuse).
 *
 * <p>Also applies one rule beyond the lexicon: reported obligation. "X said Y must/should/needs to
 * do Z" is X demanding of (must) or appealing to (should) Y, with the sub-code given by what Z is.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventCoder {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "nobody");
    /** Pronouns that, as subject or object, negate their clause: "nobody attacked the embassy". */
    private static final Set<String> NEGATIVE_PRONOUNS = Set.of("nobody", "none", "nothing", "noone");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> MODAL_AUX = Set.of("would", "could", "might", "may", "can", "should", "must",
        "ought", "ca", "'d");
    /** Verbs that make their infinitive complement not (yet) a fact. */
    private static final Set<String> IRREALIS = Set.of("want", "hope", "plan", "intend", "seek", "aim",
        "expect", "propose", "need", "wish", "prepare", "threaten", "offer", "agree", "promise", "pledge", "vow",
        "swear", "decide", "consider", "ask", "urge", "call", "demand", "plead", "appeal", "encourage", "press", "push",
        "order", "tell", "warn", "like", "prefer", "insist", "request", "recommend", "suggest", "require", "able", "ready", "willing", "prepared", "set", "due", "likely",
        "going", "have", "must", "should", "allow", "permit", "let", "help");
    private static final Set<String> NEGATING = Set.of("refuse", "fail", "decline", "deny", "reject", "avoid", "stop",
        "cease", "halt", "unable", "unwilling");
    /** Negating words that are a will not to act; being unable or stopping is no rejection. */
    private static final Set<String> REFUSING = Set.of("refuse", "decline", "reject", "unwilling");
    /** Verbs of ending what their complement does: stopping aid or talks reduces relations (CAMEO 16x). */
    private static final Set<String> CEASING = Set.of("stop", "cease", "halt", "suspend");
    /**
     * Verbs and nouns governing an event noun that make the noun not (yet) a fact ("called for talks", "need
     * cooperation", "a timetable for the withdrawal of US troops", "the threat of sanctions").
     */
    private static final Set<String> IRREALIS_NOUN_GOVERNORS = Set.of("want", "need", "seek", "demand", "urge",
        "call", "propose", "hope", "plan", "offer", "threaten", "request", "ask", "favour", "favor", "support",
        "require", "expect", "consider", "discuss", "reject", "oppose", "avoid", "prevent", "fear", "warn", "risk",
        "timetable", "schedule", "deadline", "roadmap", "proposal", "blueprint", "prospect", "possibility", "option",
        "threat", "bid", "promise", "pledge", "preparation", "push");
    /**
     * Verbs that keep the event their object noun names from standing as a new act, with what the text then says of
     * it: foiled ("police foiled a planned attack") or undone ("revoked his asylum", "overturned the conviction") is
     * {@link Modality#NEGATED}; called off or broken ("suspended its defence pact with France", "postponed talks with
     * the EU", "violated the ceasefire") is {@link Modality#HYPOTHETICAL}, since the act was agreed or planned but is
     * not reported as happening.
     */
    private static final Map<String, Modality> HALTING = halting();

    private static Map<String, Modality> halting() {
        Map<String, Modality> m = new HashMap<>();
        for (String v : List.of("foil", "thwart", "avert", "forestall", "preempt", "pre-empt", "intercept", "frustrate",
                "revoke", "rescind", "annul", "overturn", "quash", "nullify", "invalidate", "void", "repeal")) {
            m.put(v, Modality.NEGATED);
        }
        for (String v : List.of("suspend", "terminate", "cancel", "scrap", "abandon", "renounce", "quit", "exit",
                "shelve", "ditch", "repudiate", "postpone", "delay", "adjourn", "defer", "violate", "breach")) {
            m.put(v, Modality.HYPOTHETICAL);
        }
        return Map.copyOf(m);
    }
    /**
     * Nouns of remembrance whose of-complement is a past event recalled, not a new one: "marked the anniversary of
     * the attack", "a memorial to the victims of the bombing".
     */
    private static final Set<String> RETROSPECTIVE = Set.of("anniversary", "commemoration", "remembrance", "memorial",
        "memory");
    /** Roots of coercion and violence, whose reduced relatives describe victims ("the girls kidnapped in April"). */
    private static final Set<String> COERCIVE_ROOTS = Set.of("17", "18", "19", "20");
    private static final Set<String> SPEECH = Set.of("say", "stress", "insist", "add", "tell", "emphasize",
        "emphasise", "state", "declare", "argue", "note", "continue", "reiterate", "write", "urge", "warn", "believe",
        "think", "announce", "underline", "maintain", "conclude", "recommend", "suggest", "assert", "affirm", "contend",
        "repeat", "reply", "explain");

    /** Roots whose acts, done together by coordinated actors, are acts towards each other. */
    private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06");
    /** Codes of those roots that one side does alone, coordinated or not: praise, defend, rally support, recognise, apologise, forgive. */
    private static final Set<String> ONE_SIDED = Set.of("051", "052", "053", "054", "055", "056");
    /** Roots of comment on an act or agreement, which those who comment side by side make as one. */
    private static final Set<String> COMMENT_ROOTS = Set.of("01", "11", "12");
    /** Predicates that are mutual between coordinated actors even without a "with" in their pattern. */
    private static final Set<String> RECIPROCAL = Set.of("fight", "fighting", "clash", "battle", "meet", "meeting",
        "talk", "negotiate", "negotiation", "cooperate", "cooperation", "war", "skirmish", "trade", "summit");
    /** Participles that describe a standing relation when they modify a noun: "forces opposed to", "backed by". */
    private static final Set<String> RELATIONAL = Set.of("oppose", "back", "support", "ally", "link", "associate",
        "affiliate", "align", "tie", "connect", "base", "loyal", "sponsor", "fund", "arm", "inspire");
    /** Verbs whose content clause, in the passive its clausal subject, is reported: "a court was told (that) …". */
    private static final Set<String> REPORTING = Set.of("tell", "inform", "report", "brief", "allege", "claim");
    /**
     * Verbs whose event sense needs the pattern's preposition: bare, they mean something else ("vote
     * against {T}" is rejection, "voted to ban" is not; "trade with", "work with", "stand with", "rule
     * against", "pray for", "advance on"). Their prepositional patterns match only with the preposition.
     */
    private static final Set<String> PREPOSITION_SENSE = Set.of("vote", "trade", "work", "stand", "rule", "pray",
        "advance", "engage", "unite", "plead", "bow", "side", "rally", "campaign", "call");
    /** Verbs whose event sense needs an object (or a passive subject): bare, the subject undergoes it ("the ferry sank"). */
    private static final Set<String> OBJECT_SENSE = Set.of("sink");
    /** Verbs whose subject undergoes or reports the act their object names, not does it: "fled the war". */
    private static final Set<String> WITNESSING = Set.of("flee", "escape", "survive", "witness", "cover", "report",
        "document", "mourn", "commemorate", "mark", "remember", "describe", "film", "photograph", "evade", "recount", "recall");
    /**
     * Verbs whose subject stops or forbids what others do, so that the act their object noun names is not the
     * subject's: "police broke up the sit-in", "the army cleared the protest camp", "the governor banned the march".
     */
    private static final Set<String> SUPPRESSING = Set.of("disperse", "ban", "outlaw", "prohibit", "forbid",
        "crush", "suppress", "quell", "repress");
    /** Verbs that suppress a gathering they name ("cleared the sit-in") but approve or enter other things ("cleared the sale"). */
    private static final Set<String> SUPPRESSING_GATHERINGS = Set.of("clear", "storm", "raid");
    /** Heads of the nouns of protest gatherings (lexicon class GATHERING). */
    private static final Set<String> GATHERINGS = WordClasses.BUILT_IN.members("GATHERING").stream()
        .map(m -> m.substring(m.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Verbs that forbid what their object noun names, which is then not reported as happening: "banned the march". */
    private static final Set<String> FORBIDDING = Set.of("ban", "outlaw", "prohibit", "forbid");

    /**
     * Whether the verb at {@code v} suppresses what its object {@code noun} names ({@link #SUPPRESSING}, "break up",
     * or {@link #SUPPRESSING_GATHERINGS} of a protest gathering).
     */
    private static boolean suppressing(Sentence s, DependencyGraph g, int v, int noun) {
        String key = s.token(v).key();
        return SUPPRESSING.contains(key) || key.equals("break") && childWithLemma(s, g, v, "up", "compound:prt") >= 0
            || SUPPRESSING_GATHERINGS.contains(key) && GATHERINGS.contains(s.token(noun).key());
    }

    /** Verbs whose subject carries out the act their object names ("began joint patrols", "launched raids"). */
    private static final Set<String> CONDUCTING = Set.of("begin", "start", "launch", "conduct", "hold", "carry",
        "stage", "mount", "resume", "intensify", "step", "undertake", "open");
    /** Verbs of hosting whose bare-object sense needs a guest: "received the delegation", not "received weapons". */
    private static final Set<String> WELCOMING = Set.of("receive", "greet");
    private static final Set<String> GUESTS = Set.of("delegation", "envoy", "visitor", "guest", "mission", "team",
        "counterpart", "dignitary", "emissary", "representative", "group", "leader", "official", "minister");
    /** Participles that form "X-ruled Y" compounds, written without the hyphen too ("Taliban ruled Afghanistan"). */
    private static final Set<String> RULED = Set.of("rule", "lead", "control", "back", "hold", "occupy", "run", "dominate");
    /** Verbs whose of-complement is an allegation: "accused X of spying", "suspected of plotting". */
    private static final Set<String> ALLEGING = Set.of("accuse", "charge", "suspect", "blame", "convict", "indict",
        "condemn", "criticize", "criticise", "denounce", "fault", "allege");
    /**
     * Verbs of using, opening or putting up a thing, whose purpose clause ("used water cannon to disperse", "opened
     * the crossing to allow aid in", "built a wall to keep out migrants") is the doer's act, not the thing's.
     */
    private static final Set<String> USING = Set.of("use", "employ", "fire", "deploy", "send", "bring", "drop",
        "throw", "hurl", "launch", "shoot", "open", "reopen", "close", "shut", "seal", "build", "erect");
    /** Verbs of opening or putting up a thing, whose to-clause is its purpose, not a wish: "opened the crossing to allow". */
    private static final Set<String> OPENING = Set.of("open", "reopen", "close", "shut", "seal", "build", "erect");
    /** Verbs whose "with" clause is the alleged act: "charged five men with planning an attack". */
    private static final Set<String> CHARGING = Set.of("charge");
    /** Verbs of punishing and blaming whose for-phrase names the deed charged: "sentenced for the killing". */
    private static final Set<String> GROUNDED = Set.of("accuse", "charge", "suspect", "blame", "convict", "indict",
        "condemn", "criticize", "criticise", "denounce", "fault", "sentence", "jail", "imprison", "punish", "fine",
        "execute", "hang", "arrest", "detain", "prosecute", "try", "sue", "arraign", "extradite", "sanction", "rebuke",
        "reprimand", "censure", "slam", "blast", "apologize", "apologise");
    /** Verbs whose content clause is contested, not asserted: "denied that …". */
    private static final Set<String> DENYING = Set.of("deny", "dispute", "doubt", "question", "reject", "dismiss");
    /** Nouns whose content clause is a claim, not a fact: "allegations that troops killed civilians". */
    private static final Set<String> CLAIMS = Set.of("claim", "allegation", "accusation", "charge", "rumor", "rumour",
        "suggestion", "speculation", "suspicion", "assertion", "insinuation");
    /** Adverbs that pass an act on from others: "Russian jets allegedly bombed the hospital". */
    private static final Set<String> HEARSAY_ADVERBS = Set.of("allegedly", "reportedly", "purportedly", "supposedly",
        "reputedly", "apparently");
    /** Adjectives that do so for an event noun: "the alleged attack", "a suspected drone strike". */
    private static final Set<String> HEARSAY_ADJECTIVES = Set.of("alleged", "reported", "purported", "suspected",
        "supposed", "apparent");
    /** Passive verbs whose infinitive is passed on from others: "is said to have tested", "is believed to have". */
    private static final Set<String> HEARSAY_VERBS = Set.of("say", "report", "allege", "believe", "think", "understand",
        "rumour", "rumor", "claim", "suspect");
    /** Words that put their infinitive in the future: "scheduled to", "due to", "set to", "going to". */
    private static final Set<String> SCHEDULED = Set.of("schedule", "due", "set", "slate", "poise", "going");
    /** Roots whose events are addressed to someone who is to act: appeals, demands, threats, rejections of a demand. */
    private static final Set<String> ADDRESSED = Set.of("02", "10", "13");
    /** Roots whose events answer someone's proposal, demand or pressure, and so are aimed at its author. */
    private static final Set<String> REACTIONS = Set.of("08", "11", "12");
    /** Words of willingness whose cooperative complement is an intent: "willing to withdraw". */
    private static final Set<String> WILLING = Set.of("willing", "ready", "prepared", "committed", "commit", "agree",
        "offer", "promise", "pledge", "vow", "swear", "determined", "eager", "keen", "intend", "plan", "decide", "want", "hope",
        "prepare");
    /** Words of commitment whose gerund after "to" is promised, not done: "is committed to working with". */
    private static final Set<String> COMMITTING = Set.of("commit", "committed", "dedicated", "dedicate");
    /** Verbs whose infinitive complement did happen: "managed to cross", "began to shell". */
    private static final Set<String> IMPLICATIVE = Set.of("manage", "begin", "start", "continue", "proceed", "try", "attempt",
        "resume", "go", "dare", "get", "come", "happen", "tend", "use", "keep", "remember", "bother",
        "vote"); // a body that votes to act acts: "parliament voted to ban the party"
    /** Event nouns of leaving, whose "from" names the place left, not the doer: "withdrawal of troops from Panama". */
    private static final Set<String> MOTION_NOUNS = Set.of("withdrawal", "retreat", "pullout", "pull-out", "departure",
        "expulsion", "evacuation", "return", "exit", "removal", "deportation", "extradition", "release", "escape");
    /**
     * Nouns of acts done by their "of" ("the withdrawal of Russian troops", "the resignation of the prime
     * minister", "the surrender of the rebels"): nominalised intransitive verbs, whose of-phrase is their
     * subject when no possessor, adjective or governing verb's subject names the doer.
     */
    private static final Set<String> SUBJECT_OF_NOUNS = Set.of("withdrawal", "retreat", "pullout", "pull-out",
        "departure", "exit", "surrender", "resignation", "capitulation", "redeployment", "drawdown");
    /** Nouns of agreements, which a city may name ("the Paris agreement") without being a party. */
    private static final Set<String> AGREEMENTS = Set.of("agreement", "accord", "deal", "treaty", "pact", "protocol",
        "convention", "declaration", "accords");
    /** Verbs whose subject receives what their object noun names: "faced pressure from", "received threats". */
    private static final Set<String> RECEIVING = Set.of("face", "receive", "get", "suffer", "endure", "sustain",
        "undergo", "weather", "withstand", "attract", "draw", "win", "obtain", "secure");
    /**
     * Verbs of what an attack did to people or things: an attack noun that is their subject is a reported act even
     * when its doer is unknown ("the attack on the Turkish embassy killed two guards").
     */
    private static final Set<String> HARMING = Set.of("kill", "wound", "injure", "leave", "claim", "destroy", "damage",
        "maim", "hurt", "devastate", "flatten", "raze", "hit", "rock", "shake");
    /** Places built for a group of people, whose for-phrase names whose they are ("a camp for Syrian refugees"). */
    private static final Set<String> FACILITIES = Set.of("camp", "shelter", "school", "hospital", "clinic", "home",
        "centre", "center", "settlement", "housing", "orphanage", "hostel", "dormitory", "mosque", "church", "temple");
    /** Verbs of conveying people: a vehicle carrying them is theirs for the act done to it ("a bus carrying pilgrims"). */
    private static final Set<String> CARRYING = Set.of("carry", "transport", "ferry");
    /** Verbs of give-and-take: an act their coordinated subjects trade each does to the others. */
    private static final Set<String> TRADING = Set.of("trade", "exchange", "swap");
    /** Sectors whose members strike by stopping work: "teachers struck", not "jets struck". */
    private static final Set<String> STRIKING = Set.of("LAB", "EDU", "HLH", "BUS", "AGR", "CVL", "MED", "JUD");
    /** Verbs whose subject gets a thing from a giver: "received weapons from Iran", "won a loan from the IMF". */
    private static final Set<String> GETTING = Set.of("receive", "get", "obtain", "win", "secure", "accept");
    /** Verbs of giving whose "VERB THING to {T}" entries say what giving a received thing is. */
    private static final List<String> GIVING = List.of("provide", "give", "send", "supply", "deliver");
    /** Verbs of sending people or things somewhere, whose purpose clause is an errand not yet done. */
    private static final Set<String> DISPATCHING = Set.of("send", "dispatch", "deploy", "despatch", "fly", "rush",
        "airlift", "post", "station", "assign", "second");
    /** Verbs of helping with an act another does: "helped fight the gangs". */
    private static final Set<String> HELPING = Set.of("help", "assist");
    /** Verbs of buying: a thing bought from a seller is the seller's sale ("bought missiles from Russia"). */
    private static final Set<String> BUYING = Set.of("buy", "purchase", "import", "acquire", "order");
    /** Verbs of wanting and planning that make an intended attack a threat: "wants to attack". */
    private static final Set<String> INTENDING = Set.of("want", "plan", "intend", "vow", "prepare", "aim", "seek",
        "pledge", "promise", "resolve", "decide", "mean", "swear");
    /** Verbs of promising whose hostile complement is a threat, not an intent to cooperate: "pledged to destroy". */
    private static final Set<String> SWORN = Set.of("promise", "pledge", "vow", "swear");
    /**
     * Nouns that stand for a part, amount or group of what their "of" names: "suspended part of the aid",
     * "sent 20 tonnes of medicine", "admitted a team of observers" act on the aid, medicine, observers.
     */
    private static final Set<String> PARTITIVES = Set.of("part", "portion", "bulk", "rest", "half", "some", "most",
        "all", "many", "several", "number", "dozen", "hundred", "thousand", "tonne", "ton", "kilogram", "kilo",
        "batch", "consignment", "shipment", "load", "truckload", "planeload", "team", "group", "mission",
        "delegation", "contingent", "unit", "squad", "body", "panel", "kg", "gram", "pound", "lb", "litre", "liter",
        "gallon", "barrel", "box", "crate", "sack", "bag", "carton", "pallet", "container", "convoy", "supply",
        "round", "series", "wave", "spate", "string", "volley", "barrage", "salvo", "flurry");
    /** Money whose "in" names what it is paid as: "provided $200 million in economic aid", "500 million euros in loans". */
    private static final Set<String> CURRENCIES = Set.of("dollar", "euro", "pound", "yen", "yuan", "rupee", "ruble",
        "rouble", "franc", "riyal", "dinar", "dirham", "peso", "shekel", "lira", "krone", "krona", "rand", "naira",
        "real", "won", "million", "billion", "trillion");
    /** Nouns that name an undertaking by what their compound says: "halted its aid programme" halted aid. */
    private static final Set<String> PROGRAMMES = Set.of("program", "programme", "package", "scheme");
    /** Verbs that claim a deed as one's own when their subject did it: "claimed that it had bombed". */
    private static final Set<String> ANNOUNCING = Set.of("announce", "declare", "unveil", "proclaim");
    private static final Set<String> CLAIMING = Set.of("claim", "admit", "acknowledge", "confirm", "boast");
    /** Verbs of approval whose negation is disapproval: "we cannot accept it". */
    private static final Set<String> APPROVAL = Set.of("accept", "tolerate", "condone", "approve", "endorse", "welcome",
        "support", "back", "countenance");

    /**
     * Codes of acts a force does to itself, whose agentless passive names the doer as its subject: "500
     * fighters were demobilised" is the fighters standing down (0873), whoever signed the order.
     */
    private static final Set<String> SELF_DIRECTED = Set.of("0873");

    private final Lexicon lexicon;
    private final Sectors sectors;
    private final boolean literal;

    public EventCoder(Lexicon lexicon, Sectors sectors) {
        this(lexicon, sectors, false);
    }

    /**
     * @param literal code as the lexicon says and nothing more, as TABARI/PETRARCH do with their own
     *                dictionaries (whose codes need not be CAMEO): the rules that derive further events
     *                from CAMEO codes (intents, refusals, threats, reciprocal consultations, reported
     *                obligations, negated approval, capitals attacked as places) are off, and future and
     *                conditional events count as asserted; a negation stays unless the pattern names
     *                words before the verb ("will not", "did n't"), which then decide the code; names the
     *                dictionaries do not know (code {@code ---}) are not actors
     */
    public EventCoder(Lexicon lexicon, Sectors sectors, boolean literal) {
        this.lexicon = lexicon;
        this.sectors = sectors;
        this.literal = literal;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Whether a sentence may hold an event: some token's lemma heads a lexicon pattern. */
    public boolean mayHoldEvent(Sentence s) {
        for (Token t : s.tokens()) {
            if ((t.isVerb() || t.isNoun() || t.isAdjective()) && lexicon.isTrigger(t.key(), t.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** The events of a parsed sentence given its actor mentions. Returns an empty list for unparsed sentences. */
    public List<EventMention> code(Sentence s, List<Mention> mentions) {
        if (!s.parsed()) {
            return List.of();
        }
        if (literal) {
            // as TABARI/PETRARCH: a name the dictionaries do not know is no actor (a title gives ---GOV)
            mentions = mentions.stream().filter(x -> !x.actor().code().equals("---")).toList();
        }
        SentenceActors actors = new SentenceActors(s, mentions, sectors);
        DependencyGraph g = s.graph();
        List<EventMention> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (actors.at(t.index()) != null) {
                continue; // "opposition" in "the Syrian opposition" names an actor, not an event
            }
            if (t.tag().equals("VBN") && g.relationToHead(t.index()).equals("acl") && RELATIONAL.contains(t.key())) {
                continue; // "forces opposed to Assad", "militants linked to al-Qaeda" describe, they report no event
            }
            Match best = null;
            List<Match> verbMatches = new ArrayList<>(2);
            if (t.isVerb() || t.isAdjective()) {
                for (LexiconEntry e : lexicon.verbs(t.key(), t.lowerWord())) {
                    boolean fits = e.pattern().copula() ? t.isAdjective() || t.tag().equals("VBN") : t.isVerb();
                    if (!fits) {
                        continue;
                    }
                    Match m = matchVerb(e, s, g, t.index(), actors);
                    if (m != null) {
                        verbMatches.add(m);
                    }
                    if (m != null && (best == null || m.score > best.score)) {
                        best = m;
                    }
                }
            }
            if (!literal && best != null && (best.target < 0 || actors.actors(best.target).isEmpty())) {
                // "hosted Hashimoto for an informal meeting": "host meeting" wins, "host {T}" of the same code
                // knows whom
                for (Match m : verbMatches) {
                    if (m != best && m.target >= 0 && m.entry.code().equals(best.entry.code()) && !best.words.contains(m.target)
                        && m.target != best.source && !actors.actors(m.target).isEmpty()) {
                        best.target = m.target;
                        best.targetFromModifier = false;
                        break;
                    }
                }
            }
            if (t.isNoun()) {
                for (LexiconEntry e : lexicon.nouns(t.key(), t.lowerWord())) {
                    Match m = matchNoun(e, s, g, t.index());
                    if (m != null && (best == null || m.score > best.score)) {
                        best = m;
                    }
                }
            }
            if (best != null) {
                emit(best, s, g, actors, out);
            }
        }
        if (literal) {
            return dedupe(withoutNestedNouns(s, g, out));
        }
        out = declaredOver(s, g, out);
        receipts(s, g, actors, out);
        reportedObligations(s, g, actors, out);
        negatedApprovals(s, g, actors, out);
        authorizedAid(s, g, actors, out);
        suspensions(s, g, actors, out);
        claims(s, g, actors, out);
        allegations(s, g, actors, out);
        purposeProtests(s, g, out);
        insistences(s, g, actors, out);
        out = withoutHostedEvents(g, out);
        List<EventMention> all = consultations(s, refusals(s, g, threats(s, g, actors, willingness(s, g,
            futureThreats(s, g, futureIntents(s, intents(s, g, decisions(s, g, notRuledOut(s, g, targetsAsPlaces(askedActs(g, subCodes(s, g, out))))))))))));
        return dedupe(withoutNestedNouns(s, g, hearsay(s, g, denials(s, g, consequences(s, g, all)))));
    }

    /** Verbs of force posture that forces may do by themselves: "troops deployed", "tanks massed", "reservists mobilised". */
    private static final Set<String> DEPLOYING = Set.of("deploy", "redeploy", "mass", "mobilize", "mobilise", "amass");

    /** Verbs that declare something to be in a state: "declared the truce over", "pronounced the deal dead". */
    private static final Set<String> DECLARING = Set.of("declare", "pronounce");

    /** Predicates that say something has ended: "declared the ceasefire over", "declared the accord null and void". */
    private static final Set<String> ENDED = Set.of("over", "dead", "void", "null", "finished", "ended", "defunct",
        "invalid", "obsolete", "terminated");

    /** Agreements by any name ({@code classes.tsv} AGREEMENT: deals, treaties, ceasefires, truces). */
    private static final Set<String> AGREEMENT_WORDS = Set.copyOf(WordClasses.BUILT_IN.members("AGREEMENT"));

    /**
     * Declaring a thing over undoes it: "the rebels declared the ceasefire over" ends a ceasefire, it declares none.
     * An agreement or ceasefire declared over, dead or void is left (160, as withdrawing from an agreement); any
     * other act the declaration matched ("declared a state of emergency", 0871 "declared a truce") is dropped,
     * while a plain statement (root 01) stays.
     */
    private static List<EventMention> declaredOver(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            int verb = e.trigger();
            for (int up = 0; up < 2 && verb >= 0 && !DECLARING.contains(s.token(verb).key()); up++) {
                verb = g.head(verb); // "declared the truce over": the truce's own event noun
            }
            int declared = verb >= 0 && DECLARING.contains(s.token(verb).key()) ? declaredEnded(s, g, verb) : -1;
            if (declared >= 0 && verb != e.trigger() && declared != e.trigger()) {
                declared = -1; // an event noun elsewhere in the clause
            }
            if (declared < 0) {
                out.add(e);
            } else if (AGREEMENT_WORDS.contains(s.token(declared).key())) {
                Mention target = e.code().startsWith("01") ? null : e.target();
                out.add(new EventMention("160", e.rule() + "+declared-over", e.sentence(), e.trigger(), e.words(),
                    e.source(), target, e.modality(), e.confidence()));
            } else if (e.code().startsWith("01")) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The object of the declaring verb {@code verb} when a word after it says it has ended ("declared the truce
     * over", "declared the truce with Israel over on Tuesday", "declared the deal null and void"), else -1. An
     * "over" that opens a noun phrase is a preposition ("declared a truce over the holiday").
     */
    private static int declaredEnded(Sentence s, DependencyGraph g, int verb) {
        for (int x : g.children(verb, "xcomp")) {
            if (ENDED.contains(s.token(x).lowerWord())) {
                // "declared the agreement void" parsed as a small clause: void(agreement)
                for (int subject : g.children(x, "nsubj")) {
                    if (s.token(subject).isNoun()) {
                        return subject;
                    }
                }
            }
        }
        int object = -1;
        for (Dependency d : g.children(verb)) {
            if ((d.relation().equals("obj") || d.relation().equals("xcomp") || d.relation().equals("nsubj:pass"))
                && s.token(d.dependent()).isNoun()) {
                object = d.dependent();
                break;
            }
        }
        if (object < 0) {
            return -1;
        }
        for (int i = Math.max(object, verb) + 1; i < s.size(); i++) {
            Token t = s.token(i);
            if (ENDED.contains(t.lowerWord())) {
                String next = i + 1 < s.size() ? s.token(i + 1).tag() : ".";
                boolean preposition = t.lowerWord().equals("over")
                    && (next.startsWith("DT") || next.startsWith("NN") || next.startsWith("PRP") || next.startsWith("JJ")
                    || next.equals("CD"));
                return preposition ? -1 : object;
            }
            if (t.isVerb() || t.tag().equals(",") || t.tag().equals(":") || t.tag().equals("WDT")) {
                return -1; // another clause begins
            }
        }
        return -1;
    }

    /**
     * Acts the text passes on from others without vouching for them ("Russian jets allegedly bombed the hospital",
     * "troops reportedly shelled the town", "North Korea is said to have tested a missile", "the alleged attack")
     * keep their modality (Dyad has no modality for hearsay: the text does report the act) but lose 0.2 of their
     * confidence, and their rule says so ("+hearsay").
     */
    private static List<EventMention> hearsay(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            if (hearsay(s, g, e.trigger())) {
                e = new EventMention(e.code(), e.rule() + "+hearsay", e.sentence(), e.trigger(), e.words(), e.source(),
                    e.target(), e.modality(), Math.max(0.05, Math.round((e.confidence() - 0.2) * 100) / 100.0));
            }
            out.add(e);
        }
        return out;
    }

    /** Whether the act at this word is passed on as hearsay: its clause, or one it is the complement of, says so. */
    private static boolean hearsay(Sentence s, DependencyGraph g, int h) {
        int cur = h;
        if (s.token(cur).isNoun()) {
            if (hasChild(s, g, cur, "amod", HEARSAY_ADJECTIVES)) {
                return true; // "the alleged attack", "a suspected US drone strike"
            }
            String r = g.relationToHead(cur);
            if (g.head(cur) < 0 || r == null || !(r.equals("obj") || r.startsWith("nsubj:pass"))) {
                return false;
            }
            cur = g.head(cur); // "allegedly carried out the attack"
        }
        for (int depth = 0; depth < 3 && cur >= 0; depth++) {
            if (hasChild(s, g, cur, "advmod", HEARSAY_ADVERBS)) {
                return true;
            }
            String r = g.relationToHead(cur);
            int up = g.head(cur);
            if (up < 0 || r == null || !r.startsWith("xcomp")) {
                return false;
            }
            if (HEARSAY_VERBS.contains(s.token(up).key()) && passiveVerb(g, up)) {
                return true; // "is said to have tested", "are believed to have fled"
            }
            cur = up; // "reportedly tried to storm the building"
        }
        return false;
    }

    private static boolean passiveVerb(DependencyGraph g, int h) {
        return g.hasChild(h, "aux:pass") || g.hasChild(h, "nsubj:pass");
    }

    private static boolean hasChild(Sentence s, DependencyGraph g, int h, String relation, Set<String> words) {
        for (int c : g.children(h, relation)) {
            if (words.contains(s.token(c).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Denying responsibility (016) is denying one's own deed: "Russia denied bombing the hospital", "Turkey denied
     * that it had shot down the drone", "Moscow denied that Russian jets had bombed it", "denied that the group had
     * attacked the convoy". A bare "denied that …" whose clause names another's act ("Egypt denied that Israeli jets
     * had struck Sinai") or no act at all ("the ministry denied that the president was ill") is a statement (010).
     */
    private List<EventMention> denials(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            if (e.code().equals("016") && e.source() != null && e.words().size() == 1
                && s.token(e.trigger()).key().equals("deny") && !g.hasChild(e.trigger(), "obj")
                && !g.hasChild(e.trigger(), "xcomp")) {
                List<Integer> clauses = g.children(e.trigger(), "ccomp");
                boolean own = false;
                boolean other = false;
                for (int c : clauses) {
                    boolean act = lexicon.isTrigger(s.token(c).key(), s.token(c).lowerWord());
                    for (EventMention x : events) {
                        if (x == e || x.trigger() != c && g.head(x.trigger()) != c) {
                            continue;
                        }
                        act = true;
                        if (x.source() == null || sameSide(e.source(), x.source())
                            || x.source().actor().code().startsWith("---") || e.source().actor().code().startsWith("---")) {
                            // "denied that the hospital had been bombed", "the Israeli army denied that soldiers had
                            // fired", "the foreign ministry denied that Iran had sent weapons": a doer unnamed, or a doer
                            // or denier of no named state, may be the denier's own
                            own = true;
                        } else {
                            other = true;
                        }
                    }
                    for (int subj : g.children(c, "nsubj")) {
                        String w = s.token(subj).lowerWord();
                        own |= w.equals("it") || w.equals("they") || w.equals("he") || w.equals("she") || w.equals("we")
                            || w.equals("i");
                    }
                    other |= !act;
                }
                if (!own && other) {
                    e = new EventMention("010", e.rule() + "+another", e.sentence(), e.trigger(), e.words(), e.source(),
                        e.target(), e.modality(), e.confidence());
                }
            }
            out.add(e);
        }
        return out;
    }

    /** Whether two actors are one side: the same code, or the same state ("Moscow" and "Russian jets"). */
    private static boolean sameSide(Mention a, Mention b) {
        return a.actor().code().equals(b.actor().code())
            || a.actor().country() != null && a.actor().country().equals(b.actor().country());
    }

    // ---------------------------------------------------------------------------------------------
    // pattern matching

    /** A pattern matched at a token. */
    private static final class Match {
        final LexiconEntry entry;
        final int head;
        final Set<Integer> words = new TreeSet<>();
        int target = -1;
        boolean targetMissing;
        int xcomp = -1;
        int object = -1;
        /** The object of a particle verb read as a complement ("call off strike"), or -1. */
        int particleObject = -1;
        /** The nouns the fixed object was found inside ("part" and "programme" in "part of its aid programme"). */
        final List<Integer> containers = new ArrayList<>(2);
        /** The nouns of fixed prepositional complements ("resignation" in "call for resignation of {T}"). */
        final List<Integer> complements = new ArrayList<>(2);
        boolean targetFromModifier;
        double modifierBonus;
        double score;
        /** Set by a {@link Pattern.Sequence}: the source it placed, whether it placed the target, its compound, its modality words. */
        int source = -1;
        boolean placedTarget;
        boolean mutual;
        boolean modified;
        /** The sentence matched in, for the tokens' entity classes. */
        final Sentence sentence;

        Match(LexiconEntry entry, int head, Sentence sentence) {
            this.entry = entry;
            this.head = head;
            this.sentence = sentence;
            words.add(head);
        }
    }

    /** The verb of taking part whose in-phrase is the noun {@code h} ("engaged in fighting"), or -1. */
    private static int participant(Sentence s, DependencyGraph g, int h) {
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().equals("obl:in") && PARTICIPATING.contains(s.token(p.governor()).key())) {
                return p.governor();
            }
        }
        return -1;
    }

    private Match matchVerb(LexiconEntry e, Sentence s, DependencyGraph g, int h, SentenceActors actors) {
        if (e.code().startsWith("01") && HEARSAY_VERBS.contains(s.token(h).key()) && (passiveVerb(g, h) || reducedPassive(s, g, h))
            && g.children(h, "xcomp").stream().anyMatch(x -> hasMark(s, g, x, "to"))) {
            return null; // "soldiers said to be loyal to the general", "were said to be": hearsay, nobody's statement
        }
        if ((s.token(h).key().equals("engage") || s.token(h).key().equals("involve")) && !g.children(h, "obl:in").isEmpty()) {
            return null; // "engaged in talks with X": the act is the in-phrase's noun, not engaging with X
        }
        if (NEGATING.contains(s.token(h).key())) {
            for (int x : g.children(h, "xcomp")) {
                if (s.token(x).key().equals("rule") && childWithLemma(s, g, x, "out", "compound:prt", "advmod") >= 0) {
                    return null; // "refused to rule out sanctions" keeps them open (a threat), it rejects nothing
                }
            }
        }
        if (s.token(h).key().equals("call") && e.code().startsWith("041") && (g.children(h, "obj").size() > 1
            || g.children(h, "xcomp").stream().anyMatch(x -> !hasMark(s, g, x, "to")) || g.hasChild(h, "obl:npmod")
            || g.children(h, "obj").stream().anyMatch(o -> s.token(o).tag().startsWith("W")))) {
            return null; // "called the election a farce" (the parser's xcomp or npmod), "what he called Russia's
            // bombing": naming, not calling
            // ("called Netanyahu to discuss the deal" is a call with its purpose)
        }
        if (s.token(h).key().equals("call") && e.code().startsWith("041") && !g.hasChild(h, "obj") && !g.hasChild(h, "nsubj:pass")) {
            return null; // "called Monday on Muslims to unite", "called for calm": nobody is called
        }
        Match m = new Match(e, h, s);
        List<Pattern.Element> els = e.pattern().elements();
        boolean reduced = reducedPassive(s, g, h);
        boolean passive = g.hasChild(h, "nsubj:pass") || g.hasChild(h, "aux:pass") || reduced;
        Pattern.Sequence sequence = e.pattern().sequence();
        if (sequence != null) {
            SequenceMatcher.Result r = SequenceMatcher.match(s, h, sequence, actors);
            if (r == null) {
                return null;
            }
            m.words.addAll(r.words());
            m.source = r.source();
            m.target = r.target();
            m.placedTarget = r.target() >= 0;
            m.mutual = r.mutual();
            m.modified = r.modified();
        }
        // first the fixed words, then the target slots (which may precede them in the pattern)
        for (int i = 0; i < els.size(); i++) {
            Pattern.Element el = els.get(i);
            if (el instanceof Pattern.Particle p) {
                int c = childWithLemma(s, g, h, p.lemma(), "compound:prt", "advmod", "case", "mark");
                if (c >= 0) {
                    m.words.add(c);
                } else if (!hasPrepRelation(g, h, p.lemma()) && !(m.object >= 0 && hasPrepRelation(g, m.object, p.lemma()))) {
                    return null;
                }
            } else if (el instanceof Pattern.Object o) {
                // after "to VERB" the object is the infinitive's ("agree to hold elections")
                int host = m.xcomp >= 0 ? m.xcomp : h;
                int c = objectChild(s, g, host, o.lemma(), host == h ? passive
                    : g.hasChild(host, "nsubj:pass") || g.hasChild(host, "aux:pass"));
                if (c < 0) {
                    c = containedObject(s, g, host, o.lemma(), m.containers);
                }
                if (c < 0 && o.lemma().equals("territory") && o.modifiers().isEmpty()) {
                    c = placeObject(s, g, host);
                }
                if (c < 0 && host == h && !passive && e.code().startsWith("15") && DEPLOYING.contains(s.token(h).key())
                    && !g.hasChild(h, "obj")) {
                    // "Lebanese troops deployed in Tripoli", "tanks massed on the border": forces that deploy
                    // themselves are both what is deployed and who deploys it
                    c = childWithLemma(s, g, h, o.lemma(), "nsubj");
                    if (c >= 0) {
                        m.source = c;
                    }
                }
                if (c < 0 || !hasModifiers(s, g, c, o.modifiers())
                    && !(!m.containers.isEmpty() && hasModifiers(s, g, m.containers.get(m.containers.size() - 1), o.modifiers()))) {
                    return null; // "military aid programme" may hang "military" on the programme
                }
                m.object = c;
                m.words.add(c);
                m.modifierBonus += o.modifiers().size();
            } else if (el instanceof Pattern.Infinitive inf) {
                int c = inf.verb().equals("*") ? firstChild(g, h, m, "xcomp")
                    : childWithLemma(s, g, h, inf.verb(), "xcomp", "advcl", "obl:to", "ccomp");
                if (c < 0 && m.object >= 0) {
                    c = childWithLemma(s, g, m.object, inf.verb(), "acl", "acl:to", "nmod:to");
                }
                if (c < 0 && !m.complements.isEmpty()) {
                    // "call for end to fighting": the "to" phrase hangs on the complement's noun
                    c = childWithLemma(s, g, m.complements.get(m.complements.size() - 1), inf.verb(), "acl", "acl:to", "nmod:to");
                }
                if (c < 0 && i + 1 < els.size() && els.get(i + 1) instanceof Pattern.Object o) {
                    // "agree to prisoner swap", "call for end to martial law": the pattern's "to WORD NOUN" is a
                    // prepositional phrase, not an infinitive with its object
                    List<String> mods = new ArrayList<>(o.modifiers());
                    mods.add(0, inf.verb());
                    int pp = prepChild(s, g, new ArrayList<>(m.words), "to", o.lemma());
                    if (pp >= 0 && hasModifiers(s, g, pp, mods)) {
                        m.words.add(pp);
                        m.modifierBonus += mods.size();
                        i++;
                        continue;
                    }
                }
                if (c < 0) {
                    return null;
                }
                if (inf.verb().equals("*")) {
                    m.modifierBonus -= 0.25; // "order {T} to leave" names the act that "order {T} to *" leaves open
                }
                m.xcomp = c;
                m.words.add(c);
            } else if (el instanceof Pattern.Complement cp) {
                int c = prepChild(s, g, anchors(m), cp.preposition(), cp.lemma());
                if (c < 0) {
                    c = containedComplement(s, g, anchors(m), cp.preposition(), cp.lemma(), m.containers);
                }
                if (c < 0 && i > 0 && els.get(i - 1) instanceof Pattern.TargetPrep tp) {
                    // "pleaded with Western governments for weapons": the complement hung on the target's phrase
                    for (Dependency d : g.children(m.xcomp >= 0 ? m.xcomp : h)) {
                        if (c < 0 && isPrepRelation(d, tp.preposition())) {
                            c = prepChild(s, g, List.of(d.dependent()), cp.preposition(), cp.lemma());
                        }
                    }
                }
                if (c < 0 && i > 0 && els.get(i - 1) instanceof Pattern.TargetObject) {
                    // "investigated a former governor for money laundering": the parser often hangs the
                    // complement that follows the target object on that object instead of on the verb
                    int host = m.xcomp >= 0 ? m.xcomp : h;
                    for (int o : g.children(host, passive ? "nsubj:pass" : "obj")) {
                        c = prepChild(s, g, List.of(o), cp.preposition(), cp.lemma());
                        if (c >= 0) {
                            break;
                        }
                    }
                }
                if (c < 0) {
                    // "call off strike": a particle and an object
                    int prt = childWithLemma(s, g, h, cp.preposition(), "compound:prt", "advmod");
                    int obj = prt >= 0 ? objectChild(s, g, h, cp.lemma(), passive) : -1;
                    if (obj < 0 && prt >= 0) {
                        obj = containedObject(s, g, h, cp.lemma(), m.containers); // "handed over tonnes of food"
                    }
                    if (obj < 0) {
                        return null;
                    }
                    m.words.add(prt);
                    c = obj;
                    m.particleObject = obj; // "broke off contact with X": X hangs from the object
                }
                if (!hasModifiers(s, g, c, cp.modifiers())) {
                    return null; // "go on hunger strike" needs "hunger"
                }
                m.words.add(c);
                m.complements.add(c);
                m.modifierBonus += cp.modifiers().size();
            }
        }
        for (int i = 0; i < els.size(); i++) {
            Pattern.Element el = els.get(i);
            if (el instanceof Pattern.TargetObject) {
                boolean afterInfinitive = false;
                for (int k = 0; k < i; k++) {
                    afterInfinitive |= els.get(k) instanceof Pattern.Infinitive;
                }
                int host = afterInfinitive && m.xcomp >= 0 ? m.xcomp : h;
                // "give Tanzania a grant": of two objects, the one that names an actor
                int c = firstActorChild(g, host, m, actors, "iobj", "obj");
                if (c < 0) {
                    c = firstChild(g, host, m, "obj", "iobj");
                }
                if (c < 0 && host == h && passive) {
                    c = firstChild(g, h, m, "nsubj:pass");
                }
                if (c < 0 && host == h && !passive && !e.code().equals("190")) {
                    // "police beat and arrested dozens of students": an object after both coordinated verbs, which the
                    // parser hangs on the first, is the second's as well ("shot and killed a gunman" stays one attack:
                    // a generic killing after another act is its outcome)
                    for (Dependency p : g.parents(h)) {
                        if (c < 0 && p.governor() >= 0 && p.governor() < h && p.relation().startsWith("conj")
                            && s.token(p.governor()).isVerb()) {
                            for (int o : g.children(p.governor(), "obj")) {
                                if (o > h && !m.words.contains(o)) {
                                    c = o;
                                    break;
                                }
                            }
                        }
                    }
                }
                if (c < 0 && host == h && reduced && !m.words.contains(g.head(h))) {
                    c = g.head(h); // "sailors detained in the Gulf": the noun a passive participle describes
                }
                if (c < 0 && host == h) {
                    // object control parsed as the xcomp's subject ("urge them to withdraw")
                    List<Integer> ownSubjects = g.children(h, "nsubj");
                    for (int x : g.children(h, "xcomp")) {
                        int xs = firstChild(g, x, m, "nsubj", "nsubj:xsubj");
                        if (xs >= 0 && !ownSubjects.contains(xs)) {
                            c = xs; // the xcomp's own subject, not the one it shares with h
                            break;
                        }
                    }
                }
                if (c < 0 && els.size() == 1 && host == h && hasDirection(g, h)) {
                    return null; // "returned to Geneva": the verb's motion sense, not "return something"
                }
                if (c < 0 && els.size() == 1 && host == h && OBJECT_SENSE.contains(e.pattern().head())) {
                    return null; // "the boats sank after colliding": sinking oneself attacks no one
                }
                if (c >= 0 && els.size() == 1 && host == h && WELCOMING.contains(e.pattern().head())
                    && actors.actors(c).isEmpty() && !GUESTS.contains(s.token(c).key())) {
                    return null; // "received weapons", "greeted the news": hosting is of people
                }
                setTarget(m, c);
            } else if (el instanceof Pattern.TargetPhrase) {
                if (m.target < 0 && !m.mutual) {
                    setTarget(m, SequenceMatcher.defaultTarget(s, h, actors, m.words));
                }
            } else if (el instanceof Pattern.TargetPrep tp) {
                int c = prepTarget(g, anchors(m), tp.preposition(), m);
                if (c < 0 && !m.complements.isEmpty()) {
                    c = prepTarget(g, m.complements, tp.preposition(), m); // "called for the resignation of the president"
                }
                if (c < 0 && tp.orParticle() && childWithLemma(s, g, h, tp.preposition(), "compound:prt", "advmod") >= 0) {
                    m.words.add(childWithLemma(s, g, h, tp.preposition(), "compound:prt", "advmod"));
                    c = firstChild(g, h, m, "obj");
                    if (c >= 0 && c < childWithLemma(s, g, h, tp.preposition(), "compound:prt", "advmod")
                        && (tp.preposition().equals("on") || tp.preposition().equals("upon"))) {
                        return null; // "called Merkel on Tuesday": an "on" after the object is no "call on {T}"
                    }
                    if (c < 0 && passive) {
                        c = firstChild(g, h, m, "nsubj:pass"); // "the airliner was blown up"
                    }
                }
                if (c < 0) {
                    // "unite and mobilise against X": coordinated verbs share a phrase the parser gives the last one
                    for (int conj : g.children(h, "conj")) {
                        if (c < 0 && s.token(conj).isVerb()) {
                            c = prepTarget(g, List.of(conj), tp.preposition(), m);
                        }
                    }
                }
                if (c < 0 && tp.preposition().equals("to") && m.object >= 0 && !passive) {
                    // "gave the rebels an ultimatum", "sent Kiev a warning": the dative shift of "to {T}"
                    c = firstChild(g, h, m, "iobj");
                    if (c < 0) {
                        for (int o : g.children(h, "obj")) {
                            if (o < m.object && !m.words.contains(o) && !m.containers.contains(o) && !actors.actors(o).isEmpty()) {
                                c = o; // two objects, the first naming an actor
                                break;
                            }
                        }
                    }
                }
                if (c < 0 && tp.preposition().equals("of") && m.object >= 0) {
                    // "suspended Burundi's membership": the possessor is the of-phrase ("membership of Burundi")
                    c = firstChild(g, m.object, m, "nmod:poss");
                }
                if (c < 0 && PREPOSITION_SENSE.contains(e.pattern().head())) {
                    return null; // "voted to ban", "traded accusations", "worked through the night": not the prepositional sense
                }
                setTarget(m, c);
            }
        }
        if (!e.pattern().hasTarget()) {
            // "released Palestinian prisoners": the fixed object's own actor is the one acted on;
            // "pledged to provide aid to Ukraine": the complement's target is the intent's target
            int affected = m.object >= 0 ? modifierActorToken(g, m.object, actors) : -1;
            int particleOwner = m.particleObject >= 0 ? modifierActorToken(g, m.particleObject, actors) : -1;
            if (affected < 0 && particleOwner >= 0 && !actors.actors(particleOwner).isEmpty()) {
                affected = particleOwner; // "broke up an opposition rally", "broke up a protest by students"
            }
            int done = m.object >= 0 ? m.object : m.particleObject;
            if (done >= 0 && (affected < 0 || actors.actors(affected).isEmpty()) && !actors.actors(done).isEmpty()
                && COERCIVE_ROOTS.contains(e.code().substring(0, 2))) {
                affected = done; // "killed dozens of protesters", "expelled journalists": the people it is done to
            }
            for (int c : m.complements) {
                // "fired on Kashmiri protesters": the people a coercive act's fixed complement names are acted on
                if (affected < 0 && COERCIVE_ROOTS.contains(e.code().substring(0, 2))) {
                    int owner = modifierActorToken(g, c, actors);
                    affected = owner >= 0 && !actors.actors(owner).isEmpty() ? owner
                        : !actors.actors(c).isEmpty() ? c : -1;
                }
            }
            m.targetFromModifier = affected >= 0;
            if (affected < 0) {
                int x = m.xcomp >= 0 ? m.xcomp : firstChild(g, h, m, "xcomp");
                affected = x >= 0 ? complementTarget(s, g, x, m) : -1;
            }
            if (affected < 0 && els.stream().anyMatch(el -> el instanceof Pattern.Complement)) {
                // "withdrew from the deal with Iran" with the with-phrase parsed on the verb: the partner
                int with = prepTarget(g, List.of(h), "with", m);
                affected = with >= 0 && !actors.actors(with).isEmpty() ? with : -1;
            }
            int thing = m.object >= 0 ? m.object : m.particleObject; // "handed over the bodies"
            if (affected < 0 && e.code().startsWith("0841") && thing >= 0 && !actors.actors(thing).isEmpty()) {
                affected = thing; // "freed the hostages", "hostages were released": the freed are acted on
            }
            if ((affected < 0 || actors.actors(affected).isEmpty() && ownerActors(g, affected, actors).isEmpty())
                && (thing < 0 || ownerActors(g, thing, actors).isEmpty())
                && (e.code().startsWith("08") || e.code().startsWith("07") || e.code().startsWith("033"))) {
                // "returned the seized vessels to Ukraine", "handed over the islands to Saudi Arabia", "pledged
                // 50 million euros in emergency aid to Nepal": what is yielded, given or pledged goes to someone
                int to = prepTarget(g, List.of(h), "to", m);
                if (to >= 0 && !actors.actors(to).isEmpty()) {
                    affected = to;
                    m.targetFromModifier = false;
                }
            }
            if (affected < 0 && e.code().startsWith("02")) {
                // "appealed to Germany for debt relief": an appeal's addressee is whom it asks, whatever entry
                // named what it asks for
                int to = prepTarget(g, List.of(h), "to", m);
                if (to >= 0 && !actors.actors(to).isEmpty()) {
                    affected = to;
                    m.targetFromModifier = false;
                }
            }
            if (affected < 0 && thing >= 0 && (e.code().startsWith("07") || e.code().startsWith("033")
                || e.code().startsWith("162"))) {
                // "pledged $1 billion in aid for Syrian refugees": aid given, pledged or cut for someone goes to them
                // (the for-phrase may hang from the aid, the sum or the verb)
                List<Integer> hosts = new ArrayList<>(List.of(thing));
                hosts.addAll(m.containers);
                hosts.add(h);
                int beneficiary = prepTarget(g, hosts, "for", m);
                if (beneficiary >= 0 && !actors.actors(beneficiary).isEmpty()) {
                    affected = beneficiary;
                    m.targetFromModifier = false;
                }
            }
            for (int w : m.words) {
                if (affected < 0 && w != h && e.code().startsWith("07") && !actors.actors(w).isEmpty()
                    && actors.actors(w).stream().allMatch(a -> "REF".equals(a.actor().sector()))) {
                    // "took in refugees who fled the fighting in Syria": the refugees sheltered are the ones aided
                    affected = w;
                    m.targetFromModifier = false;
                }
            }
            if (affected < 0) {
                // "threatened further action against Russia": the object's own target; cooperation "on" a
                // matter is about it, not with it ("share intelligence on Iran's missile programme")
                List<String> preps = MUTUAL_ROOTS.contains(e.code().substring(0, 2))
                    ? List.of("against", "to", "with") : List.of("against", "on", "to", "with");
                List<Integer> objects = new ArrayList<>(g.children(h, "obj"));
                if (m.object >= 0 && !objects.contains(m.object)) {
                    objects.add(m.object); // "pledged 50 million euros in aid to Nepal": the aid's own "to"
                }
                for (int o : objects) {
                    for (String prep : preps) {
                        int c = prepTarget(g, List.of(o), prep, m);
                        if (c >= 0 && affected < 0) {
                            affected = c;
                        }
                    }
                }
            }
            m.target = affected;
            if (!literal && e.code().equals("042") && m.object >= 0) {
                // "attended the funeral of Shimon Peres in Jerusalem": travelling to an event visits its host
                m.target = eventHost(s, g, h, m.object, actors);
                m.targetFromModifier = false;
            }
        }
        m.score = 1 + m.words.size() - 1 + m.modifierBonus + elementsScore(els) - (m.targetMissing ? 0.6 : 0);
        if (sequence != null) {
            // the longer pattern wins, whether or not it finds a target (PETRARCH's precedence)
            m.score = 1 + sequence.before().size() + sequence.after().size();
        }
        return m;
    }

    /** Participles of putting on an event, whose agent is its host: "a summit hosted by China". */
    private static final Set<String> HOSTING = Set.of("host", "organise", "organize", "stage", "convene", "sponsor");

    /**
     * Whom one visits by travelling to the event {@code event}, the object of {@code verb}: its host ("a summit
     * hosted by China"), else where it is held ("a summit in Brussels", "the funeral of Shimon Peres in Jerusalem"),
     * else a place naming it ("the Beijing Olympics"), else an organisation holding it ("a NATO summit"); never
     * whom it is about ("the funeral of Shimon Peres"). Returns a token, or -1. A place that names no actor is still
     * returned, so that the event's location, not the event's owner, decides its state (see ArticleCoder).
     */
    private static int eventHost(Sentence s, DependencyGraph g, int verb, int event, SentenceActors actors) {
        for (int p : g.children(event, "acl")) {
            if (HOSTING.contains(s.token(p).key())) {
                for (Dependency d : g.children(p)) {
                    if ((d.relation().equals("obl:agent") || d.relation().equals("obl:by"))
                        && !actors.actors(d.dependent()).isEmpty()) {
                        return d.dependent();
                    }
                }
            }
        }
        List<Integer> holders = new ArrayList<>(List.of(event, verb));
        holders.addAll(g.children(event, "nmod:of"));
        for (int x : holders) {
            for (Dependency d : g.children(x)) {
                if (d.base().matches("nmod|obl") && ("in".equals(d.subtype()) || "at".equals(d.subtype()))
                    && isPlace(s, d.dependent(), actors)) {
                    return d.dependent();
                }
            }
        }
        for (Dependency d : g.children(event)) {
            if ((d.relation().equals("compound") || d.relation().equals("amod")) && isPlace(s, d.dependent(), actors)) {
                return d.dependent();
            }
        }
        for (Dependency d : g.children(event)) {
            String r = d.relation();
            if ((r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")) && !actors.actors(d.dependent()).isEmpty()
                && actors.actors(d.dependent()).stream().allMatch(Mention::resolved)) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static final Set<String> RECOGNISING = Set.of("recognize", "recognise");
    /** Nouns of a piece of a state's land: what a land recognised "as" them is not a state. */
    private static final Set<String> LAND_PARTS = Set.of("part", "territory", "province", "region", "portion", "piece");

    /** Whether a verb of recognising has an as-phrase naming a part of a state's land: "as part of Russia". */
    private static boolean recognisedAsLand(Sentence s, DependencyGraph g, int verb) {
        for (Dependency d : g.children(verb)) {
            boolean as = d.relation().equals("obl:as") || d.relation().equals("advcl:as")
                || (d.relation().startsWith("obl") || d.relation().startsWith("xcomp") || d.relation().startsWith("nmod"))
                && childWithLemma(s, g, d.dependent(), "as", "case", "mark") >= 0;
            if (as && LAND_PARTS.contains(s.token(d.dependent()).key())) {
                return true;
            }
        }
        for (int o : g.children(verb, "obj")) {
            for (Dependency d : g.children(o)) {
                // the as-phrase hung on the object: "recognised Crimea as part of Russia"
                if (d.relation().equals("nmod:as") && LAND_PARTS.contains(s.token(d.dependent()).key())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sectors that take ground by entering it: armed forces and armed groups, not police or spies. */
    private static final Set<String> ENTERING_FORCES = Set.of("MIL", "REB", "UAF");
    /** Nouns of inhabited or held ground, which armed forces take by entering: "entered the town of Jarablus". */
    private static final Set<String> GROUND = Set.of("town", "city", "village", "capital", "country", "territory",
        "province", "district", "region", "area", "enclave", "stronghold", "suburb", "outskirts", "port");

    /**
     * Machines of war, whose state acts through them ("Turkish tanks", "Chinese warships" are coded as their state,
     * as "Russian jets bombed" is): as a verb's subject they make its doer an armed force.
     */
    private static final Set<String> WAR_MACHINES = Set.of("tank", "warplane", "jet", "drone", "warship", "gunboat",
        "gunship", "bomber", "frigate", "destroyer", "submarine");

    /** Whether a verb's subject is a machine of war: "Turkish tanks crossed into Syria". */
    private static boolean machineSubject(Sentence s, DependencyGraph g, int verb) {
        for (int x : g.children(verb, "nsubj")) {
            if (WAR_MACHINES.contains(s.token(x).key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether what a verb's subject entered is ground: a place name, a state, or a town, village, territory... */
    private static boolean enteredGround(Sentence s, DependencyGraph g, int verb, SentenceActors actors) {
        for (int o : g.children(verb, "obj")) {
            if (isPlace(s, o, actors) || GROUND.contains(s.token(o).key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token names a place: a capital standing for its government, or a place name. */
    private static boolean isPlace(Sentence s, int t, SentenceActors actors) {
        Mention m = actors.at(t);
        if (m != null) {
            return m.resolvedBy().startsWith("capital") || m.actor().kind() == org.dyad.model.Actor.Kind.STATE;
        }
        return s.token(t).isProperNoun() && PLACE_NER.contains(s.token(t).ner());
    }

    /** Participles of holding people captive: "prisoners held by Russia", "activists jailed in Egypt". */
    private static final Set<String> CAPTIVE = Set.of("hold", "detain", "jail", "imprison", "capture", "kidnap",
        "abduct", "seize", "arrest", "keep", "intern");

    /**
     * The captors of those whose release a demand or appeal asks for: the agent of the participle that says they are
     * held ("the release of prisoners held by Russia", "of the sailors seized by Iran"), else the one state they are
     * held in ("the release of its citizens jailed in Egypt"): a state's prisons are its own. Empty if none is named.
     */
    private static List<Mention> captors(Sentence s, DependencyGraph g, Match m, SentenceActors actors) {
        List<Integer> held = new ArrayList<>();
        for (int w : m.words) {
            if (s.token(w).key().equals("release") && s.token(w).isNoun()) {
                held.addAll(g.children(w, "nmod:of"));
                held.add(w); // "the release of its citizens held in Libya" parsed with "held" on "release"
            }
        }
        if (m.target >= 0) {
            held.add(m.target);
        }
        for (int h : held) {
            for (Dependency d : g.children(h)) {
                if (!d.relation().startsWith("acl") || !CAPTIVE.contains(s.token(d.dependent()).key())) {
                    continue;
                }
                List<Mention> in = new ArrayList<>();
                for (Dependency c : g.children(d.dependent())) {
                    String r = c.relation();
                    if (r.equals("obl:agent") || r.equals("obl:by") || r.equals("nmod:agent") || r.equals("nmod:by")) {
                        List<Mention> by = actors.actors(c.dependent());
                        if (!by.isEmpty()) {
                            return by;
                        }
                    } else if (r.equals("obl:in") || r.equals("nmod:in")) {
                        for (Mention o : actors.actors(c.dependent())) {
                            if (o.actor().kind() == Actor.Kind.STATE) {
                                in.add(o);
                            }
                        }
                    }
                }
                if (in.size() == 1) {
                    return in;
                }
            }
        }
        return List.of();
    }

    /** Whether a noun names a hostile act in the lexicon (roots 15 to 20): "strike", "occupation", "blockade". */
    private boolean hostileActNoun(Token t) {
        return actNoun(t, "15");
    }

    /**
     * Whether a noun heads a lexicon entry of root {@code lowestRoot} or above (two digits): with "17", the coercive
     * and violent acts people are killed, wounded or captured in ("a raid", "an ambush", "a crackdown").
     */
    private boolean actNoun(Token t, String lowestRoot) {
        for (LexiconEntry e : lexicon.nouns(t.key(), t.lowerWord())) {
            if (e.code().compareTo(lowestRoot) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a noun names an attack or its means: a weapon or fire ({@link #WEAPONS}) or a coercive or violent act
     * of the lexicon (roots 17 to 20: "raid", "ambush", "offensive", "assault", "bombardment", "crackdown"). People
     * "killed in" one or a place that "came under" one were attacked by its doer.
     */
    private boolean attackNoun(Token t) {
        return WEAPONS.contains(t.key()) || actNoun(t, "17");
    }

    /** The actors a thing belongs to: "the computers of the army", "the army's computers", "Palestinian homes". */
    private static List<Mention> ownerActors(DependencyGraph g, int thing, SentenceActors actors) {
        return ownerActors(g, thing, actors, 1);
    }

    private static List<Mention> ownerActors(DependencyGraph g, int thing, SentenceActors actors, int depth) {
        // "the arrest of judges by the military": the agent (by, possessor) before the of-phrase, which may
        // name the one the act is done to
        List<Dependency> children = new ArrayList<>(g.children(thing));
        if (FACILITIES.contains(actors.sentence().token(thing).key()) && "obj".equals(g.relationToHead(thing))) {
            // "attacked a camp for Syrian refugees" with the for-phrase parsed on the verb
            for (int f : g.children(g.head(thing), "obl:for")) {
                if (f > thing) {
                    children.add(new Dependency(thing, f, "nmod:for"));
                }
            }
        }
        children.sort((a, b) -> Boolean.compare(!agentRelation(a.relation()), !agentRelation(b.relation())));
        for (Dependency d : children) {
            String r = d.relation();
            // "calls by Belarus's rulers": the agent of a nominal act is who it belongs to
            boolean owner = r.equals("nmod:poss") || r.equals("nmod:of") || r.equals("nmod:by");
            boolean modifier = r.equals("amod") || r.equals("compound");
            if (r.equals("compound") && namesAgreement(g, thing, d.dependent(), actors)) {
                continue;
            }
            if (r.equals("nmod:for") && FACILITIES.contains(actors.sentence().token(thing).key())) {
                owner = true; // "a camp for Syrian refugees", "a school for Palestinian children": whose it is
            }
            if (r.equals("acl") && CARRYING.contains(actors.sentence().token(d.dependent()).key())) {
                // "a bus carrying Shiite pilgrims", "a plane carrying Ukrainian soldiers": those carried
                for (int o : g.children(d.dependent(), "obj")) {
                    if (!actors.actors(o).isEmpty() && actors.actors(o).stream().allMatch(Mention::resolved)) {
                        return actors.actors(o);
                    }
                }
            }
            if (owner || modifier) {
                List<Mention> found = actors.actors(d.dependent());
                if (found.isEmpty() && owner && depth > 0) {
                    found = ownerActors(g, d.dependent(), actors, depth - 1); // "the computers of army officers"
                } else if (found.isEmpty() && r.equals("compound") && depth > 0) {
                    // "the Kenya Airways Boeing 737 flight KQ507": the owner's name sits in a chain of compounds
                    found = ownerActors(g, d.dependent(), actors, depth - 1);
                }
                if (!found.isEmpty() && (owner || found.stream().allMatch(Mention::resolved))) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static boolean agentRelation(String r) {
        return r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent");
    }

    /**
     * Who a proposal, invitation, demand or pressure comes from: its owner ("Germany's offer", "a World Bank
     * plan", "French amendments"), else its from-phrase ("an invitation from the Arab League").
     */
    private static List<Mention> authorActors(DependencyGraph g, int thing, SentenceActors actors) {
        List<Mention> found = ownerActors(g, thing, actors);
        for (int c : g.children(thing, "nmod:from")) {
            found = found.isEmpty() ? actors.actors(c) : found;
        }
        for (Dependency p : found.isEmpty() ? g.parents(thing) : List.<Dependency>of()) {
            // "the company offered a pay rise, which the union rejected": who made the offer the relative clause
            // answers
            if (p.governor() >= 0 && p.relation().equals("obj") && PROPOSING.contains(actors.sentence().token(p.governor()).key())) {
                for (int subj : g.children(p.governor(), "nsubj")) {
                    found = found.isEmpty() ? actors.actors(subj) : found;
                }
            }
        }
        return found;
    }

    /** Verbs of putting something forward that another may take up or turn down: "offered a pay rise". */
    private static final Set<String> PROPOSING = Set.of("offer", "propose", "present", "submit", "table", "suggest",
        "put", "make", "issue", "unveil", "draft");

    /** Meetings named after the town they are held in: "the Geneva talks", "the Astana process". */
    private static final Set<String> MEETINGS_NAMED_BY_VENUE = Set.of("talk", "talks", "process", "conference",
        "summit");

    /**
     * Whether {@code compound} is a capital naming the agreement or meeting {@code noun}: "the Paris climate accord",
     * "the Minsk agreement", "the Geneva talks".
     */
    private static boolean namesAgreement(DependencyGraph g, int noun, int compound, SentenceActors actors) {
        Mention c = actors.at(compound);
        String key = actors.sentence().token(noun).key();
        return (AGREEMENTS.contains(key) || MEETINGS_NAMED_BY_VENUE.contains(key)) && c != null
            && c.resolvedBy().startsWith("capital");
    }

    private static int modifierActorToken(DependencyGraph g, int noun, SentenceActors actors) {
        boolean byAgent = false;
        for (Dependency d : g.children(noun)) {
            byAgent |= (d.relation().equals("nmod:by") || d.relation().equals("nmod:agent"))
                && !actors.actors(d.dependent()).isEmpty();
        }
        for (Dependency d : g.children(noun)) {
            String r = d.relation();
            if (r.equals("compound") && namesAgreement(g, noun, d.dependent(), actors)) {
                continue; // where it was made names it; its parties are elsewhere
            }
            if (byAgent && r.equals("amod") && actors.actors(d.dependent()).isEmpty()) {
                continue; // "investigating alleged abuses by Kenyan police": the doer, not the adjective
            }
            if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.equals("nmod:of")
                || (r.equals("nmod:by") || r.equals("nmod:agent")) && !actors.actors(d.dependent()).isEmpty()) {
                return d.dependent(); // "broke up a protest by farmers": those who hold it
            }
        }
        return -1;
    }

    /**
     * Who a complement clause acts on: its object of to/with/against/on, or that of its object ("break
     * relations with Russia", "deliver blows to the United States"), else its direct object.
     */
    private int complementTarget(Sentence s, DependencyGraph g, int verb, Match m) {
        List<Integer> hosts = new ArrayList<>(List.of(verb));
        hosts.addAll(g.children(verb, "obj"));
        for (Dependency d : g.children(verb)) {
            if (m.words.contains(d.dependent()) && d.relation().startsWith("obl")) {
                hosts.add(d.dependent()); // "agreed to return to talks with the EU": the pattern's noun has the partner
            }
        }
        for (String prep : List.of("to", "with", "against", "on")) {
            List<Integer> at = hosts;
            if (prep.equals("on") && MUTUAL_ROOTS.contains(m.entry.code().substring(0, 2))) {
                // "signed an agreement to share intelligence on Islamic State": what cooperation shares or agrees
                // "on" is its topic; a hostile act's "on" is its target ("agreed to impose sanctions on Russia")
                at = hosts.stream().filter(h -> h == verb || hostileActNoun(s.token(h))).toList();
            }
            int c = prepTarget(g, at, prep, m);
            if (c >= 0) {
                return c;
            }
        }
        return firstChild(g, verb, m, "obj", "iobj");
    }

    private Match matchNoun(LexiconEntry e, Sentence s, DependencyGraph g, int h) {
        Match m = new Match(e, h, s);
        List<Pattern.Element> els = e.pattern().elements();
        for (Pattern.Element el : els) {
            if (el instanceof Pattern.Modifier mod) {
                int c = childWithLemma(s, g, h, mod.lemma(), "compound", "amod", "nmod:npmod", "nummod");
                if (c < 0) {
                    return null;
                }
                m.words.add(c);
            } else if (el instanceof Pattern.Complement cp) {
                int c = prepChild(s, g, List.of(h), cp.preposition(), cp.lemma());
                if (c < 0 || !hasModifiers(s, g, c, cp.modifiers())) {
                    return null;
                }
                m.words.add(c);
                m.modifierBonus += cp.modifiers().size();
            }
        }
        // "suspension of flights to Iran": the target may hang from the noun's complement
        List<Integer> hosts = new ArrayList<>(List.of(h));
        hosts.addAll(m.words);
        int taker = participant(s, g, h);
        if (taker >= 0) {
            hosts.add(taker); // "engaged in fighting with the rebels": the with-phrase may hang from the verb
        }
        for (Pattern.Element el : els) {
            if (el instanceof Pattern.TargetPrep tp) {
                setTarget(m, prepTarget(g, hosts, tp.preposition(), m));
            } else if (el instanceof Pattern.TargetObject) {
                setTarget(m, prepTarget(g, List.of(h), "of", m));
            }
        }
        m.score = m.words.size() + m.modifierBonus + elementsScore(els) - (m.targetMissing ? 0.6 : 0);
        return m;
    }

    private static double elementsScore(List<Pattern.Element> els) {
        return els.size() * 0.5;
    }

    private static void setTarget(Match m, int c) {
        if (c >= 0) {
            m.target = c;
        } else if (m.target < 0) {
            m.targetMissing = true;
        }
    }

    private static List<Integer> anchors(Match m) {
        List<Integer> a = new ArrayList<>(3);
        if (m.xcomp >= 0) {
            a.add(m.xcomp);
        }
        if (m.object >= 0) {
            a.add(m.object);
        }
        if (m.particleObject >= 0) {
            a.add(m.particleObject);
        }
        a.addAll(m.containers);
        a.add(m.head);
        return a;
    }

    /**
     * The noun with this lemma inside the verb's object when that object is a part, amount or group of it
     * ({@link #PARTITIVES}: "part of", "tonnes of", "a team of"), a sum paid as it ({@link #CURRENCIES}:
     * "$200 million in aid") or a programme of it ({@link #PROGRAMMES}: "aid programme"), two levels deep at
     * most ("part of a military aid programme"); -1 if none. The nouns passed through are added to
     * {@code containers}.
     */
    private static int containedObject(Sentence s, DependencyGraph g, int h, String lemma, List<Integer> containers) {
        for (Dependency d : g.children(h)) {
            String r = d.relation();
            if (r.equals("obj") || r.equals("iobj") || r.equals("nsubj:pass")) {
                int c = insideRecorded(s, g, d.dependent(), lemma, containers);
                if (c >= 0) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** As {@link #containedObject}, inside a prepositional complement: "provided Kiev with $300 million in aid". */
    private static int containedComplement(Sentence s, DependencyGraph g, List<Integer> anchors, String prep,
                                           String lemma, List<Integer> containers) {
        for (int a : anchors) {
            for (Dependency d : g.children(a)) {
                if (isPrepRelation(d, prep)) {
                    int c = insideRecorded(s, g, d.dependent(), lemma, containers);
                    if (c >= 0) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /** {@link #inside} to two levels, adding the nouns passed through to {@code containers} when found. */
    private static int insideRecorded(Sentence s, DependencyGraph g, int noun, String lemma, List<Integer> containers) {
        List<Integer> path = new ArrayList<>(2);
        int c = inside(s, g, noun, lemma, path, 2);
        if (c >= 0) {
            containers.addAll(path);
        }
        return c;
    }

    private static int inside(Sentence s, DependencyGraph g, int noun, String lemma, List<Integer> path, int depth) {
        if (depth > 0) {
            int first = coordinatedCompound(s, g, noun, lemma);
            if (first >= 0) {
                path.add(noun);
                return first;
            }
        }
        String key = s.token(noun).key();
        boolean money = s.token(noun).tag().equals("$") || CURRENCIES.contains(key);
        List<String> via = money ? List.of("nmod:in", "nmod:of") : PARTITIVES.contains(key) ? List.of("nmod:of")
            : PROGRAMMES.contains(key) ? List.of("compound") : List.of();
        if (via.isEmpty() || depth == 0) {
            return -1;
        }
        path.add(noun);
        List<Integer> contents = new ArrayList<>();
        for (String r : via) {
            contents.addAll(g.children(noun, r));
        }
        for (int c : contents) {
            if (lemmaIs(s.token(c), lemma)) {
                return c;
            }
            int deeper = inside(s, g, c, lemma, path, depth - 1);
            if (deeper >= 0) {
                return deeper;
            }
        }
        path.remove(path.size() - 1);
        return -1;
    }

    /**
     * The first of two coordinated noun phrases that the parser read as compounds of the last noun: "used tear gas
     * and rubber bullets" is often parsed {@code compound(bullets, gas)}, {@code compound(bullets, rubber)},
     * {@code conj(gas, rubber)}. A compound of {@code noun} with the lemma, a modifier of its own ("tear") and a
     * conjunct that is another compound of {@code noun} is returned; -1 otherwise ("oil and gas pipelines", whose
     * "oil" has no modifier, is a real compound).
     */
    private static int coordinatedCompound(Sentence s, DependencyGraph g, int noun, String lemma) {
        List<Integer> compounds = g.children(noun, "compound");
        for (int c : compounds) {
            if (!lemmaIs(s.token(c), lemma)) {
                continue;
            }
            boolean modified = g.hasChild(c, "amod") || g.hasChild(c, "compound");
            boolean coordinated = g.children(c).stream().anyMatch(d -> d.base().equals("conj")
                && compounds.contains(d.dependent()));
            if (modified && coordinated) {
                return c;
            }
        }
        return -1;
    }

    private static boolean lemmaIs(Token t, String lemma) {
        return lemma.equals("*") || t.key().equals(lemma) || t.lowerWord().equals(lemma)
            || lemma.equals("money") && (t.tag().equals("$") || CURRENCIES.contains(t.key())); // "lent Kiev $1 billion"
    }

    /** Named-entity types of places. */
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /**
     * The direct object (or passive subject) of {@code h} that is a place's name, or -1. A place named where a
     * pattern wants the object "territory" is territory: "captured Mosul" is "capture territory" (192), not the
     * capture of a person (173); a place in an oblique ("seized boats in the Gulf") is where, not what.
     */
    private static int placeObject(Sentence s, DependencyGraph g, int h) {
        for (Dependency d : g.children(h)) {
            Token t = s.token(d.dependent());
            if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass")) && t.isProperNoun()
                && PLACE_NER.contains(t.ner())) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static int childWithLemma(Sentence s, DependencyGraph g, int h, String lemma, String... relations) {
        for (Dependency d : g.children(h)) {
            if (lemmaIs(s.token(d.dependent()), lemma)) {
                for (String r : relations) {
                    if (d.relation().equals(r) || d.relation().startsWith(r + ":") || d.base().equals(r)) {
                        return d.dependent();
                    }
                }
            }
        }
        return -1;
    }

    private static int objectChild(Sentence s, DependencyGraph g, int h, String lemma, boolean passive) {
        int c = childWithLemma(s, g, h, lemma, "obj", "iobj", "xcomp", "nsubj:pass");
        if (c < 0 && !g.hasChild(h, "obj")) {
            // "hold talks with", "shake hands with" sometimes parse the noun as an oblique; a verb with an
            // object of its own has none ("left the district under a deal" leaves no deal)
            c = childWithLemma(s, g, h, lemma, "obl", "advmod", "nmod", "dep");
            String r = c < 0 ? "" : g.relationToHead(c);
            if (r.equals("obl:agent") || r.equals("obl:by") || r.equals("nmod:agent")) {
                c = -1; // "the embassy was attacked by protesters": the doer, never what is done to
            }
        }
        return c;
    }

    /**
     * Whether {@code noun} has each of {@code mods} as a modifier, or as a modifier of one of its compound
     * modifiers: in "air defence systems" the parser hangs "air" on "defence".
     */
    private static boolean hasModifiers(Sentence s, DependencyGraph g, int noun, List<String> mods) {
        for (String mod : mods) {
            if (childWithLemma(s, g, noun, mod, "amod", "compound", "nmod:npmod", "advmod", "det") < 0
                && !nestedModifier(s, g, noun, mod)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nestedModifier(Sentence s, DependencyGraph g, int noun, String mod) {
        for (Dependency d : g.children(noun)) {
            if (d.base().equals("compound") && childWithLemma(s, g, d.dependent(), mod, "amod", "compound") >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code h} has an oblique or nominal modifier introduced by {@code prep} (obl:on, nmod:out_of). */
    private static boolean hasPrepRelation(DependencyGraph g, int h, String prep) {
        for (Dependency d : g.children(h)) {
            if (isPrepRelation(d, prep)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPrepRelation(Dependency d, String prep) {
        String base = d.base();
        if (!base.equals("obl") && !base.equals("nmod") && !base.equals("advcl") && !base.equals("acl")) {
            return false;
        }
        String sub = d.subtype();
        return sub.equals(prep) || sub.endsWith("_" + prep) || sub.startsWith(prep + "_");
    }

    private static int prepChild(Sentence s, DependencyGraph g, List<Integer> anchors, String prep, String lemma) {
        for (int a : anchors) {
            for (Dependency d : g.children(a)) {
                if (isPrepRelation(d, prep) && lemmaIs(s.token(d.dependent()), lemma)) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /** Named-entity classes of times, which a preposition's object may be but a target never is ("called on Friday"). */
    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

    private static int prepTarget(DependencyGraph g, List<Integer> anchors, String prep, Match m) {
        for (int a : anchors) {
            for (Dependency d : g.children(a)) {
                if (isPrepRelation(d, prep) && !m.words.contains(d.dependent())
                    && !TIME_NER.contains(m.sentence.token(d.dependent()).ner())
                    && !(m.sentence.token(d.dependent()).isVerb() && (d.base().equals("acl") || d.base().equals("advcl")))) {
                    // an infinitive ("an ultimatum to surrender") is no prepositional object
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /** Whether the verb has a complement of direction ("to Geneva", "into Syria", "from exile"). */
    private static boolean hasDirection(DependencyGraph g, int h) {
        for (Dependency d : g.children(h)) {
            String r = d.relation();
            if (r.equals("obl:to") || r.equals("obl:into") || r.equals("obl:from") || r.equals("obl:towards")
                || r.equals("obl:toward")) {
                return true;
            }
        }
        return false;
    }

    private static int firstActorChild(DependencyGraph g, int h, Match m, SentenceActors actors, String... relations) {
        for (String r : relations) {
            for (int c : g.children(h, r)) {
                if (!m.words.contains(c) && !actors.actors(c).isEmpty()) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static int firstChild(DependencyGraph g, int h, Match m, String... relations) {
        for (String r : relations) {
            for (int c : g.children(h, r)) {
                if (!m.words.contains(c)) {
                    return c;
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------
    // arguments, modality, output

    private void emit(Match m, Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        if (m.entry.codesNothing()) {
            return; // the pattern matched so that the verb's other codes do not
        }
        boolean noun = m.entry.pattern().pos() == Pattern.Pos.N;
        if (noun && !literal && recalled(s, g, m.head)) {
            return; // "marked the anniversary of the attack": a past event remembered
        }
        if (!noun && !literal && (COERCIVE_ROOTS.contains(m.entry.code().substring(0, 2)) || m.entry.code().equals("116"))
            && reducedRelative(s, g, m.head)) {
            // "vowed to rescue the schoolgirls kidnapped by Boko Haram", "journalists detained since 2013", "a rebel
            // convicted of plotting": a
            // reduced relative tells what befell the people it describes, an earlier event, not the news
            return;
        }
        if (!noun && !literal && COERCIVE_ROOTS.contains(m.entry.code().substring(0, 2))
            && g.relationToHead(m.head).equals("acl:relcl") && g.hasChild(m.head, "aux:pass")
            && !g.hasChild(m.head, "obl:agent") && !g.hasChild(m.head, "obl:by")) {
            return; // "the opposition leader, who was arrested last month, appeared in court": the same
        }
        if (!noun && !literal && m.entry.code().equals("063") && m.target >= 0 && actors.at(m.target) == null
            && !PERSONS.contains(s.token(m.target).key())) {
            return; // "ordered him to hand over his passport": only people are handed over to justice
        }
        if (!noun && !literal && COERCIVE_ROOTS.contains(m.entry.code().substring(0, 2)) && figurative(s, g, m, actors)) {
            return; // "beat expectations", "seized the chance", "kicked off the campaign", "beat France 2-0"
        }
        if (!literal && m.entry.code().startsWith("17") && m.target >= 0 && actors.at(m.target) == null
            && (m.entry.code().startsWith("175") && OFFENCES.contains(s.token(m.target).key())
                || m.entry.code().startsWith("171") && CONTRABAND.contains(s.token(partitiveHead(s, g, m.target)).key()))) {
            return; // "a crackdown on corruption", "burned 10 tonnes of seized marijuana": law enforcement, not repression
        }
        if (!noun && !literal && m.entry.code().startsWith("18") && PEOPLE_ONLY.contains(m.entry.pattern().head())
            && !(m.target >= 0 && (actors.at(m.target) != null || PERSONS.contains(s.token(m.target).key())))) {
            return; // "hanged three men" is an execution; "hanged banners", "hanged himself" are not
        }
        if (!noun && !literal && COERCIVE_ROOTS.contains(m.entry.code().substring(0, 2)) && background(s, g, m.head)) {
            return; // "released soldiers they had captured last year", "recalled the bombing that killed 85"
        }
        List<Mention> sources = m.source >= 0 ? actors.actors(m.source)
            : noun ? nounSources(g, m.head, actors) : verbSources(g, m.head, actors, 0);
        List<Mention> targets = m.target >= 0 ? actors.actors(m.target) : List.of();
        if (!noun && !literal && targets.isEmpty() && summoning(s, g, m.head) >= 0) {
            // "summoned the Chinese ambassador to protest the incident": the protest is made to the one summoned
            for (int o : g.children(summoning(s, g, m.head), "obj")) {
                targets = actors.actors(o);
            }
        }
        if (noun && !literal && m.target < 0) {
            List<Mention> patients = possessedPatients(g, m.head, actors);
            if (!patients.isEmpty()) {
                targets = patients; // "Khan's arrest": Khan is arrested
            }
        }
        if (!noun && !literal && m.entry.code().equals("063")) {
            // "handed over three Islamic State suspects to Germany": the state that receives them is the other side
            for (int to : g.children(m.head, "obl:to")) {
                if (!actors.actors(to).isEmpty()) {
                    targets = actors.actors(to);
                }
            }
        }
        String root = m.entry.code().substring(0, 2);
        if (!literal && !noun && (root.equals("18") || root.equals("19")) && m.target >= 0 && actors.at(m.target) == null
            && MINES.contains(s.token(m.target).key())) {
            // "their car hit a landmine", "a patrol struck a roadside bomb": what ran into a hidden charge underwent
            // the attack; its doer is whoever laid the charge, if named ("a mine planted by rebels")
            targets = sources;
            sources = instrumentUsers(g, m.target, actors);
        }
        if (!literal && noun && targets.isEmpty() && m.source < 0 && !sources.isEmpty()
            && !nounAgents(s, g, m.head).isEmpty()) {
            // "his detention by Egyptian authorities", "the country's occupation by foreign troops": with the doer in
            // the by-phrase, the possessor is who underwent the act
            for (int poss : g.children(m.head, "nmod:poss")) {
                List<Mention> undergone = new ArrayList<>(actors.actors(poss));
                undergone.removeAll(sources);
                targets = targets.isEmpty() ? undergone : targets;
            }
        }
        if (!literal && !noun && root.equals("15") && m.object >= 0 && actors.at(m.object) != null) {
            // "police were deployed in Istanbul", "Russia deployed troops in Syria" (parsed "troops in Syria"): the
            // forces deployed are the doer's own, never whom the posture is aimed at; with no doer named they are it
            Mention force = actors.at(m.object);
            if (targets.contains(force)) {
                targets = List.of();
                m.target = -1;
                m.targetFromModifier = false;
            }
            if (sources.isEmpty()) {
                sources = List.of(force);
            }
        }
        if (!literal && m.target >= 0 && actors.at(m.target) == null && s.token(m.target).isNoun()) {
            // "protested against the arrest of judges by the army": an act's agent, not whom it was done to
            List<Integer> agents = nounAgents(s, g, m.target);
            if (agents.isEmpty() && !noun && g.hasChild(m.head, "nsubj") && !g.hasChild(m.head, "aux:pass")
                && !lexicon.nouns(s.token(m.target).key(), s.token(m.target).lowerWord()).isEmpty()) {
                // "denounced the detention of its citizens by Libyan militias" parsed with the by-phrase on the
                // active verb, which has its subject: the phrase after the act noun names the act's doer
                for (int by : g.children(m.head, "obl:by")) {
                    if (by > m.target) {
                        agents.add(by);
                    }
                }
            }
            for (int by : agents) {
                if (!actors.actors(by).isEmpty()) {
                    targets = actors.actors(by);
                    break;
                }
            }
        }
        if (!literal && m.entry.code().equals("1722") && m.target >= 0 && actors.at(m.target) == null
            && !lexicon.nouns(s.token(m.target).key(), s.token(m.target).lowerWord()).isEmpty()) {
            return; // "a law banning the detention of children": banning an act is no ban on an actor
        }
        if (!literal && m.entry.code().startsWith("1724") && s.tokens().stream().anyMatch(t -> MISHAPS.contains(t.key()))) {
            return; // "declared a state of emergency after the floods": a disaster emergency coerces no one
        }
        if (m.targetFromModifier && targets.stream().noneMatch(Mention::resolved)) {
            targets = List.of(); // "military exercises": a bare sector word is not who is acted on
        }
        if (!literal && targets.isEmpty() && m.target >= 0 && COERCIVE_ROOTS.contains(root)) {
            // "kidnapped six foreigners, including two Germans": those the act is said to include are among its
            // victims (when the whole names no actor)
            List<Mention> included = new ArrayList<>();
            for (int c : g.children(m.target, "nmod:including")) {
                addAll(included, actors.actors(c));
            }
            targets = included;
        }
        if (!literal && (root.equals("15") || root.equals("19"))
            && (targets.isEmpty() || m.target >= 0 && BORDERS.contains(s.token(m.target).key()))) {
            // "will deploy more troops to its border with Ukraine", "massed tanks near the Syrian border": forces
            // sent to a border face the state on its other side (not the owner of "its border")
            List<Mention> across = acrossBorder(s, g, m, sources, actors);
            targets = across.isEmpty() ? targets : across;
        }
        if (!literal && targets.isEmpty() && m.target >= 0) {
            // "hacked into the computers of the army", "demolished Palestinian homes": the owner is acted on
            targets = REACTIONS.contains(root) ? authorActors(g, m.target, actors) : ownerActors(g, m.target, actors);
            List<String> aimedPreps = root.equals("14") || root.equals("16") ? List.of("against", "on", "with")
                : List.of("against", "on");
            for (String prep : aimedPreps) {
                // "threatened further action against Russia": what the thing is aimed at (but condemning "the use
                // of force against protesters" is aimed at whoever used it, not at those it was used on);
                // "boycotted all contact with the government", "cut ties with Qatar": the other party
                int c = targets.isEmpty() && !REACTIONS.contains(root) ? prepTarget(g, List.of(m.target), prep, m) : -1;
                if (c >= 0) {
                    targets = actors.actors(c);
                }
            }
        }
        if (!literal && targets.isEmpty() && root.equals("14")) {
            // "workers went on strike at Samsung's plant", "walked out at a Toyota factory": a protest held at
            // someone's premises is aimed at their owner
            int at = noun && g.head(m.head) >= 0 && s.token(g.head(m.head)).isVerb() ? g.head(m.head) : m.head;
            for (int place : g.children(at, "obl:at")) {
                for (Dependency d : g.children(place)) {
                    List<Mention> owners = d.relation().equals("nmod:poss") || d.relation().equals("compound")
                        ? actors.actors(d.dependent()) : List.of();
                    if (targets.isEmpty() && !owners.isEmpty() && (sources.isEmpty() || !sources.containsAll(owners))) {
                        targets = owners;
                    }
                }
            }
        }
        if (!literal && !noun && (m.entry.code().startsWith("192") || m.entry.code().startsWith("171"))
            && (m.target < 0 || !String.valueOf(g.relationToHead(m.target)).startsWith("obl"))
            && targets.stream().allMatch(t -> t.resolvedBy().startsWith("capital")
                || t.actor().kind() == org.dyad.model.Actor.Kind.STATE)) {
            // "recaptured Palmyra from the Islamic State", "seized land from Palestinian farmers": ground or
            // goods taken from someone are taken from them; the place taken only says where (not so the place
            // moved into: "fighters crossed into Lebanon from Syria")
            for (int from : g.children(m.head, "obl:from")) {
                List<Mention> losers = actors.actors(from);
                if (!losers.isEmpty() && (sources.isEmpty() || !losers.containsAll(sources))) {
                    targets = losers;
                    break;
                }
            }
        }
        if (!literal && targets.isEmpty() && noun && m.entry.pattern().hasTarget()
            && "obj".equals(g.relationToHead(m.head)) && g.head(m.head) >= 0) {
            // "gave Tanzania a grant": a nominal event given to someone is aimed at them
            for (int r : g.children(g.head(m.head), "iobj")) {
                targets = targets.isEmpty() ? actors.actors(r) : targets;
            }
        }
        if (!literal && targets.isEmpty() && m.object >= 0 && !m.entry.pattern().hasTarget()
            && (m.entry.code().startsWith("11") || m.entry.code().startsWith("12"))) {
            // "rejected calls by Belarus's rulers", "criticised Russia's plan", "rejected a proposal from Chile":
            // disapproving or rejecting someone's act is aimed at them
            targets = authorActors(g, m.object, actors);
        }
        if (!literal && targets.isEmpty() && (!noun || m.entry.code().startsWith("16")) && !m.entry.pattern().hasTarget()
            && (m.entry.code().startsWith("11") || m.entry.code().startsWith("12") || m.entry.code().startsWith("16"))) {
            // (nouns too for root 16: "the expulsion of two Peruvian diplomats" is aimed at their state)
            // "dismissed a plea from the EU", "reneged on its deal with Ankara": a request rejected is aimed at
            // whoever made it, an agreement gone back on at the other party; "expressed regret over Tokyo's
            // decision": disapproval of an act at its author
            for (int w : m.words) {
                if (w != m.head && s.token(w).isNoun() && targets.isEmpty()) {
                    for (String prep : List.of("from", "with")) {
                        int c = targets.isEmpty() ? prepTarget(g, List.of(w), prep, m) : -1;
                        if (c >= 0) {
                            targets = actors.actors(c);
                        }
                    }
                    List<Mention> owners = ownerActors(g, w, actors);
                    if (noun && !owners.isEmpty() && sources.containsAll(owners)) {
                        // "the expulsion of two Peruvian diplomats by Bolivia" with the by-phrase on "diplomats":
                        // the doer is no owner; the diplomats' adjective is
                        owners = new ArrayList<>();
                        for (Dependency d : g.children(w)) {
                            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                                addAll(owners, actors.actors(d.dependent()));
                            }
                        }
                    }
                    targets = targets.isEmpty() ? owners : targets;
                }
            }
        }
        if (!literal && targets.isEmpty() && m.object < 0 && !noun
            && (m.entry.code().startsWith("11") || m.entry.code().startsWith("12"))) {
            // the same with the verb's own object: "rejected a United Nations appeal", "rejected Israeli proposals"
            for (int o : g.children(m.head, "obj")) {
                targets = targets.isEmpty() ? authorActors(g, o, actors) : targets;
            }
        }
        if (!literal && targets.isEmpty() && !noun && root.equals("08")) {
            // "bowed to pressure from Brussels", "gave in to the union's demands": yielding is to whoever pressed
            for (int w : m.words) {
                if (w != m.head && s.token(w).isNoun()) {
                    targets = targets.isEmpty() ? authorActors(g, w, actors) : targets;
                }
            }
        }
        if (!literal && !noun && (m.entry.code().startsWith("10") || m.entry.code().startsWith("02"))) {
            // "demanded Washington's extradition of Gulen", "called for Israel's release of the prisoners": the
            // act asked for is the possessor's to do, so the demand is made of it, not of those the act concerns
            for (int w : m.words) {
                List<Integer> doers = new ArrayList<>();
                if (w != m.head && s.token(w).isNoun()) {
                    doers.addAll(g.children(w, "nmod:poss"));
                    if (hostileActNoun(s.token(w))) {
                        // "demanded an end to US missile strikes", "called for a halt to Saudi air raids": the
                        // modifier of a hostile act names its doer (not so "the release of Ukrainian prisoners")
                        doers.addAll(g.children(w, "amod"));
                        doers.addAll(g.children(w, "compound"));
                    }
                }
                for (int p : doers) {
                    List<Mention> owner = actors.actors(p);
                    if (!owner.isEmpty() && !sources.containsAll(owner)) {
                        targets = owner;
                    }
                }
            }
        }
        if (!literal && (m.entry.code().startsWith("1053") || m.entry.code().startsWith("0253"))) {
            // "demanded the release of Ukrainian prisoners held by Russia": a release is asked of the captor, not of
            // those it holds (whose state is the target only when no captor is named, as the released are all the
            // sentence says the demand is about)
            List<Mention> captors = captors(s, g, m, actors);
            if (!captors.isEmpty() && !sources.containsAll(captors)) {
                targets = captors;
            }
        }
        if (!literal && targets.isEmpty() && !noun && (m.entry.code().startsWith("10") || m.entry.code().startsWith("02"))) {
            // "demanded an accounting by Tokyo", "demanded Russia's withdrawal", "sought an apology from Japan":
            // a demand is made of whoever is to do what is demanded (not "the release of prisoners": of them)
            for (int o : g.children(m.head, "obj")) {
                for (Dependency d : g.children(o)) {
                    String r = d.relation();
                    if (targets.isEmpty() && (r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent")
                        || r.equals("nmod:from"))) {
                        targets = actors.actors(d.dependent());
                    }
                }
            }
        }
        if (!literal && targets.isEmpty() && !noun && m.entry.code().startsWith("13")) {
            // "threatened to stop the talks if the United States deploys missiles": the threat is aimed at the
            // one whose act would set it off
            List<Integer> clauses = new ArrayList<>(List.of(m.head));
            for (int i = 0; i < clauses.size() && i < 4; i++) {
                clauses.addAll(g.children(clauses.get(i), "xcomp")); // "threatened to stop talks to reduce arms if ..."
            }
            for (int c : clauses) {
                for (Dependency d : g.children(c)) {
                    if (!targets.isEmpty() || !d.relation().startsWith("advcl")) {
                        continue;
                    }
                    boolean conditional = false;
                    for (int mk : g.children(d.dependent(), "mark")) {
                        String w = s.token(mk).lowerWord();
                        conditional |= w.equals("if") || w.equals("unless");
                    }
                    if (conditional) {
                        for (int subj : g.children(d.dependent(), "nsubj")) {
                            targets = targets.isEmpty() ? actors.actors(subj) : targets;
                        }
                    }
                }
            }
        }
        int acted = m.object >= 0 && !m.entry.pattern().hasTarget() ? m.object : m.target;
        if (!literal && targets.isEmpty() && acted >= 0 && !PERSONS.contains(s.token(acted).key())) {
            // (not people: "rescued women kidnapped by Boko Haram" is not aimed at the kidnappers)
            // "banned the march organised by unions", "dispersed a rally staged by students": those who do what
            // the object names
            for (int participle : g.children(acted, "acl")) {
                for (Dependency d : g.children(participle)) {
                    if (targets.isEmpty() && (d.relation().equals("obl:by") || d.relation().equals("obl:agent"))) {
                        targets = actors.actors(d.dependent());
                    }
                }
            }
        }
        if (m.mutual) {
            // a compound whose members act on one another (PETRARCH's %): "Gondor and Osgiliath have delayed"
            Modality modality = literalModality(m, verbModality(s, g, m.head));
            double confidence = confidence(m, noun, sources, sources) - 0.1;
            for (Mention a : sources) {
                addPairs(m.entry.code(), m.entry.source(), s.index(), m.head, List.copyOf(m.words), List.of(a),
                    sources, modality, confidence, out);
            }
            return;
        }
        if (m.placedTarget && m.source < 0) {
            // "noted that Y regretted": the pattern put the target before the verb, so the source is the
            // one who speaks of it, the governing clause's subject
            List<Mention> own = new ArrayList<>(sources);
            own.removeAll(targets);
            sources = own.isEmpty() && g.head(m.head) >= 0 ? verbSources(g, g.head(m.head), actors, 1) : own;
        }
        if (!literal && !noun && targets.isEmpty() && ADDRESSED.contains(m.entry.code().substring(0, 2))) {
            // "demanded that the US cancel the sale", "urged that Israel ease restrictions": the one told to act
            for (int c : g.children(m.head, "ccomp")) {
                for (int subj : g.children(c, "nsubj")) {
                    if (targets.isEmpty()) {
                        targets = actors.actors(subj);
                    }
                }
            }
        }
        if (!literal && noun && targets.isEmpty() && ADDRESSED.contains(root)) {
            // "renewed its demand that Turkey release the journalists": the one the clause says is to act
            for (Dependency d : g.children(m.head)) {
                if (d.relation().equals("ccomp") || d.relation().equals("acl") || d.relation().equals("acl:that")) {
                    for (int subj : g.children(d.dependent(), "nsubj")) {
                        targets = targets.isEmpty() ? actors.actors(subj) : targets;
                    }
                }
            }
        }
        if (noun && targets.isEmpty()) {
            // "provided support to Israel", "imposed sanctions against Iran": the governing verb's complement
            for (Dependency p : g.parents(m.head)) {
                if (p.governor() >= 0 && p.relation().equals("obj") && s.token(p.governor()).isVerb()) {
                    for (String prep : List.of("to", "against", "on", "with", "for")) {
                        int c = prepTarget(g, List.of(p.governor()), prep, m);
                        if (c >= 0 && targets.isEmpty()) {
                            targets = actors.actors(c);
                        }
                    }
                }
            }
        }
        if (noun && targets.isEmpty()) {
            // "faced pressure from Congress", "received threats from X": the receiver is the target;
            // "accepted an offer of aid from Japan": an offer accepted from someone is that one's act (the
            // accepting, where CAMEO has a code for it, is the verb's own entry)
            for (Dependency p : g.parents(m.head)) {
                String verb = p.governor() >= 0 ? s.token(p.governor()).key() : "";
                if (p.relation().equals("obj") && (RECEIVING.contains(verb) || GETTING.contains(verb))) {
                    List<Mention> receivers = new ArrayList<>();
                    for (int subj : g.children(p.governor(), "nsubj")) {
                        addAll(receivers, actors.actors(subj));
                    }
                    List<Mention> givers = nounOwnSources(g, m.head, actors);
                    for (Dependency d : g.children(p.governor())) {
                        if (d.relation().equals("obl:from") || d.relation().equals("obl:agent")) {
                            addAll(givers, actors.actors(d.dependent())); // "received assurances from X"
                        }
                    }
                    boolean ofTarget = m.entry.pattern().elements().stream().anyMatch(el -> el instanceof Pattern.TargetObject);
                    if (givers.isEmpty() && !ofTarget) {
                        // "won the backing of the EU", "secured the support of Russia": the of-phrase of an act
                        // received is its doer (but "won the release of the hostages" names those released)
                        for (int of : g.children(m.head, "nmod:of")) {
                            addAll(givers, actors.actors(of));
                        }
                    }
                    if (!receivers.isEmpty() && (RECEIVING.contains(verb) || !givers.isEmpty())) {
                        targets = receivers;
                        sources = givers;
                    }
                }
            }
        }
        if (!literal && !noun && sources.isEmpty() && SELF_DIRECTED.contains(m.entry.code())
            && g.hasChild(m.head, "nsubj:pass")) {
            // "rebel fighters have been demobilised": the force demobilised is the one that demobilises
            List<Mention> own = new ArrayList<>(2);
            for (int subj : g.children(m.head, "nsubj:pass")) {
                addAll(own, actors.actors(subj));
            }
            sources = own;
        }
        if (!literal && sources.isEmpty() && RECIPROCAL.contains(s.token(m.head).key())
            && (targets.isEmpty() || m.target >= 0 && g.relationToHead(m.target).endsWith(":between"))) {
            // "clashes between Azerbaijani and Armenian forces"; "talks between the government and the ELN":
            // the sides a between-phrase names are the parties, each to the other, not a target
            List<Mention> sides = betweenSides(g, m.head, actors);
            if (!sides.isEmpty()) {
                sources = sides;
                targets = List.of();
            }
        }
        int under = noun ? (g.relationToHead(m.head).equals("obl:under") ? g.head(m.head) : -1)
            : g.children(m.head, "obl:under").isEmpty() ? -1 : m.head;
        boolean attacked = false;
        if (!literal && under >= 0 && s.token(under).key().equals("come")) {
            // "Ukrainian soldiers came under fire from separatists", "a convoy came under attack": the subject
            // is attacked; the attackers are the from-phrase or the attack's own doer ("came under Russian fire")
            List<Mention> victims = new ArrayList<>();
            List<Mention> attackers = new ArrayList<>();
            for (int subj : g.children(under, "nsubj")) {
                addAll(victims, actors.actors(subj));
            }
            for (int n : g.children(under, "obl:under")) {
                if (attackNoun(s.token(n))) {
                    addAll(attackers, nounOwnSources(g, n, actors));
                }
            }
            for (int from : g.children(under, "obl:from")) {
                addAll(attackers, actors.actors(from));
            }
            if (!victims.isEmpty()) {
                targets = victims;
                sources = attackers;
                attacked = true;
            }
        }
        boolean harmed = !literal && noun && !targets.isEmpty() && VIOLENT_ROOTS.contains(root)
            && g.relationToHead(m.head).equals("nsubj") && g.head(m.head) >= 0
            && HARMING.contains(s.token(g.head(m.head)).key());
        if (sources.isEmpty() && (noun || targets.isEmpty()) && !harmed && !attacked) {
            // an event noun without its actor is a topic, not an event (but "an attack on a Pakistani convoy
            // killed six soldiers" reports the attack, its doer unknown)
            return;
        }
        if (sources.isEmpty() && !noun && !literal && byMishap(s, g, m.head)) {
            return; // "eleven pilgrims were killed in a stampede", "floods killed 40": no one's act
        }
        if (!noun && !literal && g.children(m.head, "nsubj").stream().anyMatch(x -> MISHAPS.contains(s.token(x).key()))) {
            return; // "Ecuador's last major earthquake killed 1,000 people": where a disaster struck is not who acted
        }
        if (sources.isEmpty() && !noun && (g.hasChild(m.head, "obl:agent") || g.hasChild(m.head, "obl:by"))
            && !byOneOf(s, g, m.head, WEAPONS) && !byOneOf(s, g, m.head, HUMAN_DOERS)) {
            // "people hit by drought": the doer is named and is no actor (but "killed by a bomb" was an attack, and
            // "a maid was beaten by her employer" a person's act on the maid, its doer no actor)
            return;
        }
        if (root.equals("15") && !literal) {
            // mobilising one's own forces: the forces are what is moved, not whom it is aimed at
            List<Mention> own = sources;
            targets = targets.stream().filter(t -> !("MIL".equals(t.actor().sector()) || "COP".equals(t.actor().sector()))
                || t.actor().country() != null && own.stream().noneMatch(x -> t.actor().country().equals(x.actor().country()))
                && !t.actor().code().startsWith("---")).toList();
        }
        if (!literal && targets.isEmpty() && !noun && root.equals("14")) {
            // "staged a sit-in in protest against the army's treatment of detainees": what the protest is against
            List<Integer> hosts = new ArrayList<>(m.words);
            for (int w : m.words) {
                // "in protest" on the verb, or on its noun: "staged a hunger strike in protest against torture";
                // "threw stones during demonstrations against the occupation": the protest it happens in
                for (int c : g.children(w, w == m.head ? "obl:in" : "nmod:in")) {
                    if (s.token(c).key().equals("protest")) {
                        hosts.add(c);
                    }
                    // "marched through Minsk in defiance of the authorities": whom the protest defies
                    for (int of : s.token(c).key().equals("defiance") ? g.children(c, "nmod:of") : List.<Integer>of()) {
                        targets = targets.isEmpty() ? actors.actors(of) : targets;
                    }
                }
                for (int c : g.children(w, w == m.head ? "obl:during" : "nmod:during")) {
                    if (GATHERINGS.contains(s.token(c).key())) {
                        hosts.add(c);
                    }
                }
            }
            for (int w : hosts) {
                for (String prep : List.of("against", "over", "at")) {
                    for (int c : g.children(w, "nmod:" + prep)) {
                        for (int by : w != m.head ? nounAgents(s, g, c) : List.<Integer>of()) {
                            // "in protest against his detention by Egyptian authorities": against the detainers
                            targets = targets.isEmpty() ? actors.actors(by) : targets;
                        }
                        if (targets.isEmpty() && w != m.head) {
                            targets = actors.actors(c).isEmpty() ? ownerActors(g, c, actors) : actors.actors(c);
                        }
                        if (targets.isEmpty() && w != m.head && !g.hasChild(m.head, "nsubj:pass")) {
                            // "... in protest against torture by Emirati security forces" with the by-phrase
                            // hung on the active verb or on "protest": it names the doer of what is protested
                            List<Integer> bys = new ArrayList<>(g.children(m.head, "obl:by"));
                            bys.addAll(g.children(w, "nmod:by")); // "in protest against torture by police"
                            for (int by : bys) {
                                targets = by > c && targets.isEmpty() ? actors.actors(by) : targets;
                            }
                        }
                    }
                }
            }
        }
        if (!literal && targets.isEmpty() && !noun) {
            // "deployed troops against the rebels"; "mobilized reservists for a possible war against Iraq": what
            // the act is for is aimed at someone
            for (int a : g.children(m.head, "obl:against")) {
                targets = targets.isEmpty() ? actors.actors(a) : targets;
            }
            for (int f : g.children(m.head, "obl:for")) {
                for (int a : g.children(f, "nmod:against")) {
                    targets = targets.isEmpty() ? actors.actors(a) : targets;
                }
            }
        }
        if (!literal && sources.size() >= 2 && !m.entry.pattern().hasTarget() && reciprocal(m.entry) && !targets.isEmpty()
            && targets.stream().allMatch(t -> t.actor().code().startsWith("---"))) {
            // "Iraq and Iran signed an agreement to share intelligence": a mutual act's parties are each other's
            // partners; an unnamed state's sector word in what they agree on ("intelligence") is none of them
            targets = List.of();
        }
        if (targets.isEmpty() && sources.size() >= 2 && !literal
            && (reciprocal(m.entry) || noun && traded(s, g, m.head) || eachOther(s, g, m.target))) {
            // "Israel and Hamas clashed", "the two leaders met": each acts on the others; "India and Pakistan
            // traded accusations": what is traded goes both ways
            Modality modality = noun ? nounModality(s, g, m.head) : verbModality(s, g, m.head);
            double confidence = confidence(m, noun, sources, sources) - 0.1;
            for (Mention a : sources) {
                addPairs(m.entry.code(), m.entry.source(), s.index(), m.head, List.copyOf(m.words), List.of(a),
                    sources, modality, confidence, out);
            }
            return;
        }
        Modality modality = literalModality(m, noun ? nounModality(s, g, m.head) : verbModality(s, g, m.head));
        double confidence = confidence(m, noun, sources, targets);
        List<Integer> words = List.copyOf(m.words);
        String rule = m.entry.source();
        String code = m.entry.code();
        if (!literal && code.equals("151") && !sources.isEmpty()
            && sources.stream().allMatch(x -> "MIL".equals(x.actor().sector()))) {
            // raising alert is 151 for police and security, 152 for armed forces: "troops stepped up patrols"
            code = "152";
            rule = rule + "+military";
        }
        if (!literal && m.entry.pattern().head().equals("storm") && !sources.isEmpty()) {
            // who storms a building says what the storming is: police raid it (171, PLOVER's COERCE "raid"), armed
            // forces attack it (190), a crowd riots (145): "police stormed the embassy", "protesters stormed the
            // governor's office"
            String stormed = stormCode(s, sources);
            if (stormed != null && !stormed.equals(code)) {
                code = stormed;
                rule = rule + (stormed.equals("171") ? "+police" : stormed.equals("190") ? "+military" : "+crowd");
            }
        }
        if (!literal && code.equals("192") && m.entry.pattern().head().equals("cross")
            && !sources.stream().allMatch(x -> armed(x.actor())) && !machineSubject(s, g, m.head)) {
            return; // "troops crossed into Iraq" takes ground; refugees or traders crossing a border do not
        }
        if (!literal && code.startsWith("054") && RECOGNISING.contains(m.entry.pattern().head()) && recognisedAsLand(s, g, m.head)) {
            // "Russia recognised Crimea as part of Russia": a land recognised as a part of a state is claimed for it,
            // no state recognised
            return;
        }
        if (!literal && m.entry.pattern().head().equals("enter") && (code.equals("192") || code.equals("150"))
            && (sources.isEmpty() || !machineSubject(s, g, m.head) && !sources.stream().allMatch(x -> x.actor().sector() != null
                && ENTERING_FORCES.contains(x.actor().sector()))
                || code.equals("192") && !enteredGround(s, g, m.head, actors))) {
            // armed forces entering a town or a country take ground (192), entering another's waters or airspace
            // show force (150): "Turkish troops entered Jarablus"; not police entering a house, nor tourists a town
            return;
        }
        if (!literal && code.equals("192") && m.entry.pattern().head().equals("march") && !sources.isEmpty()
            && "145".equals(stormCode(s, sources))) {
            // a crowd marching into a square demonstrates (141); troops marching into a town take it (192)
            code = "141";
            rule = rule + "+crowd";
        }
        if (!literal && code.equals("1712") && !sources.isEmpty()
            && (ARSON.contains(m.entry.pattern().head()) && sources.stream().allMatch(x -> "OPP".equals(x.actor().sector())
                || x.head() >= 0 && CROWDS.contains(s.token(x.head()).key()))
                || sources.stream().allMatch(x -> x.actor().sector() != null && UNARMED.contains(x.actor().sector())
                    || x.head() >= 0 && CROWDS.contains(s.token(x.head()).key()))
                && (duringProtest(s, g, m.head) || m.target >= 0 && STREET_BARRICADES.contains(s.token(m.target).key())))) {
            // who sets fire says what the burning is: protesters and mobs who torch a building riot (145),
            // others destroy property (1712): "protesters set fire to the parliament", "militants torched a school";
            // unarmed people who burn or smash things during a protest, or burn tyres and barricades in the street,
            // protest violently: "students burned tyres during a demonstration in Nairobi"
            code = "145";
            rule = rule + "+crowd";
        }
        if (!literal && root.equals("19") && m.entry.pattern().head().equals("strike") && m.target < 0
            && !sources.isEmpty()
            && sources.stream().allMatch(x -> x.actor().sector() != null && STRIKING.contains(x.actor().sector()))) {
            // "dock workers struck for a third day", "unions said they would strike", "a strike by nurses":
            // workers, students and doctors who strike with no one struck stop work (143); armed and state
            // actors strike at someone
            code = "143";
            rule = rule + "+labour";
        }
        addPairs(code, rule, s.index(), m.head, words, sources, targets, modality, confidence, out);
        if (m.entry.reverse() != null && !sources.isEmpty() && !targets.isEmpty()) {
            // a paired code: the target's side of the same event ("arrived in Gondor": Gondor hosts)
            addPairs(m.entry.reverse(), rule, s.index(), m.head, words, targets, sources, modality, confidence, out);
        }
    }

    /**
     * In literal mode, the dictionary decides: a pattern that names words before the verb has coded the
     * modality itself, and a future or conditional event counts as asserted; only a negation the pattern
     * does not name stays. Otherwise Dyad's modality as found.
     */
    private Modality literalModality(Match m, Modality found) {
        if (!literal) {
            return found;
        }
        if (m.modified || found != Modality.NEGATED) {
            return Modality.ASSERTED;
        }
        return found;
    }

    /** Whether the event noun {@code h} is the object of a verb of give-and-take: "traded accusations". */
    private static boolean traded(Sentence s, DependencyGraph g, int h) {
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().equals("obj") && TRADING.contains(s.token(p.governor()).key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the target is "each other" or "one another": "Armenia and Azerbaijan accused each other". */
    private static boolean eachOther(Sentence s, DependencyGraph g, int target) {
        if (target < 0) {
            return false;
        }
        String w = s.token(target).lowerWord();
        if (w.equals("one") && target + 1 < s.size() && s.token(target + 1).lowerWord().equals("another")) {
            return true; // the parser may head "one another" on "one" ("blamed one another")
        }
        String partner = w.equals("other") ? "each" : w.equals("another") ? "one" : null;
        if (partner == null) {
            return false;
        }
        for (Dependency c : g.children(target)) {
            if (s.token(c.dependent()).lowerWord().equals(partner)) {
                return true;
            }
        }
        return target > 0 && s.token(target - 1).lowerWord().equals(partner);
    }

    /** Whether the predicate is mutual when its actors are coordinated: meet, fight, clash, negotiate. */
    private static boolean reciprocal(LexiconEntry e) {
        boolean withSomeone = e.pattern().elements().stream().anyMatch(el -> el instanceof Pattern.TargetPrep tp
            && (tp.preposition().equals("with") || tp.preposition().equals("against")));
        if (ONE_SIDED.contains(e.code().substring(0, 3)) && !withSomeone) {
            // "Russia and China supported the resolution": each praised it, not the other; but "Israel and the
            // UAE established diplomatic relations" (with each other)
            return false;
        }
        if (MUTUAL_ROOTS.contains(e.code().substring(0, 2))) {
            return true; // "India and Bangladesh signed an agreement", "the two sides agreed to a ceasefire"
        }
        if (e.code().equals("0871")) {
            return true; // "Israel and Hamas agreed to a ceasefire", "the two sides declared a truce"
        }
        for (Pattern.Element el : e.pattern().elements()) {
            if (el instanceof Pattern.TargetPrep tp && (tp.preposition().equals("with") || tp.preposition().equals("against"))) {
                return true;
            }
            if (e.code().startsWith("087") && el instanceof Pattern.Object o && RECIPROCAL.contains(o.lemma())) {
                return true; // "Ethiopia and Eritrea ended their war": a war is ended by both sides
            }
        }
        return RECIPROCAL.contains(e.pattern().head())
            || TRADING.contains(e.pattern().head()); // "exchanged fire", "swapped prisoners": both ways
    }

    private static void addPairs(String code, String rule, int sentence, int head, List<Integer> words,
                                 List<Mention> sources, List<Mention> targets, Modality modality, double confidence,
                                 List<EventMention> out) {
        // an actor does not act on itself: "Russia put its troops on alert" has no target, not a self-target
        List<Mention> others = targets.stream().filter(t -> sources.stream().noneMatch(
            x -> x != null && x.actor().code().equals(t.actor().code()))).toList();
        if (sources.size() == 1 && !targets.isEmpty() && others.isEmpty()) {
            targets = List.of();
        }
        List<Mention> src = sources.isEmpty() ? singletonNull() : sources;
        List<Mention> tgt = targets.isEmpty() ? singletonNull() : targets;
        for (Mention a : src) {
            boolean added = false;
            for (Mention b : tgt) {
                if (a != null && b != null && a.actor().code().equals(b.actor().code())) {
                    continue; // an actor does not act on itself
                }
                out.add(new EventMention(code, rule, sentence, head, words, a, b, modality, confidence));
                added = true;
            }
            if (!added) {
                // "Russian and Syrian jets bombed Syria's north": Syria acted all the same, on no one else
                out.add(new EventMention(code, rule, sentence, head, words, a, null, modality, confidence));
            }
        }
    }

    private static List<Mention> singletonNull() {
        List<Mention> l = new ArrayList<>(1);
        l.add(null);
        return l;
    }

    private static double confidence(Match m, boolean noun, List<Mention> sources, List<Mention> targets) {
        double c = 0.9;
        if (m.targetMissing) {
            c -= 0.15;
        }
        if (noun) {
            c -= 0.1;
        }
        if (sources.isEmpty()) {
            c -= 0.25;
        } else if (sources.stream().allMatch(x -> x.resolvedBy().equals("coreference"))) {
            c -= 0.1;
        }
        if (sources.stream().anyMatch(x -> !x.resolved()) || targets.stream().anyMatch(x -> !x.resolved())) {
            c -= 0.15;
        }
        return Math.max(0.05, Math.round(c * 100) / 100.0);
    }

    /**
     * Whether a verb is a past participle modifying a noun, a passive reduced relative: "journalists detained since
     * 2013". One with a direct object is a finite verb the tagger took for a participle ("doctors from two aid
     * groups donated $50,000 worth of goods").
     */
    private static boolean reducedRelative(Sentence s, DependencyGraph g, int h) {
        return s.token(h).tag().equals("VBN") && g.relationToHead(h).equals("acl") && !g.hasChild(h, "aux")
            && !g.hasChild(h, "obj");
    }

    /** Subjects of a verb; the by-agent when passive; inherited from the governing clause when absent. */
    private List<Mention> verbSources(DependencyGraph g, int h, SentenceActors actors, int depth) {
        Sentence s = actors.sentence();
        List<Mention> out = new ArrayList<>(2);
        boolean passive = g.hasChild(h, "nsubj:pass") || g.hasChild(h, "aux:pass") || reducedPassive(s, g, h)
            // a reduced relative, "journalists detained since 2013", "people killed in the attack": the noun
            // it modifies underwent the act
            || reducedRelative(s, g, h);
        if (passive) {
            for (Dependency d : g.children(h)) {
                if (d.relation().equals("obl:agent") || d.relation().equals("obl:by") || d.relation().equals("nmod:agent")) {
                    List<Mention> agents = actors.actors(d.dependent());
                    addAll(out, agents.isEmpty() ? instrumentUsers(g, d.dependent(), actors) : agents);
                }
            }
            if (out.isEmpty() && !literal) {
                // "Kurdish fighters were killed in a Turkish air strike": the doer of the attack it happened in
                for (int in : g.children(h, "obl:in")) {
                    if (attackNoun(s.token(in))) {
                        addAll(out, nounOwnSources(g, in, actors));
                    }
                }
            }
            return out;
        }
        boolean ownSubject = false;
        for (int c : g.children(h, "csubj")) {
            // "Taliban ruled Afghanistan has been sharing …": an unhyphenated "X-ruled Y" parsed as a clause
            // subject; the subject is Y
            if (RULED.contains(s.token(c).key()) && (s.token(c).tag().equals("VBD") || s.token(c).tag().equals("VBN"))
                && g.children(c, "aux").isEmpty() && g.children(c, "mark").isEmpty()) {
                for (int o : g.children(c, "obj")) {
                    addAll(out, actors.actors(o));
                    ownSubject = true;
                }
            }
        }
        for (Dependency d : g.children(h)) {
            if (!DependencyGraph.isSubject(d.relation())) {
                continue;
            }
            int c = d.dependent();
            List<Mention> subjects = actors.actors(c);
            if (!literal && actors.at(c) == null && g.hasChild(c, "nmod:of")
                && !lexicon.nouns(s.token(c).key(), s.token(c).lowerWord()).isEmpty()) {
                // "the bombing of a hospital by Saudi warplanes killed 19 people": an act as subject does what its
                // doer does; whom its of-phrase names underwent it
                subjects = nounOwnSources(g, c, actors);
            }
            if (!literal && subjects.isEmpty() && d.relation().equals("nsubj:xsubj") && g.head(h) >= 0
                && USING.contains(s.token(g.head(h)).key()) && g.parents(c, "obj").contains(g.head(h))) {
                // "police used water cannon to disperse the crowd": the parser makes the thing used the purpose
                // clause's subject; the one who uses it does what it is used for
                continue;
            }
            if (!literal && d.relation().equals("nsubj:xsubj") && summoning(s, g, h) >= 0) {
                continue; // "summoned the Chinese ambassador to protest": the one who summons protests
            }
            addAll(out, subjects.isEmpty() ? instrumentUsers(g, c, actors) : subjects);
            ownSubject |= !s.token(c).tag().startsWith("PRP") && !s.token(c).tag().startsWith("W");
        }
        // a clause whose own subject names no actor ("after crowds trashed its embassy") does not borrow
        // the governing clause's subject
        if (out.isEmpty() && depth < 3 && !ownSubject) {
            for (Dependency p : g.parents(h)) {
                String r = p.relation();
                if (p.governor() < 0) {
                    continue;
                }
                if (allegedAct(actors.sentence(), p)) {
                    // who is accused of an act is its alleged doer: "accused China of harassing its fishermen",
                    // "Russia was blamed for …", "sentenced him for attacking a policeman", "a teenager suspected
                    // of stabbing a soldier" (the accused is the object, the subject of the passive, or the noun
                    // the participle describes); one named but no actor leaves the doer unknown, never the accuser
                    List<Integer> accused = new ArrayList<>(g.children(p.governor(), "obj"));
                    accused.addAll(g.children(p.governor(), "nsubj:pass"));
                    if (accused.isEmpty() && reducedRelative(s, g, p.governor())) {
                        accused.add(g.head(p.governor()));
                    }
                    for (int o : accused) {
                        addAll(out, actors.actors(o));
                    }
                    if (!accused.isEmpty()) {
                        return out;
                    }
                }
                if (r.startsWith("xcomp") || r.startsWith("conj") || r.startsWith("advcl")) {
                    addAll(out, verbSources(g, p.governor(), actors, depth + 1));
                } else if (r.startsWith("acl")) {
                    addAll(out, actors.actors(p.governor()));
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        if (out.isEmpty() && depth == 0 && g.relationToHead(h).matches("advcl.*|acl|dep|xcomp.*")
            && g.children(h, "nsubj").isEmpty() && s.token(h).tag().equals("VBG")
            && g.parents(h).stream().noneMatch(p -> allegedAct(s, p))) {
            // a participial clause ("…, killing four civilians") has the doer of the clause it hangs from
            // ("a camp was attacked by militiamen, killing 156": the militiamen), else the main clause's subject
            int governor = g.head(h);
            if (!literal && governor >= 0 && s.token(governor).isVerb()) {
                for (int o : g.children(governor, "obj")) {
                    if (MINES.contains(s.token(o).key()) && actors.at(o) == null) {
                        // "a police vehicle hit a landmine, killing three officers": the charge's layer did it
                        return instrumentUsers(g, o, actors);
                    }
                }
            }
            if (governor >= 0 && s.token(governor).isVerb()) {
                addAll(out, verbSources(g, governor, actors, depth + 1));
            }
            int root = h;
            for (int i = 0; i < 6 && g.head(root) >= 0; i++) {
                root = g.head(root);
            }
            if (root != h && out.isEmpty()) {
                for (int c : g.children(root, "nsubj")) {
                    addAll(out, actors.actors(c));
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code h} is a past participle that describes a noun without an auxiliary, a passive relative
     * clause cut short: "sailors detained in the Gulf", "fighters trained by the United States". The noun is
     * what the verb acts on, not its doer, who is in the by-phrase if anywhere.
     */
    private static boolean reducedPassive(Sentence s, DependencyGraph g, int h) {
        return s.token(h).tag().equals("VBN") && "acl".equals(g.relationToHead(h)) && g.head(h) >= 0
            && s.token(g.head(h)).isNoun() && !g.hasChild(h, "nsubj") && !g.hasChild(h, "aux")
            && !g.hasChild(h, "obj"); // a participle with an object is active: a finite verb the tagger misread
    }

    /** Verbs whose assault sense needs a person acted on: "hanged two men", not "hanged posters" or "executed a plan". */
    private static final Set<String> PEOPLE_ONLY = Set.of("hang", "execute", "abuse", "mistreat", "maltreat", "ill-treat");
    /** Abstract objects of verbs of force, whose sense is then figurative: "quell fears", "seize the chance". */
    private static final Set<String> ABSTRACT_OBJECTS = Set.of("fear", "concern", "worry", "anxiety", "doubt",
        "speculation", "rumour", "rumor", "expectation", "forecast", "estimate", "odds", "record", "inflation",
        "deficit", "price", "cost", "chance", "opportunity", "moment", "initiative", "imagination", "attention",
        "headline", "spotlight", "plan", "strategy", "idea", "campaign", "bill", "remark", "comment", "momentum",
        "market", "share", "title", "crown", "medal", "trophy", "mood", "heart", "hope", "appetite", "urge", "habit");
    /** What is charged when a price is asked: "charged higher fees". */
    private static final Set<String> FEES = Set.of("fee", "price", "rate", "interest", "tariff", "toll", "commission",
        "premium", "rent", "fare", "money", "cent", "penny");
    /** Contests in which one side "beats" or "crushes" another: a defeat, not an assault. */
    private static final Set<String> CONTESTS = Set.of("election", "poll", "vote", "ballot", "race", "match", "game",
        "final", "semi-final", "semifinal", "quarter-final", "tournament", "championship", "contest", "primary",
        "runoff", "run-off", "referendum", "league", "cup", "derby", "playoff", "play-off");
    /** Offences whose crackdown is law enforcement, not repression of people. */
    private static final Set<String> OFFENCES = Set.of("corruption", "graft", "crime", "drug", "trafficking",
        "smuggling", "evasion", "fraud", "piracy", "poaching", "counterfeiting", "doping", "speeding", "gambling",
        "laundering", "bribery", "theft", "logging", "mining", "fishing", "pollution", "littering", "spam");
    /** Goods seized or destroyed by law enforcement, whose seizure is no act on an actor. */
    private static final Set<String> CONTRABAND = Set.of("drug", "narcotic", "cocaine", "heroin", "marijuana",
        "cannabis", "hashish", "methamphetamine", "meth", "opium", "contraband", "counterfeit", "ivory", "tramadol",
        "captagon", "amphetamine", "ecstasy");
    /** What a part or amount is of: "10 tonnes of marijuana" is marijuana; other nouns are themselves. */
    private static int partitiveHead(Sentence s, DependencyGraph g, int noun) {
        if (PARTITIVES.contains(s.token(noun).key())) {
            for (int of : g.children(noun, "nmod:of")) {
                return of;
            }
        }
        return noun;
    }

    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d+[-\u2013]\\d+");

    /**
     * Whether a verb of force is used figuratively: an abstract object ("beat expectations", "quell fears", "seized
     * the chance"), a phrasal verb the pattern does not name ("kicked off the campaign"), seizing "on" something
     * (exploiting it), or a contest ("beat France 2-0", "crushed the opposition in the elections").
     */
    private static boolean figurative(Sentence s, DependencyGraph g, Match m, SentenceActors actors) {
        int h = m.head;
        if (m.target >= 0 && actors.at(m.target) == null && ABSTRACT_OBJECTS.contains(s.token(m.target).key())
            && !m.entry.code().startsWith("194") && !m.entry.code().startsWith("195")) {
            return true; // (but what is bombed or shelled is real: "bombed a market", "shelled the market")
        }
        for (int prt : g.children(h, "compound:prt")) {
            String w = s.token(prt).lowerWord();
            if (!m.words.contains(prt) && !w.equals("back") && !w.equals("down")) { // "fired back", "gunned down" are force
                return true;
            }
        }
        if (s.token(h).key().equals("charge")) {
            // "charged customers higher fees": a price asked, not a charge laid
            List<Integer> objects = new ArrayList<>(g.children(h, "obj"));
            objects.addAll(g.children(h, "iobj"));
            if (objects.size() >= 2 || objects.stream().anyMatch(o -> FEES.contains(s.token(o).key())
                || CURRENCIES.contains(s.token(o).key()))) {
                return true;
            }
        }
        if (s.token(h).key().equals("seize") && g.children(h, "obj").isEmpty()
            && (!g.children(h, "obl:on").isEmpty() || !g.children(h, "obl:upon").isEmpty())) {
            return true;
        }
        List<Dependency> around = new ArrayList<>(g.children(h));
        if (m.target >= 0) {
            around.addAll(g.children(m.target)); // "crushed the opposition in the elections" hung on the object
        }
        for (Dependency d : around) {
            String r = d.relation();
            Token t = s.token(d.dependent());
            if ((r.equals("obl:in") || r.equals("obl:at") || r.equals("nmod:in") || r.equals("nmod:at"))
                && CONTESTS.contains(t.key())) {
                return true;
            }
            if (SCORE.matcher(t.word()).matches()) {
                return true;
            }
        }
        return false;
    }
    /**
     * Nouns and pronouns of people that name no actor: whom a {@link #PEOPLE_ONLY} verb may act on, and who may be
     * handed over to justice (nouns: lexicon/classes.tsv PERSON).
     */
    private static final Set<String> PERSONS = persons();

    private static Set<String> persons() {
        Set<String> out = new java.util.HashSet<>(WordClasses.BUILT_IN.members("PERSON"));
        out.addAll(List.of("he", "she", "him", "her", "they", "them"));
        return Set.copyOf(out);
    }
    /**
     * Whether a clause that describes a noun tells an earlier event, not the news: a past perfect ("the soldiers
     * they had captured"), or one about an act recalled or witnessed ("recalled the bombing that killed 85", "the
     * anniversary of the attack that killed 20").
     */
    private static boolean background(Sentence s, DependencyGraph g, int verb) {
        String r = g.relationToHead(verb);
        if (!(r.startsWith("acl") || r.equals("parataxis")) || g.head(verb) < 0) {
            return false;
        }
        for (int a : g.children(verb, "aux")) {
            if (s.token(a).key().equals("have") && s.token(a).tag().equals("VBD")) {
                return true;
            }
        }
        int noun = g.head(verb);
        if (!r.startsWith("acl") || !s.token(noun).isNoun()) {
            return false;
        }
        if (recalled(s, g, noun)) {
            return true;
        }
        for (Dependency p : g.parents(noun)) {
            if (p.governor() >= 0 && p.relation().equals("obj") && WITNESSING.contains(s.token(p.governor()).key())) {
                return true;
            }
        }
        return false;
    }

    /** Accidents and disasters, which harm people without anyone's act. */
    private static final Set<String> MISHAPS = Set.of("accident", "crash", "collision", "stampede", "blaze",
        "flood", "flooding", "earthquake", "quake", "landslide", "mudslide", "avalanche", "storm", "cyclone", "hurricane",
        "typhoon", "tornado", "derailment", "capsizing", "heatwave", "lightning", "tsunami", "eruption", "outbreak",
        "epidemic", "disaster", "mishap", "rainfall", "rain", "drought");

    private static final Set<String> GUNS = Set.of("gun", "machine-gun", "tank", "cannon", "rifle", "army", "police",
        "troop", "militant", "rebel", "enemy", "naval", "helicopter", "aircraft");

    /** Verbs of things giving way, which kill without anyone's act when what gives way is no weapon. */
    private static final Set<String> MISHAP_VERBS = Set.of("explode", "collapse", "capsize", "sink", "derail",
        "overturn", "crash", "catch", "burn", "erupt");

    /**
     * Whether an accident or disaster did it: the verb's subject, by-agent or in-phrase ("killed in a crash"), a
     * fire that is no gunfire ("a fire at a factory killed 40"), a thing that is no weapon giving way when it
     * happened ("were killed when a gas cylinder exploded"), or, for a participle, in the clause it hangs from
     * ("a tanker truck exploded, killing 150", "an earthquake struck, killing 200").
     */
    private static boolean byMishap(Sentence s, DependencyGraph g, int verb) {
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            boolean cause = r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by") || r.equals("obl:in")
                || r.equals("obl:during") || r.equals("obl:after");
            if (cause && (MISHAPS.contains(s.token(d.dependent()).key()) || blaze(s, g, d.dependent()))) {
                return true;
            }
            if (r.startsWith("advcl") && (r.equals("advcl:when") || childWithLemma(s, g, d.dependent(), "when", "advmod", "mark") >= 0)
                && givesWay(s, g, d.dependent())) {
                return true;
            }
        }
        int governor = g.head(verb);
        boolean commaClause = verb > 0 && s.token(verb - 1).word().equals(",") && g.relationToHead(verb).equals("acl");
        for (int i = 0; commaClause && i < 3 && governor >= 0 && !s.token(governor).isVerb(); i++) {
            governor = g.head(governor); // ", killing 40" hung on the noun before it: the clause's verb
        }
        if (governor >= 0 && s.token(verb).tag().equals("VBG") && g.children(verb, "nsubj").isEmpty()
            && (commaClause || g.relationToHead(verb).matches("advcl.*|dep|xcomp.*|conj.*")) && s.token(governor).isVerb()) {
            if (givesWay(s, g, governor)) {
                return true;
            }
            for (int subj : g.children(governor, "nsubj")) {
                if (MISHAPS.contains(s.token(subj).key()) || blaze(s, g, subj)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a verb says a thing that is no weapon gave way: "a gas cylinder exploded", "the building collapsed". */
    private static boolean givesWay(Sentence s, DependencyGraph g, int verb) {
        if (!MISHAP_VERBS.contains(s.token(verb).key())) {
            return false;
        }
        List<Integer> subjects = g.children(verb, "nsubj");
        return !subjects.isEmpty() && subjects.stream().noneMatch(x -> WEAPONS.contains(s.token(x).key())
            && !(s.token(x).key().equals("mine") && !g.children(x, "compound").isEmpty()) // "a coal mine collapsed"
            || s.token(x).key().equals("bomber") || g.children(x, "compound").stream().anyMatch(c -> WEAPONS.contains(s.token(c).key())));
    }

    /** Whether "fire" is a blaze, not gunfire: no one's ("Israeli fire") and no weapon's ("mortar fire"). */
    private static boolean blaze(Sentence s, DependencyGraph g, int noun) {
        if (!s.token(noun).key().equals("fire")) {
            return false;
        }
        for (Dependency d : g.children(noun)) {
            String r = d.relation();
            String w = s.token(d.dependent()).key();
            if (r.equals("amod") || r.equals("nmod:poss") || r.equals("nmod:from") || r.equals("nmod:by")
                || r.equals("compound") && (WEAPONS.contains(w) || GUNS.contains(w))) {
                return false; // "heavy fire", "tank fire", "fire from the army" (but "a factory fire" is a blaze)
            }
        }
        return true;
    }

    /**
     * The sides of a fight named by "between": "clashes between Azerbaijani and Armenian forces", "fighting broke
     * out between rebels and troops" (the phrase then hangs from the verb the fight is the subject of). Fewer
     * than two sides name no fight's parties.
     */
    private static List<Mention> betweenSides(DependencyGraph g, int h, SentenceActors actors) {
        List<Mention> out = new ArrayList<>(2);
        List<Integer> hosts = new ArrayList<>(List.of(h));
        if (g.relationToHead(h).startsWith("nsubj") && g.head(h) >= 0) {
            hosts.add(g.head(h));
        }
        for (int host : hosts) {
            for (Dependency d : g.children(host)) {
                if (out.size() < 2 && (d.relation().equals("nmod:between") || d.relation().equals("obl:between"))) {
                    addAll(out, actors.actors(d.dependent()));
                    for (int c : g.children(d.dependent(), "conj")) {
                        addAll(out, actors.actors(c)); // "between the government and the ELN"
                    }
                }
            }
            if (out.size() >= 2) {
                return out;
            }
            out.clear();
        }
        return List.of();
    }

    /**
     * People who act as persons, not actors: the doer of "was beaten by her employer" (the nouns of a tie to another
     * person, {@link SentenceActors#TIES}, and other people named by what they are or do).
     */
    private static final Set<String> HUMAN_DOERS = humanDoers();

    private static Set<String> humanDoers() {
        Set<String> out = new java.util.HashSet<>(SentenceActors.TIES);
        out.addAll(List.of("neighbour", "neighbor", "stranger", "colleague", "gunman", "assassin", "guard", "classmate",
            "mob"));
        out.addAll(PERSONS);
        return Set.copyOf(out);
    }

    /** Whether the verb's by-agent is one of these words: "killed by a bomb", "beaten by her employer". */
    private static boolean byOneOf(Sentence s, DependencyGraph g, int verb, Set<String> words) {
        for (Dependency d : g.children(verb)) {
            if ((d.relation().equals("obl:agent") || d.relation().equals("obl:by")) && words.contains(s.token(d.dependent()).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who used the thing that did it: "a bomb planted by militants killed two soldiers", "strikes by the
     * coalition killed ten", "was hit by a rocket
     * fired by Hamas", "a missile believed to have been fired by rebels" (the agent of a participle that
     * modifies the doer, directly or through "believed to", "said to").
     */
    private static List<Mention> instrumentUsers(DependencyGraph g, int thing, SentenceActors actors) {
        List<Mention> out = new ArrayList<>(1);
        if (WEAPONS.contains(actors.sentence().token(thing).key()) || DOCUMENTS.contains(actors.sentence().token(thing).key())) {
            for (Dependency d : g.children(thing)) {
                if (d.relation().equals("nmod:by") || d.relation().equals("nmod:agent")) {
                    addAll(out, actors.actors(d.dependent())); // "air strikes by the coalition killed ten"
                }
            }
        }
        for (Dependency a : g.children(thing)) {
            boolean participle = a.relation().equals("amod") && actors.sentence().token(a.dependent()).tag().equals("VBN");
            if (!a.relation().startsWith("acl") && !participle) {
                continue;
            }
            List<Integer> verbs = new ArrayList<>(List.of(a.dependent()));
            verbs.addAll(g.children(a.dependent(), "xcomp"));
            for (int v : verbs) {
                for (Dependency d : g.children(v)) {
                    if (d.relation().equals("obl:agent") || d.relation().equals("obl:by") || d.relation().equals("nmod:agent")) {
                        addAll(out, actors.actors(d.dependent()));
                    }
                }
            }
        }
        return out;
    }

    /** Hidden charges that a vehicle or a walker runs into: who "hit" one underwent the blast. */
    private static final Set<String> MINES = Set.of("mine", "landmine", "ied", "bomb", "device", "explosive");

    /** Writings that speak for their authors: "a report by the Rwandan government alleged …". */
    private static final Set<String> DOCUMENTS = Set.of("report", "study", "investigation", "inquiry", "probe",
        "survey", "document", "dossier", "assessment", "review", "audit", "analysis", "statement", "letter", "paper");

    /** Things that do harm in someone's hands: an attack by one of them has a doer, named or not. */
    private static final Set<String> WEAPONS = Set.of("bomb", "explosive", "mine", "landmine", "grenade", "device", "ied",
        "missile", "rocket", "shell", "mortar", "bullet", "gunfire", "drone", "airstrike", "blast", "explosion",
        "bombing", "attack", "strike", "fire", "sniper", "artillery", "shelling");

    /** Who does what an event noun names: possessor, adjective or compound actor, by-phrase, or the governing verb's subject. */
    private List<Mention> nounSources(DependencyGraph g, int h, SentenceActors actors) {
        List<Mention> out = nounOwnSources(g, h, actors);
        if (!out.isEmpty() && out.stream().allMatch(x -> x.actor().code().startsWith("---"))) {
            // "Germany and France began joint police patrols": a sector word of no state that says what kind
            // of act it is gives way to the named doers of the verb that carries the act out
            for (Dependency p : g.parents(h)) {
                if (p.governor() >= 0 && p.relation().equals("obj")
                    && CONDUCTING.contains(actors.sentence().token(p.governor()).key())) {
                    List<Mention> doers = verbSources(g, p.governor(), actors, 1);
                    if (!doers.isEmpty() && doers.stream().noneMatch(x -> x.actor().code().startsWith("---"))) {
                        return doers;
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && (p.relation().equals("obj") || p.relation().startsWith("nsubj:pass"))
                && !WITNESSING.contains(actors.sentence().token(p.governor()).key())
                && !suppressing(actors.sentence(), g, p.governor(), h)) {
                addAll(out, verbSources(g, p.governor(), actors, 1));
            } else if (p.governor() >= 0 && participant(actors.sentence(), g, h) == p.governor()) {
                // "troops were engaged in fighting", "the militia took part in the attacks": who takes part does it
                for (Dependency d : g.children(p.governor())) {
                    if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                        addAll(out, actors.actors(d.dependent()));
                    }
                }
            }
        }
        if (out.isEmpty() && g.hasChild(h, "cop")) {
            // "Widodo is on a state visit to Australia", "the two sides are in talks", "has been on hunger strike":
            // the subject of a predicate event noun is its doer
            for (int c : g.children(h, "nsubj")) {
                addAll(out, actors.actors(c));
            }
        }
        if (out.isEmpty() && SUBJECT_OF_NOUNS.contains(actors.sentence().token(h).key())) {
            // "the withdrawal of Russian troops began": who withdraws, when no one is said to carry it out
            // ("the United States speeded up the withdrawal of its forces" is the United States')
            for (int of : g.children(h, "nmod:of")) {
                addAll(out, actors.actors(of));
            }
        }
        return out;
    }

    /** Verbs whose subject takes part in the act their in-phrase names ("engaged in", "involved in", "took part in"). */
    private static final Set<String> PARTICIPATING = Set.of("engage", "involve", "participate", "take", "join",
        "persist", "indulge");

    /** The actor the noun phrase itself names as doer: "Russia's", "Russian", "US", "by Russia", "from Congress". */
    private static List<Mention> nounOwnSources(DependencyGraph g, int h, SentenceActors actors) {
        List<Mention> out = new ArrayList<>(2);
        for (int by : nounAgents(actors.sentence(), g, h)) {
            // "his detention by Egyptian authorities": the by-phrase names the doer; the possessor underwent it
            if (actors.at(by) != null) {
                addAll(out, actors.actors(by));
            }
        }
        if (!out.isEmpty() && g.hasChild(h, "nmod:poss")) {
            return out;
        }
        for (Dependency d : g.children(h)) {
            String r = d.relation();
            boolean from = r.equals("nmod:from") && !MOTION_NOUNS.contains(actors.sentence().token(h).key());
            if (r.equals("compound") && namesAgreement(g, h, d.dependent(), actors)) {
                continue; // "if Moscow implemented the Minsk agreement": the town it was made in is none of its parties
            }
            if (r.equals("nmod:poss") && patientPossessor(g, h, d.dependent(), actors)) {
                continue; // "Khan's arrest", "his release": the one arrested or released, not who does it
            }
            if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound") || r.equals("nmod:by")
                || r.equals("nmod:agent") || from) {
                Mention m = actors.at(d.dependent());
                if (m != null) {
                    addAll(out, actors.actors(d.dependent()));
                }
            }
        }
        return out;
    }

    /** Verbs of protest and demand that a diplomat is summoned for: the summoner's act, made to the one summoned. */
    private static final Set<String> SUMMONED_FOR = Set.of("protest", "complain", "condemn", "denounce", "lodge",
        "register", "convey", "express", "voice", "deliver", "demand");

    /**
     * The verb "summon" whose purpose clause a verb of protest heads ("summoned the ambassador to protest", "to lodge
     * a complaint"), or -1; the one summoned does other infinitives himself ("summoned him to testify").
     */
    private static int summoning(Sentence s, DependencyGraph g, int verb) {
        int up = g.head(verb);
        return up >= 0 && SUMMONED_FOR.contains(s.token(verb).key()) && s.token(up).key().equals("summon")
            && String.valueOf(g.relationToHead(verb)).startsWith("xcomp") && g.hasChild(up, "obj") ? up : -1;
    }

    /**
     * Nouns of acts done to a person, whose possessor is the one they are done to when no of-phrase names him: "Khan's
     * arrest", "his release", "the journalist's killing" (but "Russia's arrest of the journalist" is Russia's act).
     */
    private static final Set<String> PATIENT_NOUNS = Set.of("arrest", "detention", "release", "capture", "kidnapping",
        "abduction", "killing", "murder", "assassination", "execution", "expulsion", "deportation", "extradition",
        "imprisonment", "jailing", "conviction", "sentencing", "torture", "disappearance", "ouster", "removal",
        "dismissal", "impeachment", "rescue", "freeing", "trial", "prosecution", "indictment", "exile");

    /**
     * Whether the possessor of an event noun is the one the act is done to ({@link #PATIENT_NOUNS}): the noun is
     * singular and has no of-phrase of its own ("Russia's expulsion from the council"; but "Iran's executions" are
     * Iran's own acts).
     */
    private static boolean patientPossessor(DependencyGraph g, int noun, int possessor, SentenceActors actors) {
        Sentence s = actors.sentence();
        return PATIENT_NOUNS.contains(s.token(noun).key()) && s.token(noun).tag().equals("NN")
            && !g.hasChild(noun, "nmod:of") && !actors.actors(possessor).isEmpty();
    }

    /** The actors an event noun's possessor names as those it is done to ({@link #patientPossessor}), or none. */
    private static List<Mention> possessedPatients(DependencyGraph g, int noun, SentenceActors actors) {
        for (int p : g.children(noun, "nmod:poss")) {
            if (patientPossessor(g, noun, p, actors)) {
                return actors.actors(p);
            }
        }
        return List.of();
    }

    /**
     * The by-phrases of an event noun: its own, or one the parser hung on a noun it depends on though the phrase
     * follows the event noun at once ("went on hunger strike in protest against his detention by Egyptian
     * authorities", parsed as a strike by the authorities).
     */
    private static List<Integer> nounAgents(Sentence s, DependencyGraph g, int h) {
        List<Integer> out = new ArrayList<>(1);
        for (Dependency d : g.children(h)) {
            if (d.relation().equals("nmod:by") || d.relation().equals("nmod:agent")) {
                out.add(d.dependent());
            }
        }
        for (int of : out.isEmpty() ? g.children(h, "nmod:of") : List.<Integer>of()) {
            // "the expulsion of two diplomats by Poland" parsed with the by-phrase on "diplomats": people are not
            // by-phrased, the act on them is
            for (Dependency d : g.children(of)) {
                if ((d.relation().equals("nmod:by") || d.relation().equals("nmod:agent")) && d.dependent() > of) {
                    out.add(d.dependent());
                }
            }
        }
        if (!out.isEmpty() || h + 1 >= s.size() || !s.token(h + 1).key().equals("by")) {
            return out;
        }
        int agent = g.head(h + 1);
        if (agent < 0 || !g.relationToHead(h + 1).equals("case")) {
            return out;
        }
        String r = g.relationToHead(agent);
        int up = g.head(agent);
        if (up >= 0 && up != h && (r.equals("nmod:by") || r.equals("nmod:agent")) && s.token(up).isNoun()) {
            for (int a = g.head(h), i = 0; a >= 0 && i < 6; a = g.head(a), i++) {
                if (a == up) {
                    out.add(agent); // the noun that took the phrase governs the event noun
                    break;
                }
            }
        }
        return out;
    }

    private static void addAll(List<Mention> out, List<Mention> more) {
        for (Mention m : more) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
    }

    /** Whether a verb is the purpose infinitive of sending someone or something: "sent officials to Ecuador to fight". */
    private static boolean errand(Sentence s, DependencyGraph g, int h) {
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().startsWith("advcl") && hasMark(s, g, h, "to")
                && DISPATCHING.contains(s.token(p.governor()).key()) && !g.children(p.governor(), "obj").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Modality verbModality(Sentence s, DependencyGraph g, int h) {
        Modality own = clauseModality(s, g, h);
        if (own != Modality.ASSERTED) {
            return own;
        }
        // an infinitival modifier of a noun is not a fact: "pressure to help Iran" (a purpose clause,
        // "blocked roads to protest", follows its main clause)
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().startsWith("acl") && hasMark(s, g, h, "to")) {
                return Modality.HYPOTHETICAL;
            }
        }
        // "Were Iran to attack Israel, …": an infinitive with its own subject under "be" is a condition or a plan
        if (hasMark(s, g, h, "to") && g.children(h).stream().anyMatch(d -> d.relation().equals("nsubj"))) {
            for (Dependency p : g.parents(h)) {
                if (p.governor() >= 0 && s.token(p.governor()).key().equals("be")) {
                    return Modality.HYPOTHETICAL;
                }
            }
        }
        // "will visit Dhaka to sign a border agreement": a purpose is as real as the act it is the purpose of
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().startsWith("advcl") && hasMark(s, g, h, "to")
                && s.token(p.governor()).isVerb()) {
                Modality governing = clauseModality(s, g, p.governor());
                if (governing != Modality.ASSERTED && governing != Modality.QUESTION) {
                    return governing == Modality.NEGATED ? Modality.HYPOTHETICAL : governing;
                }
            }
        }
        // "sent officials to Ecuador to help fight the gangs": what people or things are sent for is their errand,
        // not an act done yet; the help itself is the sending ("sent troops to help Iraq" stays aid)
        if (!HELPING.contains(s.token(h).key()) && errand(s, g, h)) {
            return Modality.HYPOTHETICAL;
        }
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && (p.relation().equals("dep") || p.relation().startsWith("xcomp"))
                && HELPING.contains(s.token(p.governor()).key()) && errand(s, g, p.governor())) {
                return Modality.HYPOTHETICAL;
            }
        }
        // "is committed to working with Cameroon": what one is committed to is not done yet
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().equals("advcl:to") && COMMITTING.contains(s.token(p.governor()).key())) {
                return Modality.HYPOTHETICAL;
            }
        }
        // what someone is punished or blamed for is the charge, not news: "jailed for ordering the arrest of
        // protesters", "criticised Israel for bombing Gaza"
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && (p.relation().equals("advcl:for") || p.relation().equals("acl:for"))
                && GROUNDED.contains(s.token(p.governor()).key())) {
                return Modality.HYPOTHETICAL;
            }
        }
        // what someone is accused of is alleged, not a fact: "accused Chinese vessels of harassing its ships"
        for (Dependency p : g.parents(h)) {
            if (p.governor() < 0 || !(p.relation().equals("acl:of") || p.relation().equals("advcl:of")
                || p.relation().equals("obl:of") || allegedAct(s, p))) {
                continue;
            }
            int gov = p.governor();
            boolean alleged = ALLEGING.contains(s.token(gov).key());
            for (Dependency q : g.parents(gov)) {
                // "accused the envoy of funding …"; "suspected by the West of blowing up a plane", where the parser
                // hangs the charge on the by-agent
                alleged |= q.governor() >= 0 && (q.relation().equals("obj") || q.relation().equals("obl:by")
                    || q.relation().equals("obl:agent")) && ALLEGING.contains(s.token(q.governor()).key());
            }
            if (alleged) {
                return Modality.HYPOTHETICAL;
            }
        }
        // what is alleged is not a fact: "a report alleged that French officers trained the militias", "evidence
        // that Russian agents carried out the poisoning"
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().startsWith("ccomp") && ALLEGING_CLAUSE.contains(s.token(p.governor()).key())
                || evidenceClause(s, g, h) >= 0) {
                return Modality.HYPOTHETICAL;
            }
        }
        // the content of a denial is said not to have happened, as a denied gerund is ("denied bombing the
        // hospital"): "denied that its jets had bombed the hospital", "denied reports that its jets had bombed it"
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().startsWith("ccomp") && s.token(p.governor()).key().equals("deny")) {
                return Modality.NEGATED;
            }
            if (p.governor() >= 0 && (p.relation().startsWith("ccomp") || p.relation().equals("acl"))
                && s.token(p.governor()).isNoun() && hasMark(s, g, h, "that")
                && g.parents(p.governor()).stream().anyMatch(q -> q.governor() >= 0 && q.relation().equals("obj")
                    && s.token(q.governor()).key().equals("deny"))) {
                return Modality.NEGATED;
            }
        }
        // the content of a demand, appeal or hope ("demanded that Israel ease restrictions") or of a dispute
        // ("disputed that its jets had bombed the hospital") is not a fact
        // ("told that …" reports: "tell" is irrealis only for its infinitive, "told Iran to stop")
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().startsWith("ccomp") && (IRREALIS.contains(s.token(p.governor()).key())
                && !REPORTING.contains(s.token(p.governor()).key()) || DENYING.contains(s.token(p.governor()).key()))) {
                return Modality.HYPOTHETICAL;
            }
        }
        // the content of a claim, or of anything denied, is not a fact: "allegations that troops killed
        // civilians", "denied reports that its jets had bombed the hospital"
        for (Dependency p : g.parents(h)) {
            if (p.governor() < 0 || !(p.relation().startsWith("ccomp") || p.relation().equals("acl"))
                || !s.token(p.governor()).isNoun() || !hasMark(s, g, h, "that")) {
                continue;
            }
            int noun = p.governor();
            boolean denied = false;
            for (Dependency q : g.parents(noun)) {
                denied |= q.governor() >= 0 && q.relation().equals("obj") && DENYING.contains(s.token(q.governor()).key());
            }
            if (denied || CLAIMS.contains(s.token(noun).key())) {
                return Modality.HYPOTHETICAL;
            }
        }
        // embedded under a verb of wanting, planning, refusing: "wants to attack", "refused to meet"
        int cur = h;
        for (int depth = 0; depth < 3; depth++) {
            Dependency up = null;
            for (Dependency p : g.parents(cur)) {
                // "prepared to resume shelling": a gerund after an aspect verb is often parsed as dep, and after
                // "considering" as acl ("is considering lifting sanctions")
                // (but a participle after a comma is a clause of its own: "rejected the results, accusing the
                // commission of fraud" accuses)
                if (p.governor() >= 0 && (p.relation().startsWith("xcomp") || p.relation().startsWith("csubj")
                    || (p.relation().equals("dep") || p.relation().equals("acl")) && s.token(cur).tag().equals("VBG")
                    && s.token(p.governor()).isVerb() && !(cur > 0 && s.token(cur - 1).word().equals(",")))) {
                    up = p;
                    break;
                }
            }
            if (up == null) {
                int first = infinitiveConjunct(s, g, cur);
                if (first >= 0) {
                    cur = first; // "called on Muslims to unite and fight": fighting is asked for as uniting is
                    continue;
                }
                break;
            }
            String lemma = s.token(up.governor()).key();
            if (up.relation().equals("csubj:pass") && (SPEECH.contains(lemma) || REPORTING.contains(lemma))) {
                break; // "militiamen beat detainees, a tribunal was told": the clause is what was reported
            }
            if (NEGATING.contains(lemma)) {
                return Modality.NEGATED;
            }
            if (HEARSAY_VERBS.contains(lemma) && passiveVerb(g, up.governor()) && up.relation().startsWith("xcomp")) {
                // "North Korea is said to have tested a missile": reported by others, asserted (see hearsay)
                Modality m = clauseModality(s, g, up.governor());
                if (m != Modality.ASSERTED) {
                    return m == Modality.NEGATED ? Modality.HYPOTHETICAL : m; // "is not believed to have": unsaid
                }
                cur = up.governor();
                continue;
            }
            if (SCHEDULED.contains(lemma) || s.token(up.governor()).lowerWord().equals("going")
                && !g.children(up.governor(), "aux").isEmpty()) {
                Modality governing = clauseModality(s, g, up.governor());
                if (governing == Modality.NEGATED || governing == Modality.QUESTION) {
                    return governing; // "are not going to attack", "Is North Korea going to test a missile?"
                }
                return Modality.FUTURE; // "is scheduled to attend", "is due to visit", "is going to deploy"
            }
            if (IRREALIS.contains(lemma)) {
                return Modality.HYPOTHETICAL;
            }
            if (hasMark(s, g, cur, "to") && !IMPLICATIVE.contains(lemma) && !(OPENING.contains(lemma)
                && g.hasChild(cur, "nsubj:xsubj"))) {
                // (the parser's object-controlled clause after a verb of using or opening, "opened the crossing to
                // allow aid in", is a purpose, as real as the act it is the purpose of)
                return Modality.HYPOTHETICAL; // "faces pressure to help Iran": the help is not (yet) given
            }
            Modality m = clauseModality(s, g, up.governor());
            if (m != Modality.ASSERTED) {
                return m;
            }
            cur = up.governor();
        }
        return Modality.ASSERTED;
    }

    /**
     * Whether a clause is the act someone is accused of: "accused China of harassing", "blamed rebels for
     * shelling the market".
     */
    private static boolean allegedAct(Sentence s, Dependency p) {
        if (p.governor() < 0) {
            return false;
        }
        String r = p.relation();
        String gov = s.token(p.governor()).key();
        return (r.equals("advcl:of") || r.equals("acl:of") || r.equals("obl:of")) && ALLEGING.contains(gov)
            || (r.equals("advcl:for") || r.equals("obl:for")) && GROUNDED.contains(gov)
            || (r.equals("advcl:with") || r.equals("obl:with")) && CHARGING.contains(gov);
    }

    /** Whether the clause's modal is "would" and the clause is what someone said: "said X would …". */
    private static boolean reportedWould(Sentence s, DependencyGraph g, int h) {
        boolean would = false;
        for (int a : g.children(h, "aux")) {
            would |= s.token(a).lowerWord().equals("would") || s.token(a).lowerWord().equals("'d");
        }
        if (!would) {
            return false;
        }
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.relation().startsWith("ccomp") && SPEECH.contains(s.token(p.governor()).key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMark(Sentence s, DependencyGraph g, int h, String word) {
        for (int c : g.children(h, "mark")) {
            if (s.token(c).lowerWord().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first verb of a coordinated infinitive that {@code h} is a later conjunct of, or -1: "to unite and
     * fight", "to seize the town and attack the airport". The later verb, with no "to", auxiliary or negation of
     * its own, shares the first one's place under a verb of wanting, asking or threatening, where the parser
     * may leave it a bare conjunct (or an adverbial clause of its own).
     */
    private static int infinitiveConjunct(Sentence s, DependencyGraph g, int h) {
        if (!s.token(h).isVerb() || g.hasChild(h, "mark") || g.hasChild(h, "aux") || g.hasChild(h, "advmod")
            && hasChild(s, g, h, "advmod", "not")) {
            return -1;
        }
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && p.governor() < h && p.relation().startsWith("conj")
                && s.token(p.governor()).isVerb() && hasMark(s, g, p.governor(), "to")) {
                return p.governor();
            }
        }
        return -1;
    }

    /** Negation, modal auxiliaries, conditionals and questions of one clause. */
    private static Modality clauseModality(Sentence s, DependencyGraph g, int h) {
        boolean negated = false;
        boolean conditional = false; // "if", "whether": the clause's own "will" foretells nothing
        Modality modal = Modality.ASSERTED;
        for (Dependency d : g.children(h)) {
            Token t = s.token(d.dependent());
            String r = d.relation();
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj")) && NEGATORS.contains(t.lowerWord())) {
                negated = true;
            } else if (r.equals("advmod") && t.lowerWord().equals("yet") && hasMark(s, g, h, "to")) {
                negated = true; // "is yet to receive the aid", "has yet to hand over the suspects": not done
            } else if (r.equals("advmod") && (t.lowerWord().equals("longer") || t.lowerWord().equals("more"))
                && hasChild(s, g, d.dependent(), "advmod", "no")) {
                negated = true; // "no longer threatens": it has stopped
            } else if (r.startsWith("obl") && t.lowerWord().equals("case") && hasChild(s, g, d.dependent(), "case", "in")
                && g.children(d.dependent()).size() == 1 && d.dependent() < h) {
                modal = Modality.HYPOTHETICAL; // "in case North Korea launches a missile", parsed as a place in a case
            } else if (r.startsWith("aux")) {
                String w = t.lowerWord();
                if (FUTURE_AUX.contains(w) || t.key().equals("will")) {
                    modal = Modality.FUTURE;
                } else if (MODAL_AUX.contains(w) || t.tag().equals("MD")) {
                    modal = Modality.HYPOTHETICAL;
                }
            } else if (r.equals("mark") && (t.lowerWord().equals("if") || t.lowerWord().equals("unless")
                || t.lowerWord().equals("whether") || t.lowerWord().equals("lest")
                || t.lowerWord().equals("in") && hasChild(s, g, d.dependent(), "fixed", "case"))) {
                conditional = true;
            }
        }
        // "no rockets were fired", "fired no shots", "neither Russia nor China supported it": a negated argument
        // negates the clause
        for (Dependency d : g.children(h)) {
            String r = d.relation();
            if (r.startsWith("nsubj") || r.equals("obj")) {
                negated |= NEGATIVE_PRONOUNS.contains(s.token(d.dependent()).lowerWord())
                    || hasChild(s, g, d.dependent(), "det", "no")
                    || hasChild(s, g, d.dependent(), "cc:preconj", "neither");
            }
        }
        if (negated) {
            return Modality.NEGATED;
        }
        if (conditional) {
            return Modality.HYPOTHETICAL; // "whether Russia will withdraw its troops remains unclear"
        }
        String toHead = g.relationToHead(h);
        if (toHead != null && toHead.startsWith("advcl") && auxBeforeSubject(g, h)) {
            modal = Modality.HYPOTHETICAL; // "Had Russia invaded Ukraine, NATO would have responded"
        }
        if (toHead != null && toHead.equals("parataxis") && inCaseBefore(s, g, h)) {
            modal = Modality.HYPOTHETICAL; // "will withdraw in case the rebels lay down their weapons", parsed apart
        }
        if (modal == Modality.HYPOTHETICAL && reportedWould(s, g, h)) {
            return Modality.FUTURE; // "said Germany would send aid": the future seen from the past
        }
        if (modal != Modality.ASSERTED && g.head(h) < 0 && invertedQuestion(s, g, h)) {
            return Modality.QUESTION; // "Will Iran attack Israel?" asks, it does not foretell
        }
        if (modal != Modality.ASSERTED) {
            return modal;
        }
        if (g.head(h) < 0 && s.size() > 0 && s.token(s.size() - 1).word().equals("?")) {
            return Modality.QUESTION;
        }
        return Modality.ASSERTED;
    }

    /** Whether {@code h} has a child by {@code relation} that is the word {@code word} (lower case). */
    private static boolean hasChild(Sentence s, DependencyGraph g, int h, String relation, String word) {
        for (int c : g.children(h, relation)) {
            if (s.token(c).lowerWord().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause is a question with its auxiliary before its subject: "Will Iran attack Israel?". */
    private static boolean invertedQuestion(Sentence s, DependencyGraph g, int h) {
        return s.size() > 0 && s.token(s.size() - 1).word().equals("?") && auxBeforeSubject(g, h);
    }

    /**
     * Whether a clause of a parataxis is the condition "in case" opens, the two words left in the clause before
     * it: "The army will withdraw in case the rebels lay down their weapons".
     */
    private static boolean inCaseBefore(Sentence s, DependencyGraph g, int h) {
        int first = leftmost(g, h, 0);
        return first >= 2 && s.token(first - 1).lowerWord().equals("case") && s.token(first - 2).lowerWord().equals("in");
    }

    /** The first token of the subtree under {@code h}, punctuation aside. */
    private static int leftmost(DependencyGraph g, int h, int depth) {
        int first = h;
        if (depth > 6) {
            return first;
        }
        for (Dependency d : g.children(h)) {
            if (d.dependent() < first && !d.relation().equals("punct")) {
                first = Math.min(first, leftmost(g, d.dependent(), depth + 1));
            }
        }
        return first;
    }

    /** Whether a clause has an auxiliary before its subject: "Will Iran attack?", "Had Russia invaded …". */
    private static boolean auxBeforeSubject(DependencyGraph g, int h) {
        int aux = Integer.MAX_VALUE;
        int subject = -1;
        for (Dependency d : g.children(h)) {
            if (d.relation().startsWith("aux")) {
                aux = Math.min(aux, d.dependent());
            } else if (d.relation().startsWith("nsubj")) {
                subject = d.dependent();
            }
        }
        return subject >= 0 && aux < subject;
    }

    /**
     * Whether an event noun is what a noun of remembrance recalls: "the anniversary of the attack", "a memorial
     * to the victims of the bombing" (through "victims", "dead" or "those killed"), or a past event named by its
     * year ("the 1994 genocide").
     */
    private static boolean recalled(Sentence s, DependencyGraph g, int h) {
        for (Dependency d : g.children(h)) {
            String r = d.relation();
            if ((r.equals("nummod") || r.equals("compound") || r.equals("amod"))
                && s.token(d.dependent()).word().matches("(19|20)\\d\\d")) {
                return true; // "the country's 1994 genocide", "the 2003 invasion": a past event named by its year
            }
        }
        int cur = h;
        for (int depth = 0; depth < 2; depth++) {
            int gov = g.head(cur);
            String r = g.relationToHead(cur);
            if (gov < 0 || r == null || !r.startsWith("nmod")) {
                return false;
            }
            if (RETROSPECTIVE.contains(s.token(gov).key())) {
                return true;
            }
            cur = gov;
        }
        return false;
    }

    private Modality nounModality(Sentence s, DependencyGraph g, int h) {
        for (Dependency d : g.children(h)) {
            if (d.relation().equals("det") && s.token(d.dependent()).lowerWord().equals("no")) {
                return Modality.NEGATED;
            }
        }
        for (Dependency p : g.parents(h)) {
            if (p.governor() < 0) {
                continue;
            }
            String r = p.relation();
            if (r.equals("obj") || r.startsWith("nsubj") || r.startsWith("obl") || r.startsWith("nmod")) {
                int v = p.governor();
                Token gov = s.token(v);
                if (GROUNDED.contains(gov.key()) && (r.equals("obl:for") || r.equals("obl:over"))) {
                    return Modality.HYPOTHETICAL; // "sentenced to death for the killing of a policeman"
                }
                Modality stopped = HALTING.get(gov.key());
                if (stopped != null && (r.equals("obj") || r.equals("nsubj:pass"))) {
                    return stopped; // "foiled an attack", "the talks were postponed"
                }
                if (IRREALIS_NOUN_GOVERNORS.contains(gov.key()) || NEGATING.contains(gov.key())
                    || FORBIDDING.contains(gov.key()) && r.equals("obj")) {
                    return Modality.HYPOTHETICAL;
                }
                if (gov.isVerb() || gov.isAdjective()) {
                    return verbModality(s, g, v);
                }
            }
        }
        return Modality.ASSERTED;
    }

    // ---------------------------------------------------------------------------------------------
    // receipt: "Yemen received weapons from Iran" is Iran giving them

    /**
     * A thing received from a named giver is the giver's act, coded as the giver's own "VERB THING to {T}"
     * entry ({@link #GIVING}) would code it, with the receiver as target: "Jordan received $500 million
     * in aid from the United States" is the United States' aid to Jordan. A receipt without a giver, or
     * whose thing is an event noun already coded (the noun's roles are turned in {@code emit}), adds nothing.
     * A thing bought from a named seller ({@link #BUYING}) is likewise the seller's sale, coded by the seller's
     * "sell THING to {T}" entry: "Turkey bought missiles from Russia" is Russia's military aid to Turkey (072).
     */
    private void receipts(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        for (Token t : s.tokens()) {
            int h = t.index();
            boolean bought = BUYING.contains(t.key());
            if (!t.isVerb() || !(GETTING.contains(t.key()) || bought) || g.hasChild(h, "nsubj:pass") || g.hasChild(h, "aux:pass")) {
                continue;
            }
            List<Mention> receivers = new ArrayList<>(2);
            for (int subj : g.children(h, "nsubj")) {
                addAll(receivers, actors.actors(subj));
            }
            List<Integer> things = g.children(h, "obj");
            if (receivers.isEmpty() || things.isEmpty() || out.stream().anyMatch(e -> e.trigger() == h)) {
                continue;
            }
            List<Mention> givers = new ArrayList<>(2);
            for (int from : g.children(h, "obl:from")) {
                addAll(givers, actors.actors(from));
            }
            for (int thing : things) {
                for (Dependency d : g.children(thing)) {
                    if (d.relation().equals("nmod:from")) {
                        addAll(givers, actors.actors(d.dependent())); // "weapons from Iran"
                    } else if (d.relation().equals("nmod:in") || d.relation().equals("nmod:of")) {
                        for (int from : g.children(d.dependent(), "nmod:from")) {
                            addAll(givers, actors.actors(from)); // "a shipment of tanks from Russia"
                        }
                    }
                }
            }
            if (givers.isEmpty()) {
                continue;
            }
            LexiconEntry best = null;
            int bestThing = -1;
            for (int thing : things) {
                if (out.stream().anyMatch(e -> e.trigger() == thing || e.words().contains(thing))) {
                    continue; // "received food aid from China": the noun is the event
                }
                // "$500 million in aid", "tonnes of food", "billions of dollars of weapons": the amount's content
                List<Integer> candidates = new ArrayList<>(List.of(thing));
                for (int i = 0; i < candidates.size() && i < 3; i++) {
                    for (Dependency d : g.children(candidates.get(i))) {
                        if (d.relation().equals("nmod:in") || d.relation().equals("nmod:of")) {
                            candidates.add(d.dependent());
                        }
                    }
                }
                // a thing bought is the seller's sale: "sell WEAPON to {T}" (arms sold are military aid, 072)
                for (String verb : bought ? List.of("sell") : GIVING) {
                    for (LexiconEntry e : lexicon.verbs(verb)) {
                        List<Pattern.Element> els = e.pattern().elements();
                        if (els.size() != 2 || !(els.get(0) instanceof Pattern.Object o)
                            || !(els.get(1) instanceof Pattern.TargetPrep tp) || !tp.preposition().equals("to")) {
                            continue;
                        }
                        for (int c : candidates) {
                            if (lemmaIs(s.token(c), o.lemma()) && !o.lemma().equals("*") && hasModifiers(s, g, c, o.modifiers())
                                && (best == null || o.modifiers().size() > ((Pattern.Object) best.pattern().elements().get(0)).modifiers().size())) {
                                best = e;
                                bestThing = c;
                            }
                        }
                    }
                }
            }
            if (best == null) {
                continue;
            }
            List<Integer> words = new ArrayList<>(List.of(h, bestThing));
            words.sort(null);
            addPairs(best.code(), best.source() + "+receipt", s.index(), h, List.copyOf(words), givers, receivers,
                verbModality(s, g, h), 0.6, out);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // reported obligation: "X said Y must cooperate"

    private void reportedObligations(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        for (Token t : s.tokens()) {
            if (!t.isVerb() || !SPEECH.contains(t.key())) {
                continue;
            }
            List<Mention> speakers = verbSources(g, t.index(), actors, 0);
            if (speakers.isEmpty()) {
                continue;
            }
            List<Integer> clauses = new ArrayList<>(g.children(t.index(), "ccomp"));
            // "said Iran should negotiate" is sometimes parsed as an object and an xcomp
            clauses.addAll(g.children(t.index(), "xcomp"));
            // a parse that hangs "said" below the reported clause: "Iran must release …" ← csubj/parataxis "said"
            for (Dependency p : g.parents(t.index())) {
                if (p.governor() >= 0 && (p.relation().startsWith("csubj") || p.relation().startsWith("parataxis"))) {
                    clauses.add(p.governor());
                }
            }
            for (int c : clauses) {
                Strength strength = obligation(s, g, c);
                if (strength == null) {
                    continue;
                }
                int clause = c;
                List<Mention> addressees = new ArrayList<>();
                if (g.children(clause, "nsubj").isEmpty()) {
                    for (int o : g.children(t.index(), "obj")) {
                        addAll(addressees, actors.actors(o)); // "said Iran must …" parsed with Iran as the object of said
                    }
                }
                for (int subj : g.children(clause, "nsubj")) {
                    addAll(addressees, actors.actors(subj));
                }
                if (addressees.isEmpty()) {
                    for (int subj : g.children(clause, "nsubj:xsubj")) {
                        addAll(addressees, actors.actors(subj));
                    }
                }
                if (addressees.isEmpty()) {
                    continue;
                }
                String aim = aimRoot(s, g, clause);
                String asked = aim == null ? null : askedCode(strength == Strength.DEMAND ? "10" : "02", aim);
                String code = asked != null ? asked : strength == Strength.DEMAND ? "100" : "020";
                List<Integer> words = new ArrayList<>(List.of(t.index(), c));
                words.sort(null);
                double confidence = 0.6;
                addPairs(code, "rule:reported-obligation", s.index(), t.index(), words, speakers, addressees,
                    clauseModality(s, g, t.index()), confidence, out);
            }
        }
    }

    /**
     * "began a hunger strike to protest against Canada's decision": a protest verb in the purpose clause of a
     * protest act says what that act is against; it is one event, the act's, which takes the purpose's target.
     * The same holds for force used to coerce: "police used water cannon to disperse demonstrators", "fired
     * tear gas to break up the rally" is one act of repression, aimed at whom the purpose names.
     */
    private static void purposeProtests(Sentence s, DependencyGraph g, List<EventMention> out) {
        List<EventMention> purposes = new ArrayList<>();
        for (EventMention p : out) {
            int t = p.trigger();
            String rel = g.relationToHead(t);
            if (purposeMerges(p.code()) && s.token(t).isVerb() && g.head(t) >= 0
                && (rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("acl"))
                && childWithLemma(s, g, t, "to", "mark") >= 0) {
                purposes.add(p);
            }
        }
        for (EventMention p : purposes) {
            int act = g.head(p.trigger());
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                EventMention f = out.get(i);
                if (f == p || purposes.contains(f) || !f.code().startsWith(p.code().substring(0, 2)) || f.source() == null
                    || !(f.trigger() == act || f.words().contains(act))
                    || p.source() != null && !p.source().actor().code().equals(f.source().actor().code())) {
                    continue;
                }
                merged = true;
                if (f.target() == null && p.target() != null) {
                    out.set(i, new EventMention(f.code(), f.rule() + "+purpose-target", f.sentence(), f.trigger(),
                        f.words(), f.source(), p.target(), f.modality(), f.confidence()));
                }
            }
            if (merged) {
                out.remove(p);
            }
        }
    }

    /** Roots whose act and its purpose clause of the same root are one event: protests, coercion, violence. */
    private static boolean purposeMerges(String code) {
        return code.startsWith("14") || COERCIVE_ROOTS.contains(code.substring(0, 2));
    }

    private enum Strength { APPEAL, DEMAND }

    /** Whether the clause says its subject must (DEMAND) or should (APPEAL) act. */
    private static Strength obligation(Sentence s, DependencyGraph g, int clause) {
        for (Dependency d : g.children(clause)) {
            if (!d.relation().startsWith("aux")) {
                continue;
            }
            String w = s.token(d.dependent()).lowerWord();
            if (w.equals("must")) {
                return Strength.DEMAND;
            }
            if (w.equals("should") || w.equals("ought")) {
                return Strength.APPEAL;
            }
        }
        String lemma = s.token(clause).key();
        if ((lemma.equals("need") || lemma.equals("have")) && !g.children(clause, "xcomp").isEmpty()) {
            return Strength.DEMAND;
        }
        return null;
    }

    /** The CAMEO root of what the obliged party is to do, from the lexicon, or null. */
    private String aimRoot(Sentence s, DependencyGraph g, int clause) {
        List<Integer> frontier = new ArrayList<>(List.of(clause));
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int x : frontier) {
                Token t = s.token(x);
                List<LexiconEntry> entries = t.isNoun() ? lexicon.nouns(t.key()) : lexicon.verbs(t.key());
                if (x != clause || !t.key().equals("need")) {
                    for (LexiconEntry e : entries) {
                        return e.code().substring(0, 2);
                    }
                }
                for (Dependency d : g.children(x)) {
                    String r = d.relation();
                    if (r.startsWith("xcomp") || r.equals("obj") || r.startsWith("acl") || r.startsWith("advcl")) {
                        next.add(d.dependent());
                    }
                }
            }
            frontier = next;
        }
        return null;
    }

    /** Verbs of authorising what their object noun names, so that it is decided but not yet done: "approved the sale". */
    private static final Set<String> AUTHORIZING = Set.of("approve", "authorize", "authorise", "greenlight", "clear",
        "okay", "ok", "sanction");
    /** Verbs of stopping or barring what their object noun names: "blocked the sale of jets to Turkey". */
    private static final Set<String> STOPPING = Set.of("block", "halt", "suspend", "stop", "freeze", "ban", "bar",
        "veto", "cancel", "scrap", "end", "cut", "withhold", "delay", "postpone", "prohibit");

    /**
     * Aid named by an event noun (root 07) that someone approves or blocks is not given yet: approving it is the
     * intent to give it (033x: "the US approved the sale of F-16 jets to Turkey" is 0332), stopping or barring it
     * is reducing aid (162x: "Congress blocked the sale of fighter jets to Turkey" is 1622). The approver or
     * blocker is the governing verb's doer ("Germany blocked the US sale of tanks"), else the noun's source;
     * the receiver stays the target. The aid itself is left as not (yet) done. A verb with an entry of its own
     * ("suspend arm sale to {T}") is coded by that entry instead.
     */
    private void authorizedAid(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        for (int i = 0, n = out.size(); i < n; i++) {
            EventMention e = out.get(i);
            int h = e.trigger();
            if (!e.code().startsWith("07") || h < 0 || !s.token(h).isNoun()) {
                continue;
            }
            int v = g.head(h);
            String rel = g.relationToHead(h);
            if (v < 0 || !s.token(v).isVerb() || !(rel.equals("obj") || rel.equals("nsubj:pass"))) {
                continue;
            }
            String verb = s.token(v).key();
            boolean authorizing = AUTHORIZING.contains(verb);
            String code = authorizing ? intentCode(e.code()) : STOPPING.contains(verb) ? aidCutCode(e.code()) : null;
            if (code == null || out.stream().anyMatch(x -> x.trigger() == v)) {
                continue;
            }
            List<Mention> doers = verbSources(g, v, actors, 0);
            if (doers.isEmpty() && e.source() != null) {
                doers = List.of(e.source());
            }
            if (doers.isEmpty()) {
                continue;
            }
            List<Mention> targets = e.target() == null ? List.of() : List.of(e.target());
            out.set(i, new EventMention(e.code(), e.rule(), e.sentence(), h, e.words(), e.source(), e.target(),
                e.modality() == Modality.ASSERTED ? Modality.HYPOTHETICAL : e.modality(), e.confidence()));
            List<Integer> words = new ArrayList<>(e.words());
            words.add(v);
            addPairs(code, "rule:" + (authorizing ? "authorized" : "stopped") + "+" + e.rule(), s.index(), v, words,
                doers, targets, verbModality(s, g, v), Math.min(e.confidence(), 0.7), out);
        }
    }

    /** Verbs of suspending or closing an organisation, an outlet or a member. */
    private static final Set<String> SUSPENDING = Set.of("suspend", "close", "shut", "ban", "outlaw");
    /** Nouns of an organisation's premises, whose of-phrase names whom closing them restricts: "the office of HRW". */
    private static final Set<String> PREMISES = Set.of("office", "offices", "bureau", "headquarters", "branch");

    /**
     * Suspending or closing an actor rather than an activity. An international body that suspends a state
     * ("the African Union suspended Mauritania after the coup") reduces relations with it (160: its membership is
     * suspended). A government that suspends, closes, shuts (down) or bans a news outlet or a non-governmental
     * organisation, or closes its office ("Burundi suspended the BBC", "closed the office of Human Rights Watch"),
     * restricts political freedoms (1721). Only an actor as the object counts: "suspended talks", "suspended
     * flights", "closed the border" keep their own entries or code nothing here; a verb already coded is left alone.
     */
    private void suspensions(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !SUSPENDING.contains(t.key()) || out.stream().anyMatch(x -> x.trigger() == v)) {
                continue;
            }
            List<Integer> objects = new ArrayList<>(g.children(v, "obj"));
            objects.addAll(g.children(v, "nsubj:pass"));
            for (int o : objects) {
                List<Mention> targets = actors.actors(o);
                if (targets.isEmpty() && PREMISES.contains(s.token(o).lowerWord())) {
                    for (Dependency d : g.children(o)) {
                        if (d.relation().equals("nmod:of") || d.relation().equals("nmod:poss")) {
                            targets = actors.actors(d.dependent()); // "the office of Human Rights Watch", "HRW's office"
                        }
                    }
                }
                if (targets.isEmpty()) {
                    continue;
                }
                List<Mention> doers = verbSources(g, v, actors, 0);
                String code;
                if (!doers.isEmpty() && doers.stream().allMatch(x -> x.actor().kind() == Actor.Kind.IGO)
                    && targets.stream().allMatch(x -> x.actor().kind() == Actor.Kind.STATE) && t.key().equals("suspend")) {
                    code = "160";
                } else if (targets.stream().allMatch(x -> "MED".equals(x.actor().sector())
                    || x.actor().kind() == Actor.Kind.NGO || "NGO".equals(x.actor().sector()) || "HRI".equals(x.actor().sector()))) {
                    code = "1721";
                } else {
                    continue;
                }
                List<Integer> words = new ArrayList<>(List.of(v));
                addPairs(code, "rule:suspended-" + (code.equals("160") ? "member" : "organisation"), s.index(), v,
                    words, doers, targets, verbModality(s, g, v), 0.7, out);
                break;
            }
        }
    }

    /** Reducing or stopping aid of the kind an aid code names (CAMEO 162x), or null. */
    static String aidCutCode(String aid) {
        return switch (aid) {
            case "070" -> "162";
            case "071" -> "1621";
            case "072" -> "1622";
            case "073" -> "1623";
            default -> null;
        };
    }

    /**
     * "X did not accept / cannot tolerate Y": a negated verb of approval with an actor as object is
     * disapproval (CAMEO 110) of that actor.
     */
    private void negatedApprovals(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        for (Token t : s.tokens()) {
            if (!t.isVerb() || !APPROVAL.contains(t.key()) || clauseModality(s, g, t.index()) != Modality.NEGATED) {
                continue;
            }
            List<Mention> targets = new ArrayList<>();
            for (int o : g.children(t.index(), "obj")) {
                addAll(targets, actors.actors(o));
            }
            List<Mention> sources = verbSources(g, t.index(), actors, 0);
            if (targets.isEmpty() || sources.isEmpty()) {
                continue;
            }
            addPairs("110", "rule:negated-approval", s.index(), t.index(), List.of(t.index()), sources, targets,
                Modality.ASSERTED, 0.65, out);
        }
    }

    /** Verbs whose infinitive states a decision taken: "agreed to impose sanctions", "decided to expel". */
    private static final Set<String> DECIDING = Set.of("agree", "decide");

    /**
     * Agreeing or deciding to reject, cut ties, impose sanctions or coerce (roots 12, 16, 17) is taking that measure, as
     * news reports a decision: "the EU agreed to impose sanctions on Russia" is the sanctions (163), with the
     * decision's own modality ("may decide to expel"), and no intent to cooperate with the one sanctioned. Force
     * decided on stays a threat (138, {@link #threats}); a cooperative act agreed to stays an intent (03x).
     */
    private List<EventMention> decisions(Sentence s, DependencyGraph g, List<EventMention> events) {
        Set<Integer> deciders = new java.util.HashSet<>();
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            String root = e.code().substring(0, 2);
            int gov = g.head(e.trigger());
            if ((root.equals("12") || root.equals("16") || root.equals("17")) && e.source() != null && gov >= 0 && s.token(e.trigger()).isVerb()
                && g.relationToHead(e.trigger()).startsWith("xcomp") && DECIDING.contains(s.token(gov).key())) {
                Modality decided = verbModality(s, g, gov);
                if (decided != Modality.NEGATED) {
                    deciders.add(gov);
                    out.add(new EventMention(e.code(), e.rule() + "+decided", e.sentence(), e.trigger(), e.words(),
                        e.source(), e.target(), decided, e.confidence()));
                    continue;
                }
            }
            out.add(e);
        }
        if (deciders.isEmpty()) {
            return events;
        }
        out.removeIf(e -> e.code().equals("030") && deciders.contains(e.trigger()));
        return out;
    }

    /**
     * A general intent ("pledged to", "offered to", CAMEO 030) takes its sub-code and, when it has
     * none, its target from the event it intends: "pledged to provide economic aid to Ukraine" is
     * 0331 (intent to provide economic aid) towards Ukraine. A promise or vow of a hostile act is that
     * act's threat instead (13x): "vowed to boycott the talks".
     */
    private static List<EventMention> intents(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            if (!e.code().equals("030")) {
                out.add(e);
                continue;
            }
            EventMention intended = null;
            for (int x : g.children(e.trigger(), "xcomp")) {
                for (EventMention other : events) {
                    if (other.trigger() == x && other != e && (intended == null || other.target() != null && intended.target() == null
                        || other.code().length() > intended.code().length())) {
                        intended = other;
                    }
                }
            }
            String code = intended == null ? null : intentCode(intended.code());
            if (code == null && intended != null && SWORN.contains(s.token(e.trigger()).key())) {
                code = threatCode(intended.code()); // "pledged to destroy the state" threatens, it offers nothing
            }
            if (code == null) {
                out.add(e);
                continue;
            }
            out.add(new EventMention(code, e.rule() + "+" + intended.rule(), e.sentence(), e.trigger(), e.words(),
                e.source(), e.target() != null ? e.target() : intended.target(), e.modality(), e.confidence()));
        }
        return out;
    }

    /**
     * An attack someone wants, plans, vows or prepares is a threat of force (CAMEO 138) by them:
     * "Obama wants to attack Switzerland".
     */
    private static List<EventMention> threats(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (EventMention e : events) {
            String root = e.code().substring(0, 2);
            if (!(root.equals("18") || root.equals("19") || root.equals("20")) || e.source() == null) {
                continue;
            }
            // the verb of intending may sit one aspect verb up: "prepared to resume shelling", "vowed to continue
            // its attacks" (an attack noun as the aspect verb's object)
            int cur = e.trigger();
            if (s.token(cur).isNoun() && g.relationToHead(cur).equals("obj") && g.head(cur) >= 0
                && IMPLICATIVE.contains(s.token(g.head(cur)).key())) {
                cur = g.head(cur);
            }
            for (int depth = 0; depth < 2; depth++) {
                Dependency up = null;
                for (Dependency p : g.parents(cur)) {
                    if (p.governor() >= 0 && (p.relation().startsWith("xcomp")
                        || p.relation().equals("dep") && s.token(cur).tag().equals("VBG") && s.token(p.governor()).isVerb())) {
                        up = p;
                    }
                }
                if (up == null) {
                    break;
                }
                int v = up.governor();
                if (INTENDING.contains(s.token(v).key())) {
                    List<Integer> words = new ArrayList<>(List.of(v, e.trigger()));
                    words.sort(null);
                    // preparing to attack shows force (150); wanting, planning or vowing to attack threatens it
                    String code = s.token(v).key().equals("prepare") ? "150" : "138";
                    out.add(new EventMention(code,
                        "rule:intended-force+" + e.rule(), e.sentence(), v, words, e.source(), e.target(),
                        clauseModality(s, g, v), Math.min(e.confidence(), 0.7)));
                    break;
                }
                cur = v;
            }
        }
        // "threatened to break relations with Russia": the threat has the threatened act's target and kind (1313),
        // in place of a bare "threatened" without a target
        List<EventMention> threatened = new ArrayList<>();
        for (EventMention e : events) {
            String root = e.code().substring(0, 2);
            String code = threatCode(e.code());
            if (code == null || root.equals("18") || root.equals("19") || root.equals("20") || e.source() == null
                || e.target() == null) {
                continue;
            }
            for (Dependency p : g.parents(e.trigger())) {
                if (p.governor() >= 0 && p.relation().startsWith("xcomp") && s.token(p.governor()).key().equals("threaten")) {
                    int v = p.governor();
                    List<Integer> words = new ArrayList<>(List.of(v, e.trigger()));
                    words.sort(null);
                    threatened.add(new EventMention(code, "rule:threatened-act+" + e.rule(), e.sentence(), v, words,
                        e.source(), e.target(), clauseModality(s, g, v), Math.min(e.confidence(), 0.7)));
                }
            }
        }
        for (EventMention t : threatened) {
            // a bare or vaguer threat at the same verb gives way ("threaten to withdraw from {T}" 131 beside 1313)
            out.removeIf(x -> x.trigger() == t.trigger() && x.code().startsWith("13")
                && (x.target() == null || x.target() == t.target() && x.code().length() < t.code().length()));
            out.add(t);
        }
        // "threatened to deliver blows to the United States": a threat without a target is aimed at whom the
        // threatened act's verb names (its object, else after "to", "against" or "on")
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            if (!e.code().startsWith("13") || e.target() != null || e.source() == null
                || !s.token(e.trigger()).key().equals("threaten")) {
                continue;
            }
            List<Mention> targets = new ArrayList<>();
            String aimedBy = null;
            List<Integer> hosts = new ArrayList<>();
            for (int x : g.children(e.trigger(), "xcomp")) {
                hosts.add(x);
                hosts.addAll(g.children(x, "obj")); // "threatened to halt exports to Japan": the object's "to"
            }
            for (int x : hosts) {
                for (Dependency d : g.children(x)) {
                    String r = d.relation().replace("nmod:", "obl:");
                    boolean aimed = r.equals("obj") && g.head(x) == e.trigger() // the verb's own object
                        || r.equals("obl:to") || r.equals("obl:against") || r.equals("obl:on");
                    List<Mention> found = aimed ? actors.actors(d.dependent()) : List.of();
                    if ((targets.isEmpty() || r.equals(aimedBy)) && !found.isEmpty() && found.get(0) != e.source()) {
                        // "threatened to cut off water to Syria and Iraq": each is threatened (the parser may hang
                        // the second conjunct on the verb with the same relation)
                        for (Mention f : found) {
                            if (f != e.source() && !targets.contains(f)) {
                                targets.add(f);
                            }
                        }
                        aimedBy = r;
                    }
                }
            }
            for (int k = 0; k < targets.size(); k++) {
                EventMention t = new EventMention(e.code(), e.rule() + "+threatened-act-target", e.sentence(),
                    e.trigger(), e.words(), e.source(), targets.get(k), e.modality(), e.confidence());
                if (k == 0) {
                    out.set(i, t);
                } else {
                    out.add(i + k, t);
                }
            }
            i += Math.max(0, targets.size() - 1);
        }
        return out;
    }

    /**
     * Saying one will not do something cooperative is a rejection: "would not provide support to
     * Israel" (CAMEO 12x), "will not meet" (125).
     */
    private static List<EventMention> refusals(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (EventMention e : events) {
            if (e.modality() != Modality.NEGATED || e.source() == null) {
                continue;
            }
            boolean volitional = false;
            int clause = e.trigger();
            if (s.token(clause).isNoun() && g.head(clause) >= 0) {
                clause = g.head(clause); // "would not provide support": the noun's verb carries the auxiliary
            }
            for (int a : g.children(clause, "aux")) {
                String w = s.token(a).lowerWord();
                volitional |= w.equals("will") || w.equals("would") || w.equals("wo") || w.equals("shall")
                    || w.equals("can") || w.equals("ca") || w.equals("could");
            }
            String code = volitional ? refusalCode(e.code()) : null;
            if (code != null) {
                out.add(new EventMention(code, "rule:refusal+" + e.rule(), e.sentence(), e.trigger(), e.words(),
                    e.source(), e.target(), Modality.ASSERTED, Math.min(e.confidence(), 0.7)));
            }
        }
        // "Cuba refused to hand over the fugitives to the United States": a refusal whose entry names only the
        // thing refused is aimed at whom the refused act would have served
        for (int i = 0; i < out.size(); i++) {
            EventMention r = out.get(i);
            if (!r.code().startsWith("12") || r.target() != null || r.source() == null) {
                continue;
            }
            for (EventMention e : events) {
                if (e != r && e.modality() == Modality.NEGATED && e.source() == r.source() && e.target() != null
                    && e.trigger() != r.trigger() && r.words().contains(e.trigger())) {
                    out.set(i, new EventMention(r.code(), r.rule() + "+refused-act-target", r.sentence(), r.trigger(),
                        r.words(), r.source(), e.target(), r.modality(), r.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The CAMEO code for stopping an event of this code, or null when stopping it reduces nothing: "stopped
     * providing weapons to Saudi Arabia" 1622, "ceased delivering food" 1623, "halted negotiating with" 164.
     */
    static String stoppingCode(String stopped) {
        return stopped.startsWith("07") ? aidCutCode(stopped.length() >= 3 ? stopped.substring(0, 3) : "070")
            : stopped.startsWith("06") ? "160" : stopped.equals("046") ? "164" : null;
    }

    /** The CAMEO rejection code for refusing an event of this code, or null when refusing it is not a rejection. */
    static String refusalCode(String refused) {
        return switch (refused.substring(0, 2)) {
            // refusing to give aid, unasked, rejects material cooperation (121); 122 is turning down a request for aid
            case "06", "07" -> "121";
            case "04" -> "125";
            case "05", "03" -> "120";
            case "08" -> yieldVariant(refused, "124", "123");
            default -> null;
        };
    }

    /** A meeting, talks or a visit between two actors is coded both ways, as CAMEO coders do (not mediation). */
    /**
     * "Attended the summit hosted by China": the participle describing an event travelled to names its host, which
     * the visit already has as its target (see {@link #eventHost}); hosting it is that visit's reciprocal, not an
     * act of its own with the event's name as its guest.
     */
    private static List<EventMention> withoutHostedEvents(DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            boolean hosted = false;
            if (e.code().equals("043") && g.relationToHead(e.trigger()).equals("acl")) {
                int noun = g.head(e.trigger());
                for (EventMention v : events) {
                    hosted |= v.code().equals("042") && v.trigger() != e.trigger() && v.words().contains(noun);
                }
            }
            if (!hosted) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<EventMention> consultations(Sentence s, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (EventMention e : events) {
            String verb = s.token(e.trigger()).key();
            boolean mutualFight = e.code().startsWith("19") && (verb.equals("clash") || verb.equals("skirmish"));
            if (!e.code().startsWith("04") && (verb.equals("exchange") || verb.equals("trade") || mutualFight) && e.source() != null
                && e.target() != null && !e.rule().endsWith("+reciprocal")) {
                // "exchanged fire with the Taliban", "traded accusations with Kiev": what is exchanged goes both ways;
                // "clashed with Kurdish fighters": a clash is fought by both sides
                out.add(new EventMention(e.code(), e.rule() + "+reciprocal", e.sentence(), e.trigger(), e.words(),
                    e.target(), e.source(), e.modality(), e.confidence()));
                continue;
            }
            if (!e.code().startsWith("04") || e.code().startsWith("045") || e.source() == null || e.target() == null) {
                // mediation goes one way: the parties do not mediate the mediator
                continue;
            }
            // a visit is hosted by the visited; hosting is a visit by the guest
            String reverse = e.code().equals("042") ? "043" : e.code().equals("043") ? "042" : e.code();
            out.add(new EventMention(reverse, e.rule() + "+reciprocal", e.sentence(), e.trigger(), e.words(),
                e.target(), e.source(), e.modality(), e.confidence()));
        }
        return out;
    }

    /**
     * An event noun that is the object of another event's verb is part of that event, not a second one:
     * "attended a summit" is one visit, "launched air strikes" one attack (the verb keeps the noun's code
     * when the verb itself is only a support verb, which has no lexicon entry); one that completes another
     * event noun is its topic ("an investigation into the killing", "talks on a ceasefire"), and a violent
     * relative clause without a doer on that topic tells what it was ("condemned the attack, which killed 12").
     */
    private static List<EventMention> withoutNestedNouns(Sentence s, DependencyGraph g, List<EventMention> events) {
        // "ordered the paper to suspend publication": the words of the inner event belong to the outer one
        List<EventMention> all = events;
        // (nouns inside a verb's words are handled below: they hand the verb their target)
        // (a threat of force keeps the attack it threatens beside it, planned or sworn: "vowed to attack the capital"
        // is a threat, 138, and an attack still to come)
        events = events.stream().filter(e -> !s.token(e.trigger()).isVerb() || all.stream().noneMatch(f -> f != e && f.trigger() != e.trigger()
            && f.words().size() > e.words().size() && f.words().containsAll(e.words())
            && !f.rule().startsWith("rule:intended-force+"))).toList();
        Set<Integer> verbTriggers = new java.util.HashSet<>();
        for (EventMention e : events) {
            if (s.token(e.trigger()).isVerb()) {
                verbTriggers.add(e.trigger());
            }
        }
        // "received assurances", "faced pressure": the verb is light, the noun is the event
        Set<Integer> lightVerbs = new java.util.HashSet<>();
        for (EventMention e : events) {
            int gov = g.head(e.trigger());
            // "announced a suspension of flights": announcing an act is doing it, the noun is the event
            boolean announced = gov >= 0 && ANNOUNCING.contains(s.token(gov).key()) && !e.code().startsWith("01");
            if (s.token(e.trigger()).isNoun() && gov >= 0 && (RECEIVING.contains(s.token(gov).key()) || announced)
                && g.relationToHead(e.trigger()).equals("obj")) {
                lightVerbs.add(gov);
                verbTriggers.remove(gov);
            }
        }
        events = events.stream().filter(e -> !lightVerbs.contains(e.trigger())).toList();
        // the verb event takes the noun's target when it has none: "ratified an agreement with the EU"
        java.util.Map<Integer, Mention> nounTargets = new java.util.HashMap<>();
        List<EventMention> kept = new ArrayList<>(events.size());
        for (EventMention e : events) {
            int governor = -1;
            if (e.source() == null && s.token(e.trigger()).isVerb() && g.relationToHead(e.trigger()).equals("acl:relcl")
                && VIOLENT_ROOTS.contains(e.code().substring(0, 2)) && inOtherEvent(s, g, g.head(e.trigger()), e, events)) {
                continue; // "condemned the attack, which killed 12 peacekeepers": what the condemned attack did
            }
            if (s.token(e.trigger()).isNoun()) {
                for (Dependency p : g.parents(e.trigger())) {
                    // "the bombing was condemned by the government": the subject of a passive with its agent named
                    // is its object
                    if (p.governor() >= 0 && verbTriggers.contains(p.governor()) && (p.relation().equals("obj")
                        || p.relation().startsWith("obl") || p.relation().equals("nsubj:pass")
                        && (g.hasChild(p.governor(), "obl:agent") || g.hasChild(p.governor(), "obl:by")))) {
                        governor = p.governor();
                    }
                }
                for (EventMention f : events) {
                    // "cut part of its aid to Burundi": the noun the verb's pattern reached through "part of"
                    if (governor < 0 && f.trigger() != e.trigger() && s.token(f.trigger()).isVerb()
                        && verbTriggers.contains(f.trigger()) && f.words().contains(e.trigger())
                        && g.head(e.trigger()) >= 0 && g.head(e.trigger()) != f.trigger()
                        && (PARTITIVES.contains(s.token(g.head(e.trigger())).key())
                            || PROGRAMMES.contains(s.token(g.head(e.trigger())).key()))) {
                        governor = f.trigger();
                    }
                }
            }
            boolean topic = false;
            if (governor < 0 && s.token(e.trigger()).isNoun() && g.relationToHead(e.trigger()).startsWith("nmod")) {
                // "called for an investigation into the killing of two soldiers", "demanded talks on a ceasefire":
                // an event noun that another event noun is about is that event's topic
                int host = g.head(e.trigger());
                for (EventMention f : events) {
                    topic |= f != e && (f.trigger() == host || f.words().contains(host)) && s.token(host).isNoun();
                }
            }
            if (topic) {
                continue;
            }
            if (governor < 0) {
                kept.add(e);
            } else if (disapproves(events, governor) && FORCEFUL_ROOTS.contains(e.code().substring(0, 2))) {
                // "condemned the use of force against protesters", "denounced the attack on the embassy": what
                // is condemned is aimed at its doer, not at the victims of the act condemned
                if (e.source() != null) {
                    nounTargets.putIfAbsent(governor, e.source());
                }
            } else if (e.target() != null) {
                nounTargets.putIfAbsent(governor, e.target());
            }
        }
        // "Britain and France praised the peace deal": a noun that paired the verb's coordinated subjects with each
        // other hands a verb of comment (praise, support, criticism, rejection, statements) none of them; those who
        // comment on an agreement side by side are not its parties, while those who violate or implement it are
        java.util.Map<Integer, Set<String>> coSources = new java.util.HashMap<>();
        for (EventMention e : kept) {
            boolean comment = ONE_SIDED.contains(e.code().substring(0, 3)) || COMMENT_ROOTS.contains(e.code().substring(0, 2));
            if (e.source() != null && comment) {
                coSources.computeIfAbsent(e.trigger(), k -> new java.util.HashSet<>()).add(e.source().actor().code());
            }
        }
        List<EventMention> out = new ArrayList<>(kept.size());
        for (EventMention e : kept) {
            Mention t = e.target() == null ? nounTargets.get(e.trigger()) : null;
            if (t != null && coSources.getOrDefault(e.trigger(), Set.of()).contains(t.actor().code())) {
                t = null;
            }
            if (t != null && (e.source() == null || !t.actor().code().equals(e.source().actor().code()))) {
                e = new EventMention(e.code(), e.rule(), e.sentence(), e.trigger(), e.words(), e.source(), t,
                    e.modality(), e.confidence());
            }
            out.add(e);
        }
        return out;
    }

    /** Roots of coercive and violent acts, whose victims a disapproval of the act is not aimed at. */
    private static final Set<String> FORCEFUL_ROOTS = Set.of("17", "18", "19", "20");

    /** Whether a verb event at {@code trigger} disapproves (root 11). */
    private static boolean disapproves(List<EventMention> events, int trigger) {
        return events.stream().anyMatch(f -> f.trigger() == trigger && f.code().startsWith("11"));
    }

    /** Whether a noun is what another event is about: its verb's object or oblique, or one of its words. */
    private static boolean inOtherEvent(Sentence s, DependencyGraph g, int noun, EventMention e, List<EventMention> events) {
        if (noun < 0 || !s.token(noun).isNoun()) {
            return false;
        }
        for (EventMention f : events) {
            if (f == e || f.trigger() == e.trigger()) {
                continue;
            }
            if (f.words().contains(noun) || f.trigger() == g.head(noun) && s.token(f.trigger()).isVerb()
                && (g.relationToHead(noun).equals("obj") || g.relationToHead(noun).startsWith("obl"))) {
                return true;
            }
        }
        return false;
    }

    /** Roots of violent acts, whose participial consequences are the same act: "shelled the town, killing eight". */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /**
     * A participle that tells what an attack did is that attack, not a second one: "insurgents shelled the
     * town, killing eight people" is one shelling (194) of which eight people were the victims. When a
     * present participle after a violent verb event (roots 18-20) codes a violent event of the same source,
     * only the verb's event stays; a verb event without a target takes the participle's target. The
     * participle hangs from the verb as advcl, as dep, or as a conj of a finite verb (the parser's reading of
     * "attacked a village, killing 12 and wounding five"), or, after a comma, from the verb's object or
     * oblique ("stormed a hotel, killing 15"); read that way the participle borrows the noun as its doer, so
     * a participle whose source is the attack's target is merged too ("attacked militants, killing ten").
     * The attack may be the event noun of a support verb ("carried out air strikes, killing 15"), and a
     * second violent verb without an object of its own is the first act too ("shot and killed a man"; after an
     * abduction it is a second act on the same victims, "abducted and killed two aid workers"), as is
     * an attack noun that is the subject of the violent verb ("a drone strike killed a commander"; a doerless
     * verb after a fight noun with its sides named is that fight, "clashes between A and B killed 30").
     */
    private static List<EventMention> consequences(Sentence s, DependencyGraph g, List<EventMention> events) {
        Map<EventMention, List<Mention>> gained = new java.util.IdentityHashMap<>();
        Set<EventMention> merged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<EventMention, Mention> shared = new java.util.IdentityHashMap<>();
        for (EventMention p : events) {
            int participle = p.trigger();
            if (!VIOLENT_ROOTS.contains(p.code().substring(0, 2))
                || !s.token(participle).tag().equals("VBG") || g.head(participle) < 0) {
                continue;
            }
            int verb = g.head(participle);
            String relation = g.relationToHead(participle);
            boolean ofNoun = relation.equals("acl") && participle > 0 && s.token(participle - 1).word().equals(",")
                && (g.relationToHead(verb).equals("obj") || g.relationToHead(verb).startsWith("obl"));
            if (ofNoun) {
                verb = g.head(verb);
            } else if (!(relation.startsWith("advcl") || relation.equals("dep")
                || relation.startsWith("conj") && !s.token(verb).tag().equals("VBG"))) {
                continue;
            }
            if (verb < 0 || verb > participle || !s.token(verb).isVerb()) {
                continue;
            }
            String doer = p.source() == null ? null : p.source().actor().code(); // none: "a bomb struck a convoy, killing two"
            for (EventMention h : events) {
                if (h == p) {
                    continue;
                }
                // "carried out air strikes on Sanaa, killing 15": the support verb's noun is the attack
                int attack = h.trigger() != verb && s.token(h.trigger()).isNoun() && g.head(h.trigger()) == verb
                    && "obj".equals(g.relationToHead(h.trigger())) ? verb : h.trigger();
                if (attack == verb && (VIOLENT_ROOTS.contains(h.code().substring(0, 2)) || h.code().equals("175"))
                    && (doer == null || h.source() != null && h.source().actor().code().equals(doer)
                    || ofNoun && h.target() != null && h.target().actor().code().equals(doer))) {
                    merged.add(p);
                    if (h.target() == null && p.target() != null) {
                        gained.computeIfAbsent(h, k -> new ArrayList<>()).add(p.target());
                    }
                }
            }
        }
        for (EventMention p : events) {
            // "soldiers shot and killed a Palestinian": a second violent verb that shares the first one's object
            // (it has none of its own) tells what the first act did; an abduction and a killing are two acts
            int second = p.trigger();
            if (p.source() == null || p.target() != null || !VIOLENT_ROOTS.contains(p.code().substring(0, 2))
                || !s.token(second).isVerb() || !g.relationToHead(second).startsWith("conj")
                || g.hasChild(second, "obj") || g.hasChild(second, "nsubj:pass")) {
                continue;
            }
            int first = g.head(second);
            for (EventMention h : events) {
                if (h != p && h.trigger() == first && first < second && (h.target() != null || g.hasChild(first, "obj"))
                    && h.source() != null
                    && h.source().actor().code().equals(p.source().actor().code())
                    && (VIOLENT_ROOTS.contains(h.code().substring(0, 2)) || h.code().equals("175"))) {
                    if (h.code().startsWith("181") && h.target() != null) {
                        shared.put(p, h.target()); // "abducted and killed two aid workers": two acts on them
                    } else {
                        merged.add(p);
                    }
                }
            }
        }
        for (EventMention p : events) {
            // "a US drone strike killed a commander": the attack noun is the killing's subject, one act
            int attack = p.trigger();
            if (p.source() == null || !VIOLENT_ROOTS.contains(p.code().substring(0, 2)) || !s.token(attack).isNoun()
                || !g.relationToHead(attack).startsWith("nsubj") || g.head(attack) < 0) {
                continue;
            }
            for (EventMention h : events) {
                if (h != p && h.trigger() == g.head(attack) && h.source() != null && h.target() != null
                    && h.source().actor().code().equals(p.source().actor().code())
                    && VIOLENT_ROOTS.contains(h.code().substring(0, 2))
                    && (p.target() == null || p.target().actor().code().equals(h.target().actor().code()))) {
                    merged.add(p);
                }
                if (h != p && h.trigger() == g.head(attack) && h.source() == null
                    && VIOLENT_ROOTS.contains(h.code().substring(0, 2))) {
                    merged.add(h); // "clashes between A and B killed 30 soldiers": the clashes, no second attack
                }
            }
        }
        for (EventMention p : events) {
            // "an attack on a Pakistani convoy killed six soldiers": with no doer named, the attack and what it did
            // are one act; the soldiers of no named state are the convoy's, so the attack's target stands
            int attack = p.trigger();
            if (p.source() != null || p.target() == null || !VIOLENT_ROOTS.contains(p.code().substring(0, 2))
                || !s.token(attack).isNoun() || !g.relationToHead(attack).equals("nsubj") || g.head(attack) < 0) {
                continue;
            }
            for (EventMention h : events) {
                if (h != p && h.trigger() == g.head(attack) && h.source() == null
                    && VIOLENT_ROOTS.contains(h.code().substring(0, 2))
                    && (h.target() == null || h.target().actor().code().startsWith("---"))) {
                    merged.add(h);
                }
            }
        }
        for (EventMention p : events) {
            // "two policemen were killed when gunmen opened fire on their patrol": a doerless passive of harm whose
            // when- or as-clause codes a violent act with a doer is what that act did, one act, as with ", killing"
            int harm = p.trigger();
            if (p.source() != null || !VIOLENT_ROOTS.contains(p.code().substring(0, 2)) || !s.token(harm).isVerb()
                || !g.hasChild(harm, "nsubj:pass") || g.hasChild(harm, "obl:agent")) {
                continue;
            }
            for (Dependency d : g.children(harm)) {
                String r = d.relation();
                boolean when = r.equals("advcl:when") || r.equals("advcl:as") || r.startsWith("advcl")
                    && (childWithLemma(s, g, d.dependent(), "when", "advmod", "mark") >= 0
                    || childWithLemma(s, g, d.dependent(), "as", "mark") >= 0);
                if (!when || d.dependent() < harm) {
                    continue;
                }
                for (EventMention h : events) {
                    if (h != p && h.trigger() == d.dependent() && h.source() != null
                        && (VIOLENT_ROOTS.contains(h.code().substring(0, 2)) || h.code().equals("175"))) {
                        merged.add(p);
                        // "a soldier was killed when troops stormed the town" may be one of theirs: no victims
                        // of the doer's own kind are taken as the act's target
                        if (h.target() == null && p.target() != null
                            && !p.target().actor().code().equals(h.source().actor().code())) {
                            gained.computeIfAbsent(h, k -> new ArrayList<>()).add(p.target());
                        }
                    }
                }
            }
        }
        if (merged.isEmpty() && shared.isEmpty()) {
            return events;
        }
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            if (merged.contains(e)) {
                continue;
            }
            Mention object = shared.get(e);
            if (object != null) {
                out.add(new EventMention(e.code(), e.rule(), e.sentence(), e.trigger(), e.words(), e.source(), object,
                    e.modality(), e.confidence()));
                continue;
            }
            List<Mention> targets = gained.get(e);
            if (targets == null) {
                out.add(e);
                continue;
            }
            for (Mention t : targets) {
                out.add(new EventMention(e.code(), e.rule(), e.sentence(), e.trigger(), e.words(), e.source(), t,
                    e.modality(), e.confidence()));
            }
        }
        return out;
    }

    /**
     * Not ruling out a hostile act holds it open, a threat (13x): "Russia has not ruled out military action
     * against Georgia", "refused to rule out sanctions", "has not ruled out deporting the refugees". The act itself
     * is then no fact either way.
     */
    private List<EventMention> notRuledOut(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            int gov = g.head(e.trigger());
            String r = g.relationToHead(e.trigger());
            // "ruled out military action", and a gerund, often parsed as dep: "has not ruled out deporting them"
            boolean object = "obj".equals(r) || s.token(e.trigger()).tag().equals("VBG")
                && ("dep".equals(r) || "xcomp".equals(r) || "ccomp".equals(r));
            boolean ruledOut = gov >= 0 && object && s.token(gov).key().equals("rule")
                && childWithLemma(s, g, gov, "out", "compound:prt", "advmod") >= 0;
            if (!ruledOut || e.modality() == Modality.QUESTION) {
                out.add(e);
                continue;
            }
            boolean negated = verbModality(s, g, gov) == Modality.NEGATED;
            // "ruled out military action": the act is excluded; "did not rule it out": held open
            out.add(new EventMention(e.code(), e.rule(), e.sentence(), e.trigger(), e.words(), e.source(), e.target(),
                negated ? Modality.HYPOTHETICAL : Modality.NEGATED, e.confidence()));
            String threat = negated && e.source() != null ? threatCode(e.code()) : null;
            if (threat != null) {
                out.add(new EventMention(threat, "rule:not-ruled-out+" + e.rule(), e.sentence(), e.trigger(), e.words(),
                    e.source(), e.target(), Modality.ASSERTED, Math.min(e.confidence(), 0.7)));
            }
        }
        return out;
    }

    /**
     * Saying one will do something cooperative is an expression of intent (CAMEO 03x): "Japan will send
     * aid to Pakistan" is 0331/033, "the leaders will meet" 036. The future event stays, marked future.
     */
    private static List<EventMention> futureIntents(Sentence s, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (EventMention e : events) {
            if (e.modality() != Modality.FUTURE || e.source() == null) {
                continue;
            }
            String code = intentCode(e.code());
            if (code != null) {
                out.add(new EventMention(code, "rule:future-intent+" + e.rule(), e.sentence(), e.trigger(), e.words(),
                    e.source(), e.target(), Modality.ASSERTED, Math.min(e.confidence(), 0.75)));
            }
        }
        return out;
    }

    /**
     * Whether the event's clause has a purpose clause ("to deliver aid") that codes a cooperative act (roots 03 to
     * 08); a condition ("unless the president agrees to step down") is no purpose.
     */
    private static boolean helpingPurpose(DependencyGraph g, EventMention e, List<EventMention> events) {
        for (Dependency d : g.children(e.trigger())) {
            if (!d.relation().equals("advcl:to") && !d.relation().equals("xcomp")) {
                continue;
            }
            for (EventMention f : events) {
                String root = f.code().substring(0, 2);
                if (f.trigger() == d.dependent() && root.compareTo("03") >= 0 && root.compareTo("08") <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Being willing, ready or committed to do something cooperative is an intent (03x); refusing or
     * declining it is a rejection (12x): "Syria is willing to withdraw its troops", "Israel refused to
     * free the prisoners". The lexicon codes many such phrases itself; this covers the rest.
     */
    private static List<EventMention> willingness(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        Set<Integer> coded = new java.util.HashSet<>();
        for (EventMention e : events) {
            coded.add(e.trigger());
        }
        for (EventMention e : events) {
            if (e.source() == null) {
                continue;
            }
            for (Dependency p : g.parents(e.trigger())) {
                boolean complement = p.relation().startsWith("xcomp") || p.relation().equals("advcl:to")
                    && p.governor() >= 0 && COMMITTING.contains(s.token(p.governor()).key()); // "committed to working"
                if (p.governor() < 0 || !complement || coded.contains(p.governor())) {
                    continue; // the governor has an event of its own ("threatened to", "agreed to")
                }
                String gov = s.token(p.governor()).key();
                // failing to agree or to meet rejects (CAMEO's "failed to reach agreement"); failing to deliver does not
                boolean refused = REFUSING.contains(gov) || gov.equals("fail") && e.code().matches("0[345].*");
                String code = WILLING.contains(gov) ? intentCode(e.code()) : refused ? refusalCode(e.code())
                    : CEASING.contains(gov) ? stoppingCode(e.code()) : null;
                if (code != null) {
                    Modality mod = clauseModality(s, g, p.governor());
                    String code2 = mod == Modality.NEGATED && WILLING.contains(gov) ? refusalCode(e.code()) : code;
                    if (code2 != null) {
                        String rule = CEASING.contains(gov) ? "rule:ceased+" : "rule:willingness+";
                        out.add(new EventMention(code2, rule + e.rule(), e.sentence(), p.governor(),
                            e.words(), e.source(), e.target(), mod == Modality.NEGATED ? Modality.ASSERTED : mod,
                            Math.min(e.confidence(), 0.7)));
                    }
                }
            }
        }
        // "agreed to boost defence cooperation": a general intent takes the sub-code (and the target) of the act its
        // own words name
        for (int i = 0; i < out.size(); i++) {
            EventMention x = out.get(i);
            if (!x.code().startsWith("03") || x.code().length() != 3 || x.source() == null) {
                continue;
            }
            for (EventMention e : events) {
                String c = e == x || e.modality() == Modality.ASSERTED || e.source() != x.source()
                    || x.target() != null && e.target() != x.target() || !x.words().contains(e.trigger()) ? null : intentCode(e.code());
                if (c != null && c.startsWith(x.code()) && c.length() > x.code().length()) {
                    out.set(i, new EventMention(c, x.rule() + "+subcode", x.sentence(), x.trigger(), x.words(), x.source(),
                        e.target(), x.modality(), x.confidence())); // "pledged to deepen military cooperation with Egypt"
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Announcing a hostile act is a threat (CAMEO 13x): "will withdraw its peacekeeping force unless…",
     * "said they would boycott all contact with the United States". Forces sent to help are no threat: "will send
     * warships to deliver humanitarian aid to Georgia" has a cooperative act (roots 03 to 08) as its purpose.
     */
    private static List<EventMention> futureThreats(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (EventMention e : events) {
            if (e.modality() != Modality.FUTURE || e.source() == null || helpingPurpose(g, e, events)
                || e.code().startsWith("15") && sentToHost(s, g, e)) {
                continue;
            }
            String code = threatCode(e.code());
            if (code != null) {
                out.add(new EventMention(code, "rule:future-threat+" + e.rule(), e.sentence(), e.trigger(), e.words(),
                    e.source(), e.target(), Modality.ASSERTED, Math.min(e.confidence(), 0.7)));
            }
        }
        return out;
    }

    /**
     * Whether a force posture's target is the state the forces are sent to ("American troops will deploy to
     * Poland", "will send warships to Japan"): forces stationed in a state are no threat to it, the host, whose
     * consent such a deployment has; forces sent to a border, a coast or against someone are ("will deploy
     * troops to the border with Ukraine").
     */
    private static boolean sentToHost(Sentence s, DependencyGraph g, EventMention e) {
        if (e.target() == null || e.trigger() < 0) {
            return false;
        }
        List<Integer> heads = new ArrayList<>(List.of(e.trigger()));
        heads.addAll(g.children(e.trigger(), "obj"));
        for (int h : heads) {
            for (Dependency d : g.children(h)) {
                String r = d.relation();
                boolean destination = r.equals("obl:to") || r.equals("obl:in") || r.equals("obl:into")
                    || r.equals("nmod:to") || r.equals("nmod:in");
                if (destination && (d.dependent() == e.target().head()
                    || s.token(d.dependent()).isProperNoun() && e.target().actor().code().length() == 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns of a frontier between states. */
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary", "borderline");

    /**
     * The state on the far side of the border an act is done at: the with-phrase of "the border with Ukraine", else
     * the state adjective or name of "the Ukrainian border", "the Syria border" when the doers are of another state.
     * Empty when the act names no border.
     */
    private static List<Mention> acrossBorder(Sentence s, DependencyGraph g, Match m, List<Mention> sources,
                                              SentenceActors actors) {
        List<Integer> borders = new ArrayList<>(2);
        if (m.target >= 0 && BORDERS.contains(s.token(m.target).key())) {
            borders.add(m.target);
        }
        for (int w : m.words) {
            if (BORDERS.contains(s.token(w).key())) {
                borders.add(w);
            }
        }
        if (borders.isEmpty()) {
            for (Dependency d : g.children(m.head)) {
                String r = d.relation();
                if ((r.equals("obl:to") || r.equals("obl:on") || r.equals("obl:near") || r.equals("obl:along")
                    || r.equals("obl:at") || r.equals("obl:towards") || r.equals("obl:toward"))
                    && BORDERS.contains(s.token(d.dependent()).key())) {
                    borders.add(d.dependent());
                }
            }
        }
        Set<String> own = new java.util.HashSet<>();
        for (Mention x : sources) {
            if (x.actor().country() != null) {
                own.add(x.actor().country());
            }
        }
        List<Mention> out = new ArrayList<>(1);
        for (int b : borders) {
            for (int with : g.children(b, "nmod:with")) {
                addAll(out, actors.actors(with));
            }
            for (Dependency d : out.isEmpty() ? g.children(b) : List.<Dependency>of()) {
                if (d.relation().equals("amod") || d.relation().equals("compound")) {
                    for (Mention x : actors.actors(d.dependent())) {
                        if (x.actor().country() != null && !own.contains(x.actor().country())) {
                            addAll(out, List.of(x));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The CAMEO threat code (13x) for announcing an event of this code, or null when that is no threat. */
    static String threatCode(String act) {
        String root = act.substring(0, 2);
        return switch (root) {
            case "14" -> "133";
            case "16" -> act.startsWith("162") ? "1311" : act.startsWith("163") ? "1312" : act.startsWith("161") ? "1313"
                : act.startsWith("164") ? "134" : act.startsWith("166") ? "136" : "131";
            case "17" -> act.startsWith("1723") ? "1323" : act.startsWith("1724") ? "1324" : act.startsWith("172") ? "132"
                : act.startsWith("175") ? "137" : "130";
            case "15", "18", "19", "20" -> act.startsWith("191") ? "1381" : act.startsWith("192") ? "1382"
                : act.startsWith("204") ? "1385" : "138";
            default -> null;
        };
    }

    /**
     * Capitals stand for their government as speakers and actors ("Moscow said"), but a capital attacked,
     * visited or given aid is the place: "rebels shelled Juba" targets South Sudan, not its government.
     */
    private static List<EventMention> targetsAsPlaces(List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            Mention t = e.target();
            if (t != null && e.source() != null && VISITS.contains(e.code()) && t.actor().country() != null
                && t.actor().country().equals(e.source().actor().country())
                && (t.resolvedBy().startsWith("capital") || t.actor().kind() == org.dyad.model.Actor.Kind.STATE)) {
                // "Pakistan refused to attend the summit in Islamabad": one is not a visitor in one's own state
                e = new EventMention(e.code(), e.rule(), e.sentence(), e.trigger(), e.words(), e.source(), null,
                    e.modality(), e.confidence());
                t = null;
            }
            if (t != null && t.resolvedBy().startsWith("capital") && PLACE_TARGET_ROOTS.contains(e.code().substring(0, 2))
                && t.actor().country() != null) {
                org.dyad.model.Actor state = new org.dyad.model.Actor(t.actor().name(), t.actor().country(),
                    t.actor().country(), null, org.dyad.model.Actor.Kind.STATE);
                e = new EventMention(e.code(), e.rule(), e.sentence(), e.trigger(), e.words(), e.source(),
                    t.withActor(state, t.resolvedBy() + "+place"), e.modality(), e.confidence());
            }
            out.add(e);
        }
        return out;
    }

    /** Things seized and given back: returning one is 0842. */
    private static final Set<String> PROPERTY = Set.of("ship", "vessel", "boat", "tanker", "trawler", "aircraft",
        "plane", "drone", "helicopter", "vehicle", "land", "territory", "island", "property", "asset", "artefact",
        "artifact", "antiquity", "relic", "statue", "painting", "manuscript", "treasure", "equipment", "cargo", "fund");

    /** People held and given back, beside {@link #PERSONS}: returning them is 0841. */
    private static final Set<String> CAPTIVES = Set.of("sailor", "fisherman", "crew", "hostage", "captive", "soldier",
        "student", "journalist", "tourist", "migrant", "refugee", "child", "pilot", "body", "remains");

    /** "1" when what an 084 act returns is people, "2" when it is property, null when the words do not say. */
    private static String returnedKind(Sentence s, DependencyGraph g, EventMention e) {
        int t = e.trigger();
        List<Integer> things = new ArrayList<>(g.children(t, s.token(t).isNoun() ? "nmod:of" : "obj"));
        things.addAll(g.children(t, "nsubj:pass"));
        for (int x : things) {
            String key = s.token(x).key();
            if (e.target() != null && e.target().start() <= x && x < e.target().end() || PERSONS.contains(key)
                || CAPTIVES.contains(key)) {
                return "1";
            }
            if (PROPERTY.contains(key)) {
                return "2";
            }
        }
        return null;
    }

    /** Visiting and hosting, which cross a border. */
    private static final Set<String> VISITS = Set.of("042", "043");

    private static final Set<String> PLACE_TARGET_ROOTS = Set.of("04", "07", "14", "15", "17", "18", "19", "20");

    /**
     * The precise sub-code where the words say more than the lexicon entry: what kind of aid ("humanitarian
     * aid" 073, "military aid" 072, "economic aid" 071, also for appeals, intents, demands, rejections and
     * cuts of aid), and by what means an attack was made (aircraft and drones 195, artillery and rockets 194,
     * guns 193, suicide and car and roadside bombs 1831–1833, chemical agents 2041).
     */
    private static List<EventMention> subCodes(Sentence s, DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            String code = e.code();
            String refined = code;
            String aid = aidKind(s, g, e);
            if (aid != null) {
                refined = aidCode(code, aid);
            }
            String support = DIPLOMATIC_SUPPORT.containsKey(code) ? supportKind(s, g, e) : null;
            if (support != null) {
                refined = DIPLOMATIC_SUPPORT.get(code) + support;
            }
            if (refined.equals(code) && (code.equals("190") || code.equals("180") || code.equals("183")
                || code.equals("200"))) {
                refined = meansCode(code, means(s, g, e));
            }
            if (refined.equals(code) && code.equals("193") && e.trigger() >= 0) {
                // "exchanged mortar fire", "opened fire with tanks": fire is small arms unless heavier weapons are named
                Set<String> heavy = means(s, g, e);
                if (e.target() != null) {
                    heavy.remove(s.token(e.trigger()).key());
                }
                if (heavy.stream().anyMatch(ARTILLERY::contains) || heavy.stream().anyMatch(GROUND_LAUNCHED::contains)) {
                    refined = "194";
                }
            }
            if (code.equals("1722") && e.target() != null && e.source() != null) {
                // "banned Russian airlines", "banned the newspaper": a ban on a company is an economic sanction
                // (163) abroad and an administrative one (172) at home; one on the media restricts freedoms (1721)
                org.dyad.model.Actor t = e.target().actor();
                String from = e.source().actor().country();
                if ("BUS".equals(t.sector())) {
                    refined = t.country() != null && from != null && !t.country().equals(from) ? "163" : "172";
                } else if ("MED".equals(t.sector())) {
                    refined = "1721";
                }
            }
            if (code.equals("192") && e.target() != null
                && ("BUS".equals(e.target().actor().sector()) || "MED".equals(e.target().actor().sector()))) {
                // "seized control of the Zaman newspaper": a company or newspaper taken over is property seized
                refined = "1711";
            }
            if (code.equals("145") && e.trigger() >= 0 && s.token(e.trigger()).key().equals("loot") && e.source() != null
                && armed(e.source().actor())) {
                // "soldiers looted shops": looting by armed men is seizing property, not rioting
                refined = "171";
            }
            if (code.equals("0874") && e.target() != null && e.target().actor().code().startsWith("IGO")
                && e.words().size() <= 2 && (e.source() == null || !armed(e.source().actor()))) {
                // "Burundi withdrew from the International Criminal Court", "pulled out of the Commonwealth":
                // leaving an international body reduces relations with it (160); armed forces pulling out retreat
                refined = "160";
            }
            if (code.equals("084") && e.trigger() >= 0) {
                // "handed back the sailors it had detained", "returned the seized tanker": people returned are
                // 0841, property 0842
                String kind = returnedKind(s, g, e);
                refined = kind == null ? code : "084" + kind;
            }
            if (code.startsWith("072") && ownArmsGivenUp(s, g, e)) {
                // "the rebels handed over their weapons to UN monitors": giving up one's own arms is disarming
                refined = "0873";
            }
            if ((code.startsWith("19") || code.startsWith("18")) && repression(s, e)) {
                // "security forces fired live ammunition at protesters": force by the state's forces on a crowd is
                // violent repression (175), as "shoot protester" and "kill protester" in the lexicon say
                refined = "175";
            }
            out.add(refined.equals(code) ? e : new EventMention(refined, e.rule() + "+subcode", e.sentence(), e.trigger(),
                e.words(), e.source(), e.target(), e.modality(), e.confidence()));
        }
        return out;
    }

    /**
     * Whether arms handed over are the giver's own: "handed over their weapons", "surrendered its arms". A state
     * arming another hands over weapons, not "its weapons"; an armed group that gives up its own disarms (0873).
     */
    private static boolean ownArmsGivenUp(Sentence s, DependencyGraph g, EventMention e) {
        if (e.trigger() < 0 || !HANDING_OVER.contains(s.token(e.trigger()).key())) {
            return false;
        }
        for (int w : e.words()) {
            if (w == e.trigger()) {
                continue;
            }
            for (int p : g.children(w, "nmod:poss")) {
                if (OWN.contains(s.token(p).lowerWord())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "UAF", "COP", "SPY");

    /** Whether an actor is of an armed sector; states and bodies without a sector are not ("Russia looted"). */
    private static boolean armed(Actor a) {
        return a.sector() != null && ARMED_SECTORS.contains(a.sector());
    }
    private static final Set<String> HANDING_OVER = Set.of("hand", "turn", "surrender", "give", "deliver");
    private static final Set<String> OWN = Set.of("their", "its", "his", "her");

    /**
     * Insisting that someone do something is demanding it: "Russia insisted that NATO halt its expansion" is a
     * demand (100) of NATO, where "insisted that the talks were going well" stays a statement. The clause must
     * be a mandative one: its verb in the base form ("step down"; "halt" after a singular subject, which the tagger
     * may read as a plural present), or with "should" or "must".
     */
    private static void insistences(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            if (!e.code().startsWith("01") || e.trigger() < 0 || !s.token(e.trigger()).key().equals("insist")) {
                continue;
            }
            for (int c : g.children(e.trigger(), "ccomp")) {
                // the base form, or a plural-looking present after a singular subject ("that NATO halt")
                boolean mandative = s.token(c).tag().equals("VB");
                List<Mention> told = new ArrayList<>();
                for (int subj : g.children(c, "nsubj")) {
                    addAll(told, actors.actors(subj));
                    String tag = s.token(subj).tag();
                    mandative |= s.token(c).tag().equals("VBP") && (tag.equals("NN") || tag.equals("NNP"));
                }
                for (int a : g.children(c, "aux")) {
                    String w = s.token(a).lowerWord();
                    mandative = w.equals("should") || w.equals("must");
                }
                if (mandative && !told.isEmpty()) {
                    out.set(i, new EventMention("100", e.rule() + "+mandative", e.sentence(), e.trigger(), e.words(),
                        e.source(), told.get(0), e.modality(), e.confidence()));
                    break;
                }
            }
        }
    }

    /**
     * An appeal or demand takes the sub-code of the act it asks for, when that act is coded in its complement and
     * is to be done by its target (or it has none): "urged Belarus to release political prisoners" is 0253,
     * "demanded that Turkey withdraw its troops" 1056, "called on Kiev to hand over power" 0241. Only a general
     * code (020, 100) or one of the same family (025 for 0253) is refined.
     */
    private static List<EventMention> askedActs(DependencyGraph g, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            String root = e.code().substring(0, 2);
            if (!root.equals("02") && !root.equals("10") || e.trigger() < 0) {
                continue;
            }
            for (EventMention act : events) {
                if (act == e || act.modality() == Modality.ASSERTED || act.trigger() < 0
                    || !complementOf(g, e.trigger(), act.trigger())
                    || e.target() != null && (act.source() == null || !act.source().actor().equals(e.target().actor()))) {
                    continue;
                }
                if (root.equals("02") && act.code().equals("113") && act.target() != null && e.source() != null
                    && !act.target().actor().equals(e.source().actor())) {
                    // "called on Arab states to unite against Iran", "urged Muslims to rally against the West": asking
                    // others to join against someone is rallying opposition against them (113), by the one who asks
                    out.set(i, new EventMention("113", e.rule() + "+rallied", e.sentence(), e.trigger(), e.words(),
                        e.source(), act.target(), e.modality(), e.confidence()));
                    break;
                }
                String asked = askedCode(root, act.code());
                if (asked != null && !asked.equals(e.code())
                    && (e.code().length() == 3 && e.code().endsWith("0") || asked.startsWith(e.code()))) {
                    out.set(i, new EventMention(asked, e.rule() + "+asked", e.sentence(), e.trigger(), e.words(),
                        e.source(), e.target(), e.modality(), e.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code act} heads a complement clause of {@code verb}, directly or one clause down. */
    private static boolean complementOf(DependencyGraph g, int verb, int act) {
        List<Integer> frontier = List.of(verb);
        for (int depth = 0; depth < 2; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int x : frontier) {
                for (Dependency d : g.children(x)) {
                    String r = d.relation();
                    if (r.startsWith("xcomp") || r.startsWith("ccomp") || r.startsWith("advcl") || r.startsWith("obl:for")
                        || r.startsWith("acl")) {
                        if (d.dependent() == act) {
                            return true;
                        }
                        next.add(d.dependent());
                    }
                }
            }
            frontier = next;
        }
        return false;
    }

    /**
     * The appeal (root 02) or demand (root 10) code for asking another to do {@code act} (a code, or a bare root
     * such as "08"), or null when CAMEO has no closer code: cooperation 021x/101x, diplomatic cooperation 022/102, aid 023x/103x, political reform
     * 024x/104x, yielding 025x/105x, talks 026/106.
     */
    static String askedCode(String root, String act) {
        boolean demand = root.equals("10");
        String family = switch (act.substring(0, 2)) {
            case "06" -> "1";
            case "03", "05" -> "2";
            case "07" -> "3";
            case "08" -> act.startsWith("083") ? "4" : "5";
            case "04" -> "6";
            default -> null;
        };
        if (family == null) {
            return null;
        }
        String base = (demand ? "10" : "02") + family;
        String sub = "";
        if (family.equals("1") || family.equals("3")) {
            sub = act.length() == 3 && act.charAt(2) >= '1' && act.charAt(2) <= '4' ? act.substring(2) : "";
        } else if (family.equals("4")) {
            sub = act.length() == 4 ? act.substring(3) : "";
        } else if (family.equals("5") && act.length() >= 3) {
            sub = switch (act.substring(0, 3)) {
                case "081" -> "1";
                case "082" -> "2";
                case "084" -> "3";
                case "085" -> "4";
                case "086" -> "5";
                case "087" -> "6";
                default -> "";
            };
        }
        return base + sub;
    }

    /**
     * The code of storming a place by these doers, or null to keep the entry's: the police's is a raid (171), armed
     * forces' and intelligence services' an attack (190), a crowd's (protesters, opposition supporters, civilians,
     * students, workers, believers) a riot (145).
     */
    private static String stormCode(Sentence s, List<Mention> sources) {
        if (sources.stream().allMatch(x -> "COP".equals(x.actor().sector()))) {
            return "171";
        }
        if (sources.stream().allMatch(x -> "MIL".equals(x.actor().sector()) || "SPY".equals(x.actor().sector()))) {
            return "190";
        }
        if (sources.stream().allMatch(x -> x.actor().sector() != null && UNARMED.contains(x.actor().sector())
            || x.head() >= 0 && CROWDS.contains(s.token(x.head()).key()))) {
            return "145";
        }
        return null;
    }

    /** Sectors of unarmed people, whose storming of a building is a riot: "students stormed the ministry". */
    private static final Set<String> UNARMED = Set.of("OPP", "CVL", "EDU", "LAB", "AGR", "REF", "REL");

    /** People gathered in protest or mourning, on whom security forces' violence is repression. */
    private static final Set<String> CROWDS = Set.of("protester", "protestor", "demonstrator", "marcher", "crowd",
        "mourner", "mob", "rioter");

    /** Things burned or built across streets in a protest: burning them is rioting (145), not destroying property. */
    private static final Set<String> STREET_BARRICADES = Set.of("tyre", "tire", "barricade", "roadblock");

    /** Gatherings of protest, during or amid which destruction by unarmed people is a riot (145). */
    private static final Set<String> PROTEST_NOUNS = Set.of("protest", "demonstration", "rally", "riot", "march",
        "unrest", "sit-in");

    /** Whether the act happened during, amid or in a protest: "burned tyres during a demonstration". */
    private static boolean duringProtest(Sentence s, DependencyGraph g, int verb) {
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            if ((r.equals("obl:during") || r.equals("obl:amid") || r.equals("obl:in") || r.equals("obl:at"))
                && PROTEST_NOUNS.contains(s.token(d.dependent()).key())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of setting fire, whose doer says whether the burning is a riot (145) or destroyed property (1712). */
    private static final Set<String> ARSON = Set.of("set", "torch", "burn");

    /** Whether an act of force is the state's police or armed forces' on a crowd of protesters. */
    private static boolean repression(Sentence s, EventMention e) {
        if (e.source() == null || e.target() == null) {
            return false;
        }
        String sector = e.source().actor().sector();
        return ("COP".equals(sector) || "MIL".equals(sector)) && e.target().head() >= 0
            && CROWDS.contains(s.token(e.target().head()).key());
    }

    private static final Map<String, String> AID_KINDS = Map.ofEntries(Map.entry("humanitarian", "3"),
        Map.entry("food", "3"), Map.entry("medical", "3"), Map.entry("relief", "3"), Map.entry("emergency", "3"),
        Map.entry("medicine", "3"), Map.entry("military", "2"), Map.entry("arm", "2"), Map.entry("weapon", "2"),
        Map.entry("defence", "2"), Map.entry("defense", "2"), Map.entry("economic", "1"), Map.entry("financial", "1"),
        Map.entry("budget", "1"), Map.entry("development", "1"), Map.entry("loan", "1"), Map.entry("credit", "1"),
        Map.entry("debt", "1"), Map.entry("investment", "1"));
    private static final Set<String> AID_NOUNS = Set.of("aid", "assistance", "support", "help", "supply", "relief",
        "package", "loan", "grant", "funding", "fund", "credit", "shipment", "delivery", "donation");

    /** "1", "2" or "3" (economic, military, humanitarian) when the event's aid noun says so, else null. */
    private static String aidKind(Sentence s, DependencyGraph g, EventMention e) {
        List<Integer> nouns = new ArrayList<>(e.words());
        for (Dependency d : g.children(e.trigger())) {
            if (d.relation().equals("obj") || d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
                nouns.add(d.dependent());
            }
        }
        for (int n : nouns) {
            Token t = s.token(n);
            if (!t.isNoun()) {
                continue;
            }
            if (AID_NOUNS.contains(t.key()) || AID_KINDS.containsKey(t.key())) {
                if (!AID_NOUNS.contains(t.key())) {
                    return AID_KINDS.get(t.key()); // "sent food", "supplied weapons"
                }
                String k = modifierKind(s, g, n);
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }

    /** The kind of aid an adjective or compound of noun {@code n} names ("military" in "military aid"), or null. */
    private static String modifierKind(Sentence s, DependencyGraph g, int n) {
        for (Dependency d : g.children(n)) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                String k = AID_KINDS.get(s.token(d.dependent()).key());
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }

    /**
     * Codes of support in words (appeals for, demands for, offers of and expressions of support) and the aid
     * family they join when the support is material: "offered military support" is 0332, "gave humanitarian
     * support" 073, "sought economic support" 0231, while "support for the plan" stays 032 or 051.
     */
    private static final Map<String, String> DIPLOMATIC_SUPPORT = Map.of("022", "023", "032", "033", "051", "07",
        "102", "103");

    /**
     * "1", "2" or "3" when one of the event's own words is an aid noun that an adjective or noun says is
     * economic, military or humanitarian ("military support"), else null; unlike {@link #aidKind} a noun of
     * its own ("support for the military") does not count.
     */
    private static String supportKind(Sentence s, DependencyGraph g, EventMention e) {
        for (int n : e.words()) {
            if (!s.token(n).isNoun() || !AID_NOUNS.contains(s.token(n).key())) {
                continue;
            }
            String k = modifierKind(s, g, n);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** The code of the same family for this kind of aid, or the code itself. */
    static String aidCode(String code, String kind) {
        return switch (code) {
            case "070", "071", "072", "073" -> "07" + kind;
            case "023", "0231", "0232", "0233" -> "023" + kind;
            case "033", "0331", "0332", "0333" -> "033" + kind;
            case "103", "1031", "1032", "1033" -> "103" + kind;
            case "122", "1221", "1222", "1223" -> "122" + kind;
            case "162", "1621", "1622", "1623" -> "162" + kind;
            default -> code;
        };
    }

    private static final Set<String> AIR = Set.of("aircraft", "airplane", "plane", "jet", "warplane", "drone",
        "helicopter", "gunship", "bomber", "missile", "airstrike", "air", "aerial");
    private static final Set<String> ARTILLERY = Set.of("artillery", "tank", "mortar", "rocket", "shell", "howitzer",
        "cannon", "shelling");
    private static final Set<String> GROUND_LAUNCHED = Set.of("surface-to-air", "surface-to-surface", "ground-to-air",
        "ground-to-ground", "ground-launched", "ballistic");
    private static final Set<String> SMALL_ARMS = Set.of("gun", "rifle", "gunfire", "gunman", "sniper", "pistol",
        "machine-gun", "bullet", "kalashnikov");
    private static final Set<String> CHEMICAL = Set.of("sarin", "chlorine", "mustard", "chemical", "nerve", "gas",
        "toxic");

    /**
     * The words for the means of an attack: the subject and its modifiers (not a passive's subject, which is
     * what was hit: "a helicopter was blown up by a rocket" is no air attack), instruments, the trigger's modifiers.
     */
    private static Set<String> means(Sentence s, DependencyGraph g, EventMention e) {
        Set<String> words = new java.util.HashSet<>();
        List<Integer> look = new ArrayList<>(e.words());
        boolean aimed = false;
        for (Dependency d : g.children(e.trigger())) {
            String r = d.relation();
            aimed |= r.equals("obl:at") || r.equals("obl:on") || r.equals("obl:into") || r.equals("obl:against");
        }
        if (aimed) {
            look.addAll(g.children(e.trigger(), "obj")); // "fired mortar rounds at rebel positions": what was fired
        }
        for (Dependency d : g.children(e.trigger())) {
            String r = d.relation();
            if (r.startsWith("nsubj") && !r.equals("nsubj:pass") || r.equals("obl:with") || r.equals("obl:by") || r.equals("obl:agent")
                || r.equals("nmod:with") || r.equals("compound") || r.equals("amod") || r.equals("obl:using")) {
                look.add(d.dependent());
            }
        }
        List<Integer> governing = new ArrayList<>(2);
        if (e.trigger() >= 0 && s.token(e.trigger()).isNoun()) {
            int gov = g.head(e.trigger());
            String rel = g.relationToHead(e.trigger());
            if (gov >= 0 && s.token(gov).isVerb() && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
                governing.add(gov);
            }
            for (int acl : g.children(e.trigger(), "acl")) {
                governing.add(acl); // "strikes carried out by drones"
            }
        } else if (e.trigger() >= 0 && s.token(e.trigger()).tag().equals("VBG") && !g.hasChild(e.trigger(), "nsubj")
            && g.relationToHead(e.trigger()).matches("advcl.*|dep|xcomp.*|conj.*") && g.head(e.trigger()) >= 0
            && s.token(g.head(e.trigger())).isVerb()) {
            governing.add(g.head(e.trigger())); // "a car bomb exploded outside the station, killing five policemen"
        } else if (e.trigger() > 0 && s.token(e.trigger()).tag().equals("VBG") && g.relationToHead(e.trigger()).equals("acl")
            && s.token(e.trigger() - 1).word().equals(",")) {
            // the participial clause parsed as the modifier of the noun before the comma ("exploded near a convoy,
            // killing three soldiers"): the sentence's main verb, as for its doer
            int root = e.trigger();
            for (int i = 0; i < 6 && g.head(root) >= 0; i++) {
                root = g.head(root);
            }
            if (root != e.trigger() && s.token(root).isVerb()) {
                governing.add(root);
            }
        }
        for (int gov : governing) {
            // "Israeli jets carried out a strike on Gaza", "strikes launched by drones": the doer of the verb that
            // governs the event noun, or what it is done with, names the means as it would for the verb itself
            for (Dependency d : g.children(gov)) {
                String r = d.relation();
                if (r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by") || r.equals("obl:with")
                    || r.equals("obl:using")) {
                    look.add(d.dependent());
                }
            }
        }
        for (int x : look) {
            words.add(s.token(x).key());
            for (Dependency d : g.children(x)) {
                if (d.relation().equals("compound") || d.relation().equals("amod")) {
                    words.add(s.token(d.dependent()).key());
                }
            }
        }
        return words;
    }

    static String meansCode(String code, Set<String> words) {
        if (words.contains("suicide")) {
            return "1831";
        }
        if (words.contains("car") && (words.contains("bomb") || words.contains("bombing") || code.startsWith("183"))) {
            return "1832";
        }
        if (words.contains("roadside") || words.contains("ied")) {
            return "1833";
        }
        if (words.stream().anyMatch(CHEMICAL::contains) && (words.contains("gas") || words.contains("chemical")
            || words.contains("sarin") || words.contains("chlorine") || words.contains("mustard"))) {
            return "2041";
        }
        if (code.equals("183") && (words.stream().anyMatch(AIR::contains) || words.stream().anyMatch(ARTILLERY::contains))) {
            code = "190"; // 183 is non-military bombing: blowing something up with a missile or shells is military force
        }
        if (!code.startsWith("19")) {
            return code;
        }
        if (words.stream().anyMatch(GROUND_LAUNCHED::contains)) {
            return "194"; // a missile fired from the ground is artillery and rocket fire, not an aerial weapon
        }
        if (words.stream().anyMatch(AIR::contains)) {
            return "195";
        }
        if (words.stream().anyMatch(ARTILLERY::contains)) {
            return "194";
        }
        if (words.stream().anyMatch(SMALL_ARMS::contains)) {
            return "193";
        }
        return code;
    }

    /** The CAMEO intent code (03x) for intending an event of this code, or null. */
    /**
     * The intent (03x) or refusal (12x) counterpart of a yielding code (08x). CAMEO lays both out in the
     * order of 08's sub-codes: easing administrative sanctions (081), dissent (082), returning or releasing
     * (084), economic sanctions (085), international involvement (086), de-escalating (087) are the 1st
     * to 6th sub-codes of {@code yielding} (035x, 124x); acceding to reform demands (083x) is {@code reform}
     * (034x, 123x) with the same last digit (leadership, policy, rights, institutions).
     */
    private static String yieldVariant(String code, String yielding, String reform) {
        if (code.length() < 3) {
            return yielding;
        }
        return switch (code.charAt(2)) {
            case '1' -> yielding + "1";
            case '2' -> yielding + "2";
            case '3' -> code.length() >= 4 && code.charAt(3) >= '1' && code.charAt(3) <= '4' ? reform + code.charAt(3) : reform;
            case '4' -> yielding + "3";
            case '5' -> yielding + "4";
            case '6' -> yielding + "5";
            case '7' -> yielding + "6";
            default -> yielding;
        };
    }

    static String intentCode(String intended) {
        String root = intended.substring(0, 2);
        return switch (root) {
            case "06" -> intended.length() >= 3 && intended.charAt(2) >= '1' && intended.charAt(2) <= '4'
                ? "031" + intended.charAt(2) : "031";
            case "07" -> intended.length() >= 3 && intended.charAt(2) >= '1' && intended.charAt(2) <= '4'
                ? "033" + intended.charAt(2) : "033";
            case "05" -> "032";
            case "04" -> "036";
            case "08" -> yieldVariant(intended, "035", "034");
            default -> null;
        };
    }

    /**
     * Claiming one's own attack is a claim of responsibility (CAMEO 015): "the group claimed that it had
     * bombed the base", "the US admitted that its troops attacked the village". The attack is coded too.
     */
    private void claims(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        List<EventMention> found = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.isVerb() || !CLAIMING.contains(t.key())) {
                continue;
            }
            List<Mention> claimers = verbSources(g, t.index(), actors, 0);
            if (claimers.isEmpty()) {
                continue;
            }
            for (int c : g.children(t.index(), "ccomp")) {
                boolean own = false;
                for (int subj : g.children(c, "nsubj")) {
                    Token st = s.token(subj);
                    own |= st.tag().startsWith("PRP") && Set.of("it", "they", "we").contains(st.lowerWord());
                    for (Mention m : actors.actors(subj)) {
                        own |= claimers.stream().anyMatch(x -> x.actor().country() != null
                            && x.actor().country().equals(m.actor().country()));
                    }
                }
                if (!own) {
                    continue;
                }
                for (EventMention e : out) {
                    String root = e.code().substring(0, 2);
                    if (e.trigger() == c && (root.equals("18") || root.equals("19") || root.equals("20"))) {
                        List<Mention> targets = e.target() == null ? List.of() : List.of(e.target());
                        addPairs("015", "rule:claim+" + e.rule(), s.index(), t.index(), List.of(t.index()), claimers,
                            targets, clauseModality(s, g, t.index()), 0.6, found);
                    }
                }
            }
        }
        out.addAll(found);
    }

    /** Verbs whose that-clause is an allegation against the clause's doer: "alleged that France armed the militias". */
    private static final Set<String> ALLEGING_CLAUSE = Set.of("allege", "charge", "accuse");
    /** Nouns of proof, whose that-clause or of-phrase is what someone is shown to have done. */
    private static final Set<String> EVIDENCE = Set.of("evidence", "proof");
    /** Verbs that put evidence forward: its presenter accuses. */
    private static final Set<String> PRESENTING = Set.of("present", "produce", "provide", "release", "publish", "submit",
        "offer", "show", "unveil", "reveal", "cite", "have", "find", "give", "share");

    /**
     * The evidence noun whose that-clause {@code h} heads, when some actor puts that evidence forward ("presented
     * evidence that Russian hackers attacked the network"), or -1.
     */
    private static int evidenceClause(Sentence s, DependencyGraph g, int h) {
        if (!hasMark(s, g, h, "that")) {
            return -1;
        }
        for (Dependency p : g.parents(h)) {
            if (p.governor() >= 0 && (p.relation().startsWith("ccomp") || p.relation().equals("acl"))
                && EVIDENCE.contains(s.token(p.governor()).key()) && presenter(s, g, p.governor()) >= 0) {
                return p.governor();
            }
        }
        return -1;
    }

    /** The verb of presenting whose object (or passive subject) is the evidence noun {@code noun}, or -1. */
    private static int presenter(Sentence s, DependencyGraph g, int noun) {
        for (Dependency q : g.parents(noun)) {
            if (q.governor() >= 0 && (q.relation().equals("obj") || q.relation().equals("nsubj:pass"))
                && PRESENTING.contains(s.token(q.governor()).key())) {
                return q.governor();
            }
        }
        return -1;
    }

    /**
     * Allegations made as a clause or as evidence: "a UN report alleged that Eritrean officials tortured
     * detainees", "Britain presented evidence that Russia was behind the poisoning", "Ukraine produced evidence of
     * Russian involvement" are accusations (112) by whoever alleges or presents against whoever is said to have
     * done it: the doer of the clause's event, else its subject, else the owner of the of-phrase's act.
     */
    private void allegations(Sentence s, DependencyGraph g, SentenceActors actors, List<EventMention> out) {
        List<EventMention> found = new ArrayList<>();
        for (Token t : s.tokens()) {
            List<Integer> clauses = new ArrayList<>();
            List<Integer> acts = new ArrayList<>();
            int verb = -1;
            if (t.isVerb() && ALLEGING_CLAUSE.contains(t.key())) {
                verb = t.index();
                for (int c : g.children(verb, "ccomp")) {
                    if (hasMark(s, g, c, "that") || t.key().equals("allege")) {
                        clauses.add(c);
                    }
                }
            } else if (t.isNoun() && EVIDENCE.contains(t.key()) && presenter(s, g, t.index()) >= 0) {
                verb = presenter(s, g, t.index());
                for (Dependency d : g.children(t.index())) {
                    if ((d.relation().startsWith("ccomp") || d.relation().equals("acl")) && hasMark(s, g, d.dependent(), "that")) {
                        clauses.add(d.dependent());
                    } else if (d.relation().equals("nmod:of")) {
                        acts.add(d.dependent());
                    }
                }
            }
            if (verb < 0 || clauses.isEmpty() && acts.isEmpty()) {
                continue;
            }
            List<Mention> accusers = verbSources(g, verb, actors, 0);
            if (accusers.isEmpty()) {
                continue;
            }
            List<Mention> accused = new ArrayList<>();
            for (int c : clauses) {
                for (EventMention e : out) {
                    if (e.trigger() == c && e.source() != null) {
                        addAll(accused, List.of(e.source()));
                    }
                }
                if (accused.isEmpty()) {
                    addAll(accused, verbSources(g, c, actors, 1));
                }
            }
            for (int a : acts) {
                // "evidence of Russian involvement", "evidence of war crimes by Syrian forces": whose act it is
                addAll(accused, actors.actors(a).isEmpty() ? ownerActors(g, a, actors) : actors.actors(a));
            }
            accused.removeIf(x -> accusers.stream().anyMatch(y -> y.actor().code().equals(x.actor().code())
                || y.actor().country() != null && y.actor().country().equals(x.actor().country())));
            if (!accused.isEmpty()) {
                addPairs("112", "rule:allegation", s.index(), verb, List.of(verb), accusers, accused,
                    verbModality(s, g, verb), 0.6, found);
            }
        }
        out.addAll(found);
    }

    /** One event per (code, source, target, trigger): coordinated mentions may produce repeats. */
    private static List<EventMention> dedupe(List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        Set<String> seen = new java.util.HashSet<>();
        for (EventMention e : events) {
            String key = e.code() + "|" + e.trigger() + "|" + (e.source() == null ? "" : e.source().actor().code() + e.source().start())
                + "|" + (e.target() == null ? "" : e.target().actor().code() + e.target().start());
            if (seen.add(key)) {
                out.add(e);
            }
        }
        return out;
    }
}
