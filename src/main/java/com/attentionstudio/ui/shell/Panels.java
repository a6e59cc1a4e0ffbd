package com.attentionstudio.ui.shell;

import com.attentionstudio.ui.attention.HeadGridView;
import com.attentionstudio.ui.attention.HeadGridViewModel;
import com.attentionstudio.ui.attention.HeatmapView;
import com.attentionstudio.ui.attention.HeatmapViewModel;
import com.attentionstudio.ui.attention.LineView;
import com.attentionstudio.ui.attention.LineViewModel;
import com.attentionstudio.ui.decoder.DecoderView;
import com.attentionstudio.ui.decoder.DecoderViewModel;
import com.attentionstudio.ui.embedding.EmbeddingView;
import com.attentionstudio.ui.embedding.EmbeddingViewModel;
import com.attentionstudio.ui.figure.PanelView;
import com.attentionstudio.ui.positional.PositionalView;
import com.attentionstudio.ui.positional.PositionalViewModel;
import com.attentionstudio.ui.state.StudioState;
import com.attentionstudio.ui.steps.StepView;
import com.attentionstudio.ui.steps.StepViewModel;
import java.util.List;

/**
 * The tabs of the window, in the order a lesson goes: attention first, then where its input comes from
 * (embeddings, positions), then the maths step by step, then the output. Owns the panels' background work.
 */
final class Panels implements AutoCloseable {
    private final List<PanelView> views;
    private final List<AutoCloseable> background;

    Panels(StudioState state, ShellViewModel shell) {
        EmbeddingViewModel embedding = new EmbeddingViewModel(state, shell.modelProperty());
        PositionalViewModel positional = new PositionalViewModel(state, shell.modelProperty(), shell.sentenceProperty());
        DecoderViewModel decoder = new DecoderViewModel(state);
        StepViewModel steps = new StepViewModel(state);
        views = List.of(
                new HeatmapView(new HeatmapViewModel(state), state),
                new HeadGridView(new HeadGridViewModel(state), state),
                new LineView(new LineViewModel(state), state),
                new EmbeddingView(embedding, state),
                new PositionalView(positional, state),
                new StepView(steps, state),
                new DecoderView(decoder, state));
        background = List.of(embedding, positional, decoder);
    }

    List<PanelView> views() {
        return views;
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : background) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop a panel's background work", e);
            }
        }
    }
}
