package org.dyad.eval;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sentence of a PETRARCH validation file with its gold codings.
 *
 * @param id         the sentence id
 * @param date       the sentence date, or null where the file's date is not YYYYMMDD
 * @param category   the file's category label (AFP, GOLD, DEMO, COMPOUND, ...), or null
 * @param text       the sentence text, whitespace-normalised (the file's line wraps become single spaces)
 * @param codings    the gold (source, target, event) codings, in file order; empty for no events
 * @param noEvents   whether the gold says explicitly that the sentence holds no event
 * @param errors     the errors PETRARCH is expected to raise instead of coding ({@code dateline},
 *                   {@code storydiscard}, ...); empty for ordinary records
 * @param evaluate   false where the file marks the record {@code evaluate="false"}
 * @param attributes every attribute of the {@code <Sentence>} tag, as written
 * @param config     the PETRARCH {@code <Config option value>} settings in force at this sentence
 *                   (later in a file they change, e.g. {@code require_dyad})
 * @param line       1-based line of the {@code <Sentence>} tag
 */
public record PetrRecord(String id, LocalDate date, String category, String text, List<PetrCoding> codings,
                         boolean noEvents, List<String> errors, boolean evaluate, Map<String, String> attributes,
                         Map<String, String> config, int line) {

    public PetrRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        codings = List.copyOf(codings);
        errors = List.copyOf(errors);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }
}
