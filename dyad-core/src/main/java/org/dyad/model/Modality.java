package org.dyad.model;

/** Whether the text says an event happened. Only {@link #ASSERTED} events count as facts. */
public enum Modality {
    /** The text reports it as having happened or happening. */
    ASSERTED,
    /** The text says it did not happen ("did not attack"), or that someone denies it ("denied attacking"). */
    NEGATED,
    /** Said to happen in the future ("will meet"). */
    FUTURE,
    /** Possible, wished, required or conditional ("could attack", "must cooperate", "if they attack"). */
    HYPOTHETICAL,
    /** Asked as a question. */
    QUESTION;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
