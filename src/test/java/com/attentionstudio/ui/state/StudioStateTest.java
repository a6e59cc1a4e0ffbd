package com.attentionstudio.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.ui.TestModels;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StudioStateTest {
    private final StudioState state = new StudioState();

    @Test
    void layerAndHeadNavigationStopsAtTheEnds() {
        state.showTrace(TestModels.trace(Architecture.DECODER_ONLY, "the pizza came out"));
        state.previousLayer();
        assertThat(state.selection().layer()).isZero();
        state.nextLayer();
        state.nextLayer();
        assertThat(state.selection().layer()).isEqualTo(TestModels.LAYERS - 1);
        state.nextHead();
        state.nextHead();
        assertThat(state.selection().head()).isEqualTo(TestModels.NUM_HEADS - 1);
        state.previousHead();
        assertThat(state.selection().head()).isEqualTo(TestModels.NUM_HEADS - 2);
    }

    @Test
    void newTraceKeepsTheHeadButDropsAPinBeyondTheSentence() {
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza came out of the oven"));
        state.selectHead(1, 1);
        state.pinQuery(OptionalInt.of(6));
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza"));
        assertThat(state.selection()).isEqualTo(new Selection(AttentionKind.ENCODER_SELF, 1, 1, OptionalInt.empty(), 0));
    }

    @Test
    void kindOutsideTheModelIsIgnoredAndTheDecoderOnlyModelStartsOnItsOwnKind() {
        state.showTrace(TestModels.trace(Architecture.DECODER_ONLY, "the pizza"));
        assertThat(state.selection().kind()).isEqualTo(AttentionKind.DECODER_SELF);
        state.selectKind(AttentionKind.CROSS);
        assertThat(state.selection().kind()).isEqualTo(AttentionKind.DECODER_SELF);
        assertThat(state.kinds()).containsExactly(AttentionKind.DECODER_SELF);
    }

    @Test
    void switchingKindUnpinsTheQuery() {
        state.showTrace(TestModels.trace(Architecture.ENCODER_DECODER, "the pizza came out"));
        state.pinQuery(OptionalInt.of(3));
        List<Selection> seen = new ArrayList<>();
        state.selectionProperty().addListener((obs, old, now) -> seen.add(now));
        state.selectKind(AttentionKind.CROSS);
        assertThat(seen).containsExactly(new Selection(AttentionKind.CROSS, 0, 0, OptionalInt.empty(), 0));
    }
}
