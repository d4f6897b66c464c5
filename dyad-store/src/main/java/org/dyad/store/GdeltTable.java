package org.dyad.store;

/** The GDELT 2.0 layouts the store exports. */
public enum GdeltTable {
    /** GDELT 2.0 Events, 61 columns: one row per event record, with its counts across articles. */
    EVENTS,
    /** GDELT 2.0 Mentions, 16 columns: one row per mention that belongs to an event record. */
    MENTIONS,
    /** GDELT Global Knowledge Graph 2.1, 27 columns: one row per article. */
    GKG
}
