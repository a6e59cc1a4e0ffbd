package com.attentionstudio.ui.shell;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.ui.figure.ExportFiles;
import com.attentionstudio.ui.figure.PanelView;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;

/**
 * The window's frame: menus, the model picker, the sentence (and target) fields with a busy indicator,
 * the shared selectors, the panels as tabs, and a status line. Node ids for tests: #sentenceField,
 * #targetField, #modelPicker, #busyIndicator, #loadProgress, #kindChoice, #layerSpinner, #headSpinner,
 * #panels, #notice, #problemLabel.
 */
public final class ShellView {
    private final ShellViewModel viewModel;
    private final List<PanelView> panels;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final NotificationPane notice;

    ShellView(ShellViewModel viewModel, Map<String, List<String>> samples, List<PanelView> panels,
              ModelPicker.FolderChooser chooser) {
        this.viewModel = viewModel;
        this.panels = List.copyOf(panels);
        ModelPicker picker = new ModelPicker(viewModel, chooser);
        for (PanelView panel : panels) {
            Tab tab = new Tab(panel.title(), panel.node());
            tab.setClosable(false);
            tab.selectedProperty().addListener((obs, old, selected) -> panel.setShown(selected));
            tabs.getTabs().add(tab);
        }
        tabs.setId("panels");
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).setShown(i == 0);
        }
        notice = new NotificationPane(tabs);
        notice.setId("notice");
        notice.setShowFromTop(true);
        notice.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        viewModel.setOnRefusal(this::showNotice);
        root.setTop(new VBox(ShellMenus.build(viewModel, picker, samples, this::exportCurrent, this::exportTrace), inputRow(picker),
                new SelectorBar(viewModel.state()).node()));
        root.setCenter(notice);
        root.setBottom(statusBar());
    }

    public Parent root() {
        return root;
    }

    /** Shows a message over the panels (a refused model folder) until the user closes it. */
    public void showNotice(String message) {
        notice.show(message);
    }

    /** The tabs' panels, in order. */
    public List<PanelView> panels() {
        return panels;
    }

    private void exportCurrent() {
        int index = tabs.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            panels.get(index).exportBar().export();
        }
    }

    private void exportTrace() {
        ExportFiles.exportTrace(viewModel.state(), root.getScene() == null ? null : root.getScene().getWindow());
    }

    private HBox inputRow(ModelPicker picker) {
        TextField sentence = new TextField();
        sentence.setId("sentenceField");
        sentence.getStyleClass().add("sentence-field");
        sentence.setPromptText("Type a sentence: the pizza came out of the oven and it tasted good");
        sentence.textProperty().bindBidirectional(viewModel.sentenceProperty());
        sentence.setTooltip(new Tooltip("The text the model reads; every view updates as you type"));
        HBox.setHgrow(sentence, Priority.ALWAYS);

        TextField target = new TextField();
        target.setId("targetField");
        target.setPromptText("Output (empty: the model writes its own)");
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        target.setTooltip(new Tooltip("For translation models: the output to read the input against; leave empty to let the model translate"));
        target.setPrefColumnCount(22);
        BooleanBinding encoderDecoder = Bindings.createBooleanBinding(() -> isEncoderDecoder(viewModel.modelProperty().get()),
                viewModel.modelProperty());
        target.visibleProperty().bind(encoderDecoder);
        target.managedProperty().bind(encoderDecoder);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busyIndicator");
        busy.setPrefSize(22, 22);
        busy.setMinSize(22, 22);
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.setTooltip(new Tooltip("The model is reading the sentence"));

        ProgressBar loading = new ProgressBar();
        loading.setId("loadProgress");
        loading.setPrefWidth(140);
        loading.progressProperty().bind(viewModel.loadTask().progressProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        loading.managedProperty().bind(viewModel.loadingProperty());
        loading.setTooltip(new Tooltip());
        loading.getTooltip().textProperty().bind(viewModel.loadTask().messageProperty());

        HBox row = new HBox(8, picker.node(), loading, sentence, target, busy);
        row.getStyleClass().add("toolbar-row");
        return row;
    }

    private HBox statusBar() {
        Label model = new Label();
        model.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.modelProperty().get()),
                viewModel.modelProperty()));
        Label problem = new Label();
        problem.setId("problemLabel");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(viewModel.problemProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        model.setMinWidth(0);
        HBox bar = new HBox(12, model, gap, problem);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static boolean isEncoderDecoder(LoadedModel model) {
        return model != null && model.transformer().config().architecture() == Architecture.ENCODER_DECODER;
    }

    private static String describe(LoadedModel model) {
        if (model == null) {
            return "Loading a model…";
        }
        var config = model.transformer().config();
        return model.name() + " · " + config.architecture().label() + " · dModel " + config.dModel() + " · "
                + config.numHeads() + " heads of " + config.dHead() + " · vocabulary " + config.vocabSize();
    }
}
