package com.attentionstudio.export;

import com.attentionstudio.core.InputException;

/** The file formats a figure is written in. */
public enum Format {
    /** Vector, text as searchable {@code <text>} elements. */
    SVG("svg"),
    /** Vector, text as real text in an embedded font; the page is the figure. */
    PDF("pdf"),
    /** Pixels, with the resolution recorded in the file. */
    PNG("png");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file extension without a dot, which is also the name used on the command line. */
    public String extension() {
        return extension;
    }

    public static Format fromName(String name) {
        for (Format format : values()) {
            if (format.extension.equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new InputException("unknown figure format '" + name + "'; use svg, pdf or png");
    }
}
