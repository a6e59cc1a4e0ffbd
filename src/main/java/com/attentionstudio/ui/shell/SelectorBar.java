package com.attentionstudio.ui.shell;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.ui.state.StudioState;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The attention kind, layer and head every panel shows: {@code #kindChoice}, {@code #layerSpinner},
 * {@code #headSpinner}. Two-way with {@link StudioState}: a click in the head grid moves these too.
 */
final class SelectorBar {
    private final StudioState state;
    private final ChoiceBox<AttentionKind> kind = new ChoiceBox<>();
    private final Spinner<Integer> layer = new Spinner<>(0, 0, 0);
    private final Spinner<Integer> head = new Spinner<>(0, 0, 0);
    private final Label queries = new Label();
    private boolean syncing;

    SelectorBar(StudioState state) {
        this.state = state;
        kind.setId("kindChoice");
        layer.setId("layerSpinner");
        head.setId("headSpinner");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttentionKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public AttentionKind fromString(String s) {
                return null;
            }
        });
        kind.setTooltip(new Tooltip("Which attention to show: encoder self attention, the decoder's masked self attention, or cross attention"));
        layer.setTooltip(new Tooltip("Layer (Ctrl+Up / Ctrl+Down), counted from 0"));
        head.setTooltip(new Tooltip("Head (Ctrl+Right / Ctrl+Left), counted from 0"));
        layer.setPrefWidth(80);
        head.setPrefWidth(80);
        kind.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                state.selectKind(now);
            }
        });
        layer.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                state.selectLayer(now);
            }
        });
        head.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                state.selectHead(now);
            }
        });
        state.selectionProperty().addListener((obs, old, now) -> sync());
        state.traceProperty().addListener((obs, old, now) -> sync());
    }

    HBox node() {
        HBox bar = new HBox(8, label("Attention"), kind, label("Layer"), layer, label("Head"), head, queries);
        bar.getStyleClass().add("toolbar-row");
        bar.setPadding(new Insets(4, 10, 4, 10));
        queries.getStyleClass().add("field-label");
        return bar;
    }

    /** Copies the shared selection into the controls without echoing the change back. */
    private void sync() {
        syncing = true;
        try {
            Selection selection = state.selection();
            if (!kind.getItems().equals(state.kinds())) {
                kind.getItems().setAll(state.kinds());
            }
            kind.setValue(state.kinds().contains(selection.kind()) ? selection.kind() : null);
            layer.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Math.max(0, state.layerCount() - 1), selection.layer()));
            head.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Math.max(0, state.headCount() - 1), selection.head()));
            queries.setText(state.trace().isEmpty() ? "" : "of " + state.layerCount() + " layers × " + state.headCount() + " heads");
        } finally {
            syncing = false;
        }
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }
}
