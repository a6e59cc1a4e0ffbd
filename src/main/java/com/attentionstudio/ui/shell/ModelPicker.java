package com.attentionstudio.ui.shell;

import com.attentionstudio.app.BuiltinModels;
import com.attentionstudio.app.LoadedModel;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** {@code #modelPicker}: the loaded model's name, with the built-in model, recent folders and "Open model folder…". */
final class ModelPicker {
    /** Asks the user for a model folder; tests replace the native dialog. */
    @FunctionalInterface
    interface FolderChooser {
        Optional<Path> choose(Window owner, Optional<Path> startAt);
    }

    static final FolderChooser DIRECTORY_DIALOG = (owner, startAt) -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Hugging Face model folder (config.json + *.safetensors + tokenizer files)");
        startAt.map(Path::getParent).filter(p -> p.toFile().isDirectory()).ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    };

    private final ShellViewModel viewModel;
    private final FolderChooser chooser;
    private final MenuButton button = new MenuButton("No model");

    ModelPicker(ShellViewModel viewModel, FolderChooser chooser) {
        this.viewModel = viewModel;
        this.chooser = chooser;
        button.setId("modelPicker");
        button.setMinWidth(160);
        button.setMaxWidth(280);
        button.setTooltip(new Tooltip("The model that reads the sentence"));
        viewModel.modelProperty().addListener((obs, old, now) -> rebuild());
        viewModel.recentFolders().addListener((javafx.collections.ListChangeListener<Path>) change -> rebuild());
        rebuild();
    }

    MenuButton node() {
        return button;
    }

    /** Shows the folder dialog and loads what the user picked. */
    void openFolder() {
        Optional<Path> start = viewModel.recentFolders().stream().findFirst();
        chooser.choose(button.getScene() == null ? null : button.getScene().getWindow(), start).ifPresent(viewModel::openFolder);
    }

    private void rebuild() {
        LoadedModel model = viewModel.modelProperty().get();
        button.setText(model == null ? "No model" : "Model: " + model.name());
        MenuItem builtin = new MenuItem(BuiltinModels.NAME + " (built-in)");
        builtin.setOnAction(e -> viewModel.openBuiltin());
        button.getItems().setAll(builtin, new SeparatorMenuItem());
        for (Path folder : viewModel.recentFolders()) {
            MenuItem recent = new MenuItem(folder.toString());
            recent.setMnemonicParsing(false);
            recent.setOnAction(e -> viewModel.openFolder(folder));
            button.getItems().add(recent);
        }
        if (!viewModel.recentFolders().isEmpty()) {
            button.getItems().add(new SeparatorMenuItem());
        }
        MenuItem open = new MenuItem("Open model folder…");
        open.setId("openModelFolder");
        open.setOnAction(e -> openFolder());
        button.getItems().add(open);
    }
}
