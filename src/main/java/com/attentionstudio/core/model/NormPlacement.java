package com.attentionstudio.core.model;

/** Where the layer norm sits around each sub-layer. */
public enum NormPlacement {
    /** x + Sublayer(LN(x)): GPT-2. Differs from the paper; trains more stably in deep stacks. */
    PRE,
    /** LN(x + Sublayer(x)): the paper (§3.1), BERT, BART. */
    POST
}
