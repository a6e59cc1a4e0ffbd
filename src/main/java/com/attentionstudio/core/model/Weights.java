package com.attentionstudio.core.model;

import java.util.Optional;

/** All parameters of a model, mapped by a family adapter from checkpoint names onto the generic core. */
public record Weights(Optional<StackWeights> encoder, Optional<StackWeights> decoder, Optional<LmHeadWeights> lmHead) {
}
