package com.attentionstudio.tokenize;

/**
 * The character classes the Hugging Face tokenizers library (Rust) uses, by code point. Java's own
 * Character.isWhitespace differs from Rust's char::is_whitespace (it drops U+00A0 and adds U+001C..U+001F),
 * so the definitions are spelled out here.
 */
final class CharClass {

    private CharClass() {
    }

    /** Unicode White_Space, as Rust's char::is_whitespace and regex \s with Unicode classes. */
    static boolean isWhiteSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    /** General category C*: control, format, unassigned, private use, surrogate. */
    static boolean isOther(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /** BERT's punctuation: every ASCII symbol (so "$", "+", "^" split too) or general category P*. */
    static boolean isBertPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /**
     * The CJK ideograph blocks BERT puts spaces around. The tokenizers library starts extension E at
     * U+2B920 where Google's original BERT says U+2B820; we follow the library, which made the references.
     */
    static boolean isChineseIdeograph(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B920 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /** Rust's char::is_alphanumeric or '_': what "single_word" added tokens must not touch. */
    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return cp == '_' || Character.isAlphabetic(cp) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
