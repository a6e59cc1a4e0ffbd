package com.attentionstudio.ui.embedding;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.core.InputException;
import com.attentionstudio.core.analysis.NearestNeighbours;
import com.attentionstudio.core.model.StackWeights;
import com.attentionstudio.tokenize.Encoding;
import com.attentionstudio.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A model's token embedding table as a neighbour index, and the lookup of a typed word in it. */
final class VocabularyTable {
    private VocabularyTable() {
    }

    /** The input embedding table (the encoder's where there is one; encoder-decoder models share it), labelled for people. */
    static NearestNeighbours of(LoadedModel model) {
        var weights = model.transformer().weights();
        StackWeights stack = weights.encoder().or(weights::decoder).orElseThrow();
        var table = stack.embeddings().tokens();
        Tokenizer tokenizer = model.tokenizer();
        List<String> labels = new ArrayList<>(table.rows());
        for (int id = 0; id < table.rows(); id++) {
            labels.add(id < tokenizer.vocabSize() ? tokenizer.displayOf(id) : "<" + id + ">");
        }
        return new NearestNeighbours(table.toMatrix(), labels);
    }

    /**
     * The one vocabulary entry a word becomes, as the tokenizer reads it mid-sentence (with its leading
     * space, so GPT-2 gives "Ġking"). A word split into pieces has no single vector and is refused.
     */
    static int rowOf(Tokenizer tokenizer, String word) {
        Set<Integer> special = Arrays.stream(tokenizer.encode("").ids()).boxed().collect(Collectors.toSet());
        Encoding encoding = tokenizer.encode(" " + word);
        int[] ids = encoding.ids();
        List<Integer> pieces = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (!special.contains(ids[i])) {
                pieces.add(ids[i]);
                shown.add(tokenizer.displayOf(ids[i]).strip());
            }
        }
        if (encoding.unknownCount() > 0 || pieces.isEmpty()) {
            throw new InputException("'" + word + "' is not in this model's vocabulary; try another word");
        }
        if (pieces.size() > 1) {
            throw new InputException("'" + word + "' is split into " + pieces.size() + " tokens (" + String.join(" + ", shown)
                    + "), so it has no single vector; try a more common word");
        }
        return pieces.get(0);
    }
}
