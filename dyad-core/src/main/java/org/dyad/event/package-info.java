/**
 * Events: the CAMEO codebook, the predicate lexicon, and the coder that matches lexicon patterns
 * on dependency graphs and finds each event's source, target and modality.
 */
package org.dyad.event;
