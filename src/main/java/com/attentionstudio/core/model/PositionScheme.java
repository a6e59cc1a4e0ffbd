package com.attentionstudio.core.model;

/** How position enters the input. */
public enum PositionScheme {
    /** The fixed sin/cos table of §3.5. */
    SINUSOIDAL,
    /** A learned table, one row per position (GPT-2, BERT; BART with an offset of 2). */
    LEARNED
}
