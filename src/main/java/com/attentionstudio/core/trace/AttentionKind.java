package com.attentionstudio.core.trace;

/** Which attention a head belongs to; the views and the CLI select heads by kind, layer and head. */
public enum AttentionKind {
    ENCODER_SELF("encoder self attention", "encoder"),
    DECODER_SELF("masked decoder self attention", "decoder"),
    CROSS("cross attention", "cross");

    private final String label;
    private final String shortName;

    AttentionKind(String label, String shortName) {
        this.label = label;
        this.shortName = shortName;
    }

    public String label() {
        return label;
    }

    /** The name used on the command line and in file names: encoder, decoder, cross. */
    public String shortName() {
        return shortName;
    }

    public static AttentionKind fromShortName(String name) {
        for (AttentionKind kind : values()) {
            if (kind.shortName.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown attention kind '" + name + "'; expected encoder, decoder or cross");
    }
}
