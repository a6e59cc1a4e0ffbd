package com.attentionstudio.io;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Element types a safetensors header may name, spelled as the format spells them. The sub-byte types
 * (F4, F6_*) are left out on purpose: their byte size is not a whole number, and no checkpoint this app
 * opens uses them, so they are refused as unknown rather than half supported.
 */
public enum DType {
    F64(8, true),
    F32(4, true),
    F16(2, true),
    BF16(2, true),
    F8_E5M2(1, false),
    F8_E4M3(1, false),
    I64(8, false),
    I32(4, false),
    I16(2, false),
    I8(1, false),
    U64(8, false),
    U32(4, false),
    U16(2, false),
    U8(1, false),
    BOOL(1, false);

    private final int byteSize;
    private final boolean readableAsFloat;

    DType(int byteSize, boolean readableAsFloat) {
        this.byteSize = byteSize;
        this.readableAsFloat = readableAsFloat;
    }

    /** Bytes one element takes in the file. */
    public int byteSize() {
        return byteSize;
    }

    /** Whether {@code readFloats} converts this type: F64, F32, F16 and BF16. */
    public boolean readableAsFloat() {
        return readableAsFloat;
    }

    /** The type with exactly this name, as written in a header ("F32", "BF16"), or empty. */
    public static Optional<DType> fromHeaderName(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
    }

    /** All names, for messages that list what is supported. */
    public static String supportedNames() {
        return Arrays.stream(values()).map(DType::name).collect(Collectors.joining(", "));
    }
}
