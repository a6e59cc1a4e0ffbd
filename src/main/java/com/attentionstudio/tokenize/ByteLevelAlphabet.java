package com.attentionstudio.tokenize;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * GPT-2's bytes_to_unicode: each of the 256 byte values gets a printable character, so every byte
 * sequence is a string of visible characters (a space becomes "Ġ", a newline "Ċ"). Printable Latin-1
 * bytes stand for themselves; the other 68 take the code points from U+0100 upwards, in byte order.
 */
final class ByteLevelAlphabet {

    private static final char[] CHAR_OF_BYTE = new char[256];
    private static final int[] BYTE_OF_CHAR = new int[0x100 + 68];

    static {
        Arrays.fill(BYTE_OF_CHAR, -1);
        int next = 0x100;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            char c = printable ? (char) b : (char) next++;
            CHAR_OF_BYTE[b] = c;
            BYTE_OF_CHAR[c] = b;
        }
    }

    private ByteLevelAlphabet() {
    }

    static char charOf(int unsignedByte) {
        return CHAR_OF_BYTE[unsignedByte];
    }

    /** UTF-8 bytes written in the byte alphabet (the bytes of " pizza" -> "Ġpizza"). */
    static String encode(byte[] utf8) {
        char[] chars = new char[utf8.length];
        for (int i = 0; i < utf8.length; i++) {
            chars[i] = CHAR_OF_BYTE[utf8[i] & 0xFF];
        }
        return new String(chars);
    }

    /**
     * Appends the bytes a token stands for. A token with a character outside the alphabet (an added token
     * such as "&lt;mask&gt;" typed in other letters) stands for its own UTF-8, as in Hugging Face's decoder.
     */
    static void appendBytes(String token, ByteArrayOutputStream out) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= BYTE_OF_CHAR.length || BYTE_OF_CHAR[c] < 0) {
                out.writeBytes(token.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        for (int i = 0; i < token.length(); i++) {
            out.write(BYTE_OF_CHAR[token.charAt(i)]);
        }
    }

    /** Bytes as text, each malformed sequence replaced by U+FFFD as Rust's from_utf8_lossy does. */
    static String decodeLossy(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * How a person should see a byte-level token: " pizza" as "pizza" (the leading space only says a word
     * starts here), a token of nothing but whitespace with visible marks ("␣", "↵", "⇥"), control characters
     * as their Unicode control pictures.
     */
    static String display(String token) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(token.length());
        appendBytes(token, bytes);
        String text = readable(bytes.toByteArray());
        boolean hasContent = text.codePoints().anyMatch(cp -> !CharClass.isWhiteSpace(cp));
        if (hasContent && text.length() > 1 && text.charAt(0) == ' ') {
            text = text.substring(1);
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> shown.append(hasContent && cp == ' ' ? " " : visible(cp)));
        return shown.toString();
    }

    private static String visible(int cp) {
        if (cp == ' ') {
            return "\u2423";
        }
        if (cp == '\n') {
            return "\u21B5";
        }
        if (cp == '\t') {
            return "\u21E5";
        }
        if (cp < 0x20) {
            return String.valueOf((char) (0x2400 + cp));
        }
        if (cp == 0x7F) {
            return "\u2421";
        }
        if (CharClass.isWhiteSpace(cp)) {
            return String.format("<U+%04X>", cp);
        }
        return new String(Character.toChars(cp));
    }

    /**
     * Bytes as readable text: complete UTF-8 characters decoded, every byte of an unfinished or broken
     * one shown as "&lt;0xF0&gt;", so a token that holds half an emoji still says what it holds.
     */
    static String readable(byte[] utf8) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < utf8.length) {
            int length = sequenceLength(utf8[at]);
            if (length > 0 && at + length <= utf8.length) {
                try {
                    text.append(decoder.decode(ByteBuffer.wrap(utf8, at, length)));
                    at += length;
                    continue;
                } catch (CharacterCodingException malformed) {
                    // Falls through: shown byte by byte below.
                }
            }
            text.append(String.format("<0x%02X>", utf8[at] & 0xFF));
            at++;
        }
        return text.toString();
    }

    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        return b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    }
}
