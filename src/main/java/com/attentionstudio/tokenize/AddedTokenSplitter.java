package com.attentionstudio.tokenize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the raw text at added tokens before anything else runs, as Hugging Face does: leftmost match
 * first, the longest token where several start at the same place.
 */
final class AddedTokenSplitter {

    /** A stretch of plain text (tokenId -1) or one added token. */
    record Segment(String text, int tokenId) {
        boolean isPlain() {
            return tokenId < 0;
        }
    }

    private final Map<Character, List<AddedToken>> byFirstChar = new HashMap<>();

    AddedTokenSplitter(List<AddedToken> addedTokens) {
        for (AddedToken token : addedTokens) {
            byFirstChar.computeIfAbsent(token.content().charAt(0), c -> new ArrayList<>()).add(token);
        }
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((AddedToken t) -> -t.content().length())));
    }

    List<Segment> split(String text) {
        List<Segment> segments = new ArrayList<>();
        int plainStart = 0;
        int at = 0;
        while (at < text.length()) {
            AddedToken token = longestAt(text, at);
            if (token == null) {
                at++;
                continue;
            }
            int start = at;
            int stop = at + token.content().length();
            at = stop;
            if (token.singleWord() && touchesWord(text, start, stop)) {
                continue;
            }
            if (token.lstrip()) {
                start = Math.max(plainStart, skipWhiteSpaceBackward(text, start));
            }
            if (token.rstrip()) {
                stop = skipWhiteSpaceForward(text, stop);
                at = stop;
            }
            if (plainStart < start) {
                segments.add(new Segment(text.substring(plainStart, start), -1));
            }
            segments.add(new Segment(token.content(), token.id()));
            plainStart = stop;
        }
        if (plainStart < text.length()) {
            segments.add(new Segment(text.substring(plainStart), -1));
        }
        return segments;
    }

    private AddedToken longestAt(String text, int at) {
        List<AddedToken> candidates = byFirstChar.get(text.charAt(at));
        if (candidates != null) {
            for (AddedToken candidate : candidates) {
                if (text.startsWith(candidate.content(), at)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean touchesWord(String text, int start, int stop) {
        return (start > 0 && CharClass.isWordChar(text.codePointBefore(start)))
                || (stop < text.length() && CharClass.isWordChar(text.codePointAt(stop)));
    }

    private static int skipWhiteSpaceBackward(String text, int from) {
        int at = from;
        while (at > 0 && CharClass.isWhiteSpace(text.codePointBefore(at))) {
            at -= Character.charCount(text.codePointBefore(at));
        }
        return at;
    }

    private static int skipWhiteSpaceForward(String text, int from) {
        int at = from;
        while (at < text.length() && CharClass.isWhiteSpace(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }
}
