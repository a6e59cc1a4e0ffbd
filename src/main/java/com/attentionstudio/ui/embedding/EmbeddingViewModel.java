package com.attentionstudio.ui.embedding;

import com.attentionstudio.app.LatestTaskRunner;
import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.core.InputException;
import com.attentionstudio.core.analysis.NearestNeighbours;
import com.attentionstudio.core.analysis.VectorExpression;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.EmbeddingFigure;
import com.attentionstudio.render.EmbeddingFigure.Source;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.ui.state.StudioState;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sentence's token vectors in 2-D (PCA) among their nearest vocabulary words, from the input
 * embeddings, embeddings + positions, or the hidden state after a layer; and the word-arithmetic box.
 * The vocabulary index and the figure (one nearest-neighbour search per token) are built off the FX
 * thread, because a GPT-2 vocabulary is 50 257 vectors, and only while the panel is on screen.
 */
public final class EmbeddingViewModel implements AutoCloseable {
    /** Vocabulary neighbours drawn around each token: enough to show a neighbourhood, few enough to read. */
    static final int NEIGHBOURS = 3;
    static final int ARITHMETIC_RESULTS = 8;
    /**
     * Starting expressions, the first whose words the model has is shown: the classic one for English
     * vocabularies, and for the built-in translator (which knows no kings) French gender agreement.
     */
    static final List<String> EXAMPLES = List.of("king - man + woman", "chaude - chaud + froid");

