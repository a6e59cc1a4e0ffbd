package com.attentionstudio.tokenize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cuts lower-cased English or French text into the words of the built-in models. Letters, marks and digits
 * make words; an apostrophe between two of them stays inside; every other visible character is a word of
 * its own. French elision keeps the apostrophe on the first piece ("l'avion" -> "l'" "avion"); an English
 * contraction stays whole when the vocabulary has it, else splits as the Penn Treebank does
 * ("didn't" -> "did" "n't", "it's" -> "it" "'s").
 */
final class WordLevelSplitter {

    private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu");
    private static final List<String> CLITICS = List.of("'s", "'re", "'ve", "'m", "'ll", "'d");

    private WordLevelSplitter() {
    }

    /** @param known whether the vocabulary holds a word; decides only whether a contraction stays whole */
    static List<String> pieces(String text, Predicate<String> known) {
        // Typographic apostrophes (’ ʼ) as typed on phones and in French text count as the ASCII one.
        String clean = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u02BC', '\'')
                .toLowerCase(Locale.ROOT);
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int at = 0;
        while (at < clean.length()) {
            int cp = clean.codePointAt(at);
            at += Character.charCount(cp);
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (cp == '\'' && word.length() > 0 && at < clean.length() && isWordChar(clean.codePointAt(at))) {
                word.append('\'');
            } else {
                flush(word, pieces, known);
                if (!CharClass.isWhiteSpace(cp) && !isInvisible(cp)) {
                    pieces.add(new String(Character.toChars(cp)));
                }
            }
        }
        flush(word, pieces, known);
        return pieces;
    }

    private static void flush(StringBuilder word, List<String> pieces, Predicate<String> known) {
        if (word.length() > 0) {
            splitApostrophes(word.toString(), pieces, known);
            word.setLength(0);
        }
    }

    private static void splitApostrophes(String word, List<String> pieces, Predicate<String> known) {
        String rest = word;
        int apostrophe = rest.indexOf('\'');
        while (apostrophe > 0 && ELIDED.contains(rest.substring(0, apostrophe))) {
            pieces.add(rest.substring(0, apostrophe + 1));
            rest = rest.substring(apostrophe + 1);
            apostrophe = rest.indexOf('\'');
        }
        if (apostrophe < 0 || known.test(rest)) {
            pieces.add(rest);
            return;
        }
        String clitic = cliticAtEnd(rest);
        if (clitic.isEmpty()) {
            splitAtEachApostrophe(rest, pieces);
        } else {
            splitAtEachApostrophe(rest.substring(0, rest.length() - clitic.length()), pieces);
            pieces.add(clitic);
        }
    }

    /** "n't", "'s", "'re", ... when the word ends with one after at least one letter; else "". */
    private static String cliticAtEnd(String word) {
        if (word.endsWith("n't") && word.length() > 3) {
            return "n't";
        }
        return CLITICS.stream().filter(c -> word.endsWith(c) && word.length() > c.length()).findFirst().orElse("");
    }

    /** What no rule explains ("rock'n'roll") is cut at each apostrophe, the apostrophe a word of its own. */
    private static void splitAtEachApostrophe(String word, List<String> pieces) {
        int start = 0;
        for (int at = word.indexOf('\''); at >= 0; at = word.indexOf('\'', start)) {
            if (at > start) {
                pieces.add(word.substring(start, at));
            }
            pieces.add("'");
            start = at + 1;
        }
        if (start < word.length()) {
            pieces.add(word.substring(start));
        }
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK || Character.getType(cp) == Character.OTHER_NUMBER
                || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    /** Control and format characters (zero-width space, joiners) separate words and leave no piece. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
