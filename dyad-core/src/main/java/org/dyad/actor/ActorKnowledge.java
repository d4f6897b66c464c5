package org.dyad.actor;

import org.dyad.internal.Tsv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dyad's actor knowledge base: states, international bodies, armed groups and movements, ethnic and
 * religious groups, companies and news organisations, people with time-bounded roles, and sector nouns and titles. Loaded from the
 * built-in TSV files in this package (each with its format in a header) plus the user's own files;
 * actors from code dictionaries (TABARI/PETRARCH, {@link CodedActor}) and their agents come in through
 * {@link #plus}.
 * Immutable and thread-safe.
 */
public final class ActorKnowledge {

    private final Map<String, Country> countries;
    private final List<Organisation> organisations;
    private final List<Group> groups;
    private final List<Community> communities;
    private final List<Company> companies;
    private final Map<String, List<PersonRole>> people;
    private final Sectors sectors;
    private final List<CodedActor> codedActors;

    private ActorKnowledge(Map<String, Country> countries, List<Organisation> organisations, List<Group> groups,
                           List<Community> communities, List<Company> companies, Map<String, List<PersonRole>> people,
                           Sectors sectors, List<CodedActor> codedActors) {
        this.codedActors = List.copyOf(codedActors);
        this.countries = Collections.unmodifiableMap(countries);
        this.organisations = List.copyOf(organisations);
        this.groups = List.copyOf(groups);
        this.communities = List.copyOf(communities);
        this.companies = List.copyOf(companies);
        Map<String, List<PersonRole>> p = new LinkedHashMap<>();
        people.forEach((k, v) -> p.put(k, List.copyOf(v)));
        this.people = Collections.unmodifiableMap(p);
        this.sectors = sectors;
    }

    /** The built-in knowledge base. */
    public static ActorKnowledge builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final ActorKnowledge BUILT_IN = load(List.of());
    }

    /** A knowledge base with nothing in it, for coding with the user's dictionaries alone. */
    public static ActorKnowledge empty() {
        return new ActorKnowledge(new LinkedHashMap<>(), List.of(), List.of(), List.of(), List.of(), Map.of(),
            Sectors.of(List.of()), List.of());
    }

    /**
     * This knowledge plus actors from a code dictionary (TABARI/PETRARCH actors) and extra sector terms
     * (PETRARCH agents). The dictionary's names take precedence over the knowledge base's; a term for
     * words the sectors already have replaces it.
     */
    public ActorKnowledge plus(List<CodedActor> actors, List<Sectors.Term> terms) {
        List<CodedActor> all = new ArrayList<>(codedActors);
        all.addAll(actors);
        return new ActorKnowledge(new LinkedHashMap<>(countries), organisations, groups, communities, companies,
            new LinkedHashMap<>(people), terms.isEmpty() ? sectors : sectors.plus(terms), all);
    }

    /**
     * The built-in knowledge plus user files in Dyad's formats. Each user file's kind is told by its
     * name: {@code *countries*.tsv}, {@code *organisations*.tsv}, {@code *groups*.tsv},
     * {@code *people*.tsv}, {@code *sectors*.tsv}, {@code *ethnic*.tsv}, {@code *compan*.tsv}.
     */
    public static ActorKnowledge load(List<Path> userFiles) {
        List<Tsv.Row> countryRows = new ArrayList<>(Tsv.resource(ActorKnowledge.class, "countries.tsv", 8));
        List<Tsv.Row> orgRows = new ArrayList<>(Tsv.resource(ActorKnowledge.class, "organisations.tsv", 6));
        List<Tsv.Row> groupRows = new ArrayList<>(Tsv.resource(ActorKnowledge.class, "groups.tsv", 6));
        List<Tsv.Row> communityRows = new ArrayList<>(Tsv.resource(ActorKnowledge.class, "ethnic-religious.tsv", 4));
        List<Tsv.Row> companyRows = new ArrayList<>(Tsv.resource(ActorKnowledge.class, "companies.tsv", 5));
        List<Tsv.Row> peopleRows = new ArrayList<>(Tsv.resource(ActorKnowledge.class, "people.tsv", 6));
        List<Tsv.Row> sectorRows = new ArrayList<>(Tsv.resource(ActorKnowledge.class, "sectors.tsv", 3));
        for (Path p : userFiles) {
            String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (n.contains("countr")) {
                countryRows.addAll(Tsv.file(p, 8));
            } else if (n.contains("organi")) {
                orgRows.addAll(Tsv.file(p, 6));
            } else if (n.contains("group") && !n.contains("ethnic")) {
                groupRows.addAll(Tsv.file(p, 6));
            } else if (n.contains("ethnic") || n.contains("relig")) {
                communityRows.addAll(Tsv.file(p, 4));
            } else if (n.contains("people") || n.contains("person")) {
                peopleRows.addAll(Tsv.file(p, 6));
            } else if (n.contains("sector")) {
                sectorRows.addAll(Tsv.file(p, 3));
            } else if (n.contains("compan")) {
                companyRows.addAll(Tsv.file(p, 5));
            } else {
                throw new IllegalArgumentException(p + ": cannot tell what this actor file holds; name it "
                    + "*countries*.tsv, *organisations*.tsv, *groups*.tsv, *ethnic*.tsv, *people*.tsv, *sectors*.tsv or *companies*.tsv");
            }
        }
        return new ActorKnowledge(countries(countryRows), organisations(orgRows), groups(groupRows),
            communities(communityRows), companies(companyRows), people(peopleRows), Sectors.parse(sectorRows), List.of());
    }

    static Map<String, Country> countries(List<Tsv.Row> rows) {
        Map<String, Country> out = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            String iso3 = r.get(0);
            if (!iso3.matches("[A-Z]{3}")) {
                throw r.error("iso3 must be three capital letters, not '" + iso3 + "'");
            }
            Map<String, String> institutions = new LinkedHashMap<>();
            for (String item : r.list(6)) {
                int eq = item.lastIndexOf('=');
                String name = eq < 0 ? item : item.substring(0, eq).strip();
                String sector = eq < 0 ? "GOV" : item.substring(eq + 1).strip();
                if (!sector.matches("[A-Z]{3}")) {
                    throw r.error("institution '" + item + "': sector must be three capital letters");
                }
                institutions.put(name, sector);
            }
            String status = r.get(7);
            if (!Set.of("member", "observer", "other").contains(status)) {
                throw r.error("status must be member, observer or other, not '" + status + "'");
            }
            // a later line (user file) replaces an earlier one
            out.put(iso3, new Country(iso3, r.get(1), r.get(2), r.list(3), r.list(4), r.optional(5), institutions, status));
        }
        return out;
    }

    static List<Organisation> organisations(List<Tsv.Row> rows) {
        List<Organisation> out = new ArrayList<>();
        for (Tsv.Row r : rows) {
            String code = r.get(0);
            if (!code.matches("[A-Z]{3}[A-Za-z0-9]*")) {
                throw r.error("bad organisation code '" + code + "'");
            }
            out.add(new Organisation(code, r.get(1), r.list(2), r.optional(3), r.get(4), r.get(5)));
        }
        return out;
    }

    static List<Group> groups(List<Tsv.Row> rows) {
        List<Group> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Tsv.Row r : rows) {
            String code = r.get(0);
            if (!code.matches("[A-Z]{3}[A-Za-z0-9]{3,}")) {
                throw r.error("bad group code '" + code + "'");
            }
            if (!codes.add(code)) {
                throw r.error("duplicate group code " + code);
            }
            out.add(new Group(code, r.get(1), r.list(2), r.list(3), r.get(4), r.get(5)));
        }
        return out;
    }

    static List<Community> communities(List<Tsv.Row> rows) {
        List<Community> out = new ArrayList<>();
        for (Tsv.Row r : rows) {
            String type = r.get(1);
            if (!type.equals("ethnic") && !type.equals("religion")) {
                throw r.error("type must be ethnic or religion, not '" + type + "'");
            }
            String kin = r.optional(4);
            if (kin != null && !kin.matches("[A-Z]{3}")) {
                throw r.error("kin state must be an ISO 3166 alpha-3 code or -, not '" + kin + "'");
            }
            out.add(new Community(r.get(0), type, r.get(2), r.list(3), kin));
        }
        return out;
    }

    static List<Company> companies(List<Tsv.Row> rows) {
        List<Company> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Tsv.Row r : rows) {
            String country = r.get(2);
            if (!country.matches("[A-Z]{3}")) {
                throw r.error("country must be an ISO 3166 alpha-3 code, not '" + country + "'");
            }
            String sector = r.get(3);
            if (!sector.equals("BUS") && !sector.equals("MED")) {
                throw r.error("sector must be BUS or MED, not '" + sector + "'");
            }
            if (!names.add(r.get(0))) {
                throw r.error("duplicate company " + r.get(0));
            }
            List<String> common = new ArrayList<>();
            List<String> surnames = new ArrayList<>();
            String name = starred(r, surnamed(r, r.get(0), surnames), common);
            List<String> aliases = new ArrayList<>();
            for (String a : r.list(1)) {
                aliases.add(starred(r, surnamed(r, a, surnames), common));
            }
            out.add(new Company(name, aliases, country, sector, r.get(4), common, surnames));
        }
        return out;
    }

    /** A company's name without its trailing '^', which marks (into {@code surnames}) a one-word person's surname. */
    private static String surnamed(Tsv.Row r, String name, List<String> surnames) {
        return marked(r, name, '^', surnames, "a person's surname");
    }

    /** A company's name without its trailing '*', which marks (into {@code common}) a one-word ordinary word. */
    private static String starred(Tsv.Row r, String name, List<String> common) {
        return marked(r, name, '*', common, "an ordinary word");
    }

    /** The name without its trailing {@code mark}, added to {@code marked} when it had one; only one word may. */
    private static String marked(Tsv.Row r, String name, char mark, List<String> marked, String what) {
        if (name.isEmpty() || name.charAt(name.length() - 1) != mark) {
            return name;
        }
        String bare = name.substring(0, name.length() - 1).strip();
        if (bare.isEmpty() || bare.indexOf(' ') >= 0) {
            throw r.error("only a one-word name may be marked as " + what + " with '" + mark + "', not '" + name + "'");
        }
        marked.add(bare);
        return bare;
    }

    static Map<String, List<PersonRole>> people(List<Tsv.Row> rows) {
        Map<String, List<PersonRole>> out = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            LocalDate start;
            LocalDate end;
            try {
                start = LocalDate.parse(r.get(4));
                end = r.optional(5) == null ? null : LocalDate.parse(r.get(5));
            } catch (DateTimeParseException e) {
                throw r.error("dates must be YYYY-MM-DD: " + e.getParsedString());
            }
            if (end != null && end.isBefore(start)) {
                throw r.error("role ends before it starts");
            }
            String code = r.get(2);
            if (!code.matches("[A-Z-]{3}[A-Za-z]*")) {
                throw r.error("bad actor code '" + code + "'");
            }
            out.computeIfAbsent(r.get(0), k -> new ArrayList<>())
                .add(new PersonRole(r.get(0), r.list(1), code, r.get(3), start, end));
        }
        return out;
    }

    public Map<String, Country> countries() {
        return countries;
    }

    public Country country(String iso3) {
        return countries.get(iso3);
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Community> communities() {
        return communities;
    }

    /** Companies and news organisations, in file order. */
    public List<Company> companies() {
        return companies;
    }

    /** People by full name, each with their roles in date order. */
    public Map<String, List<PersonRole>> people() {
        return people;
    }

    public Sectors sectors() {
        return sectors;
    }

    /** Actors from code dictionaries (TABARI/PETRARCH), in the order given. */
    public List<CodedActor> codedActors() {
        return codedActors;
    }

    /**
     * The role {@code person} held on {@code date}; when none, the most recent earlier role (a former
     * office-holder), else the earliest role. Null only for unknown people.
     */
    public PersonRole roleOn(String person, LocalDate date) {
        List<PersonRole> roles = people.get(person);
        if (roles == null || roles.isEmpty()) {
            return null;
        }
        if (date == null) {
            return roles.get(roles.size() - 1);
        }
        PersonRole before = null;
        for (PersonRole r : roles) {
            if (r.heldOn(date)) {
                return r;
            }
            if (!r.start().isAfter(date) && (before == null || r.start().isAfter(before.start()))) {
                before = r;
            }
        }
        return before != null ? before : roles.get(0);
    }

    /** Counts of entries, for run records and tests. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> m = new HashMap<>();
        m.put("countries", countries.size());
        m.put("organisations", organisations.size());
        m.put("groups", groups.size());
        m.put("communities", communities.size());
        m.put("companies", companies.size());
        m.put("people", people.size());
        m.put("sectorTerms", sectors.all().size());
        m.put("codedActors", codedActors.size());
        return m;
    }
}