    private final StudioState state;
    private final ReadOnlyObjectProperty<LoadedModel> model;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.TOKEN_EMBEDDINGS);
    private final IntegerProperty layer = new SimpleIntegerProperty(this, "layer", 0);
    private final ReadOnlyObjectWrapper<EmbeddingFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final StringProperty expression = new SimpleStringProperty(this, "expression", EXAMPLES.get(0));
    private final ObservableList<NearestNeighbours.Neighbour> arithmetic = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper arithmeticMessage = new ReadOnlyStringWrapper(this, "arithmeticMessage", "");
    private final LatestTaskRunner<NearestNeighbours> vocabularyRunner = new LatestTaskRunner<>("attention-studio-vocabulary");
    private final LatestTaskRunner<EmbeddingFigure> figureRunner = new LatestTaskRunner<>("attention-studio-embedding");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private Optional<NearestNeighbours> vocabulary = Optional.empty();
    /** The model whose vocabulary index is built or being built; null when a new model needs one. */
    private LoadedModel vocabularyOf;
    private boolean stale = true;

    public EmbeddingViewModel(StudioState state, ReadOnlyObjectProperty<LoadedModel> model) {
        this.state = state;
        this.model = model;
        model.addListener((obs, old, now) -> {
            vocabularyOf = null;
            refresh();
        });
        state.traceProperty().addListener((obs, old, now) -> refresh());
        state.styleProperty().addListener((obs, old, now) -> refresh());
        active.addListener((obs, old, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        state.selectionProperty().addListener((obs, old, now) -> {
            if (old.kind() != now.kind()) {
                refresh();
            }
        });
        source.addListener((obs, old, now) -> refresh());
        layer.addListener((obs, old, now) -> refresh());
    }

    /** Whether the panel is on screen; only then are the vocabulary index and the figure computed. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<EmbeddingFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** For {@link Source#HIDDEN_STATE}: the layer (0-based) whose output is plotted. */
    public IntegerProperty layerProperty() {
        return layer;
    }

    public int layerCount() {
        return state.trace().map(t -> t.querySequence(state.selection().kind()).layers().size()).orElse(0);
    }

    public StringProperty expressionProperty() {
        return expression;
    }

    /** The nearest vocabulary words to the expression's vector, most similar first. */
    public ObservableList<NearestNeighbours.Neighbour> arithmeticResult() {
        return arithmetic;
    }

    /** What went wrong with the expression, or what it computed. */
    public ReadOnlyStringProperty arithmeticMessageProperty() {
        return arithmeticMessage.getReadOnlyProperty();
    }

    /** Evaluates the word-arithmetic expression on the model's input embeddings. */
    public void evaluate() {
        LoadedModel current = model.get();
        if (current == null || vocabulary.isEmpty()) {
            arithmetic.clear();
            arithmeticMessage.set("The vocabulary is still being read; try again in a moment.");
            return;
        }
        try {
            VectorExpression parsed = VectorExpression.parse(expression.get());
            VectorExpression.Result result = parsed.evaluate(vocabulary.get(),
                    word -> VocabularyTable.rowOf(current.tokenizer(), word), ARITHMETIC_RESULTS);
            arithmetic.setAll(result.nearest());
            arithmeticMessage.set("Nearest words to " + parsed + " (cosine similarity of input embeddings, the words typed left out):");
        } catch (InputException e) {
            arithmetic.clear();
            arithmeticMessage.set(e.getMessage());
        }
    }

    private void loadVocabulary(LoadedModel loaded) {
        vocabularyOf = loaded;
        vocabulary = Optional.empty();
        arithmetic.clear();
        if (loaded == null) {
            return;
        }
        vocabularyRunner.submit(progress -> VocabularyTable.of(loaded), table -> {
            vocabulary = Optional.of(table);
            if (EXAMPLES.contains(expression.get())) {
                expression.set(EXAMPLES.stream().filter(e -> knowsEveryWord(loaded, e)).findFirst().orElse(EXAMPLES.get(0)));
            }
            refresh();
            evaluate();
        }, error -> arithmeticMessage.set("Could not read the vocabulary: " + error.getMessage()));
    }

    private static boolean knowsEveryWord(LoadedModel model, String expression) {
        try {
            VectorExpression.parse(expression).terms().forEach(t -> VocabularyTable.rowOf(model.tokenizer(), t.word()));
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    private void refresh() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        if (vocabularyOf != model.get()) {
            loadVocabulary(model.get());
        }
        Optional<Function<FigureStyle, EmbeddingFigure>> recipe = recipe();
        if (recipe.isEmpty()) {
            figure.set(null);
            return;
        }
        FigureStyle style = state.style();
        figureRunner.submit(progress -> recipe.get().apply(style), figure::set,
                error -> arithmeticMessage.set("Could not draw the embeddings: " + error.getMessage()));
    }

    /**
     * The plot as on screen (source, layer, the vocabulary neighbours once read) drawn in {@code style};
     * empty before the first trace. Searches the vocabulary for each token's neighbours on the calling thread.
     */
    public Optional<EmbeddingFigure> figure(FigureStyle style) {
        return recipe().map(r -> r.apply(style));
    }

    /**
     * How to draw the plot in a style, with the trace, selection and options of now taken from the FX
     * thread, so the drawing itself (a nearest-neighbour search per token) can run on any thread.
     */
    private Optional<Function<FigureStyle, EmbeddingFigure>> recipe() {
        Optional<ForwardTrace> trace = state.trace();
        if (trace.isEmpty()) {
            return Optional.empty();
        }
        Selection selection = state.selection();
        int shownLayer = Math.max(0, Math.min(layer.get(), layerCount() - 1));
        boolean matches = vocabulary.isPresent() && vocabulary.get().dimensions() == dModel(trace.get(), selection);
        EmbeddingFigure.Options options = new EmbeddingFigure.Options(source.get(), shownLayer,
                matches ? vocabulary : Optional.empty(), matches ? NEIGHBOURS : 0);
        return Optional.of(style -> new EmbeddingFigure(trace.get(), selection, style, options));
    }

    private static int dModel(ForwardTrace trace, Selection selection) {
        return trace.querySequence(selection.kind()).embeddings().output().cols();
    }

    @Override
    public void close() {
        vocabularyRunner.close();
        figureRunner.close();
    }
}
