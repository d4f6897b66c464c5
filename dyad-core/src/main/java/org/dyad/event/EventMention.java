package org.dyad.event;

import org.dyad.actor.Mention;
import org.dyad.model.Modality;

import java.util.List;

/**
 * An event found in one sentence, before date and place are attached.
 *
 * @param code       CAMEO event code
 * @param rule       the lexicon entry ({@code 19-fight.tsv:12}) or rule id that coded it
 * @param sentence   0-based sentence index
 * @param trigger    token that heads the event words
 * @param words      all tokens of the event words (trigger, particles, fixed objects), sorted
 * @param source     the source actor's mention, or null
 * @param target     the target actor's mention, or null
 * @param modality   whether the sentence asserts it
 * @param confidence 0..1
 */
public record EventMention(String code, String rule, int sentence, int trigger, List<Integer> words, Mention source,
                           Mention target, Modality modality, double confidence) {
}
