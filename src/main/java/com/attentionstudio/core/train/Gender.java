package com.attentionstudio.core.train;

/** Grammatical gender of a French noun; it picks le/la, il/elle and the adjective's ending. */
public enum Gender {
    MASCULINE, FEMININE;

    <T> T pick(T masculine, T feminine) {
        return this == MASCULINE ? masculine : feminine;
    }
}
