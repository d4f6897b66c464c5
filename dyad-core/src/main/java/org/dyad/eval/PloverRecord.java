package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of the PLOVER gold standard.
 *
 * @param id       the record id ("PLOVER-GSR01-AGREE-0001")
 * @param text     the sentence
 * @param date     the record date, or null
 * @param category the gold PLOVER 2016 category ({@code event} field: AGREE, DEMAND, FIGHT, ...)
 * @param sources  the gold sources, in order; empty where the gold names none
 * @param targets  the gold targets, in order; empty where the gold names none
 * @param markup   {@code textInfo.markup}, the text with {@code (SRC: ...)}, {@code (TAR: ...)},
 *                 {@code (SRC/TAR: ...)} and {@code (EVT: ...)} marks; empty when absent
 */
public record PloverRecord(String id, String text, LocalDate date, String category, List<GoldActor> sources,
                           List<GoldActor> targets, String markup) {

    public PloverRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        markup = markup == null ? "" : markup;
    }

    /** Whether the markup marks actors as both source and target ({@code SRC/TAR}), as for "A and B agreed". */
    public boolean sourceTargetMarked() {
        return markup.contains("SRC/TAR");
    }
}
