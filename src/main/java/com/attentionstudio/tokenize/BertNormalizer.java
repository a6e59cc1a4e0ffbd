package com.attentionstudio.tokenize;

import java.text.Normalizer;

/**
 * BERT's text clean-up (Devlin et al. 2019; the tokenizers library's BertNormalizer), in its order: drop
 * NUL, U+FFFD and control characters and turn every whitespace into a space; put spaces around CJK
 * ideographs so each is its own word; strip accents (NFD, then drop non-spacing marks); lower-case.
 *
 * @param stripAccents in Hugging Face files "null" means: strip when lower-casing; resolve that before
 */
record BertNormalizer(boolean cleanText, boolean handleChineseChars, boolean stripAccents, boolean lowercase) {

    /** bert-base-uncased. */
    static final BertNormalizer UNCASED = new BertNormalizer(true, true, true, true);

    String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cleanText && (cp == 0 || cp == 0xFFFD || isControl(cp))) {
                return;
            }
            int kept = cleanText && isWhitespace(cp) ? ' ' : cp;
            if (handleChineseChars && CharClass.isChineseIdeograph(kept)) {
                out.append(' ').appendCodePoint(kept).append(' ');
            } else {
                out.appendCodePoint(kept);
            }
        });
        String result = out.toString();
        if (stripAccents) {
            result = withoutNonSpacingMarks(Normalizer.normalize(result, Normalizer.Form.NFD));
        }
        return lowercase ? lowerCaseEachCodePoint(result) : result;
    }

    /** Tab, newline and carriage return are control characters BERT counts as whitespace. */
    private static boolean isWhitespace(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || CharClass.isWhiteSpace(cp);
    }

    private static boolean isControl(int cp) {
        return cp != '\t' && cp != '\n' && cp != '\r' && CharClass.isOther(cp);
    }

    private static String withoutNonSpacingMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Lower-cases each code point on its own, as Rust's char::to_lowercase: no final-sigma rule (which
     * String.toLowerCase applies), and U+0130 becomes "i" plus a combining dot, its one two-character mapping.
     */
    private static String lowerCaseEachCodePoint(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x130) {
                out.append("i\u0307");
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }
}
