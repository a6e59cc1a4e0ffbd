package com.attentionstudio.core.analysis;

import com.attentionstudio.core.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-vector arithmetic such as "king − man + woman" (Mikolov et al. 2013): add and subtract rows of an
 * embedding table, then ask which entries point the same way. In a model's input embeddings the answer
 * is often not "queen"; showing that honestly is part of the lesson.
 *
 * @param terms the words with their signs, in the order typed
 */
public record VectorExpression(List<Term> terms) {
    /** One word and whether it is added or subtracted. */
    public record Term(boolean plus, String word) {
    }

    /** A word, optionally preceded by + or − (also the ASCII hyphen), separated by spaces. */
    private static final Pattern TERM = Pattern.compile("\\s*([+\\-\u2212])?\\s*([^\\s+\\-\u2212]+)\\s*");

    public VectorExpression {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new InputException("the expression has no words; type something like king - man + woman");
        }
    }

    /** Parses "king - man + woman"; the first word is added unless it carries a minus. */
    public static VectorExpression parse(String text) {
        List<Term> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(text == null ? "" : text);
        int at = 0;
        while (at < matcher.regionEnd() && matcher.find(at) && matcher.start() == at) {
            String sign = matcher.group(1);
            if (sign == null && !terms.isEmpty()) {
                throw new InputException("put + or − between the words of '" + text.strip() + "'");
            }
            terms.add(new Term(sign == null || sign.equals("+"), matcher.group(2)));
            at = matcher.end();
        }
        if (at < (text == null ? 0 : text.length())) {
            throw new InputException("could not read '" + text.strip() + "' after position " + at
                    + "; type words joined by + and −, like king - man + woman");
        }
        return new VectorExpression(terms);
    }

    /**
     * The sum of the terms' vectors and the nearest entries to it, leaving out the words typed.
     *
     * @param rowOf the table row of a word; throws {@link InputException} for a word the table lacks
     */
    public Result evaluate(NearestNeighbours table, ToIntFunction<String> rowOf, int k) {
        float[] sum = new float[table.dimensions()];
        List<Integer> used = new ArrayList<>();
        for (Term term : terms) {
            int row = rowOf.applyAsInt(term.word());
            used.add(row);
            float[] vector = table.vector(row);
            for (int d = 0; d < sum.length; d++) {
                sum[d] += term.plus() ? vector[d] : -vector[d];
            }
        }
        return new Result(sum, table.nearest(sum, k, used::contains));
    }

    /** The combined vector and its nearest entries, most similar first. */
    public record Result(float[] vector, List<NearestNeighbours.Neighbour> nearest) {
        public Result {
            vector = vector.clone();
            nearest = List.copyOf(nearest);
        }

        @Override
        public float[] vector() {
            return vector.clone();
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Term term : terms) {
            if (!out.isEmpty() || !term.plus()) {
                out.append(out.isEmpty() ? "" : " ").append(term.plus() ? "+ " : "\u2212 ");
            }
            out.append(term.word());
        }
        return out.toString();
    }
}
