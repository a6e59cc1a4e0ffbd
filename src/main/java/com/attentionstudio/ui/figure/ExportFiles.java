package com.attentionstudio.ui.figure;

import com.attentionstudio.core.InputException;
import com.attentionstudio.export.TraceJson;
import com.attentionstudio.ui.state.ExportChoices;
import com.attentionstudio.ui.state.ExportOutput;
import com.attentionstudio.ui.state.StudioState;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file end of exporting: where to save (name, type and folder pre-filled), and why a write failed. */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** The system's save dialog, opening in {@code folder} (the last one used) with "stem.extension" typed in. */
    static Optional<Path> ask(Window owner, String stem, ExportOutput output, String folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + output.label());
        chooser.setInitialFileName(stem + "." + output.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(output.label(), "*." + output.extension()));
        if (!folder.isEmpty() && Files.isDirectory(Path.of(folder))) {
            chooser.setInitialDirectory(new File(folder));
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /**
     * Runs {@code write}. Its InputException (a folder that cannot be written, a full disk) is shown as
     * an alert; the writers are atomic, so nothing half-written is left.
     *
     * @return whether the write succeeded
     */
    static boolean reporting(Window owner, Runnable write) {
        try {
            write.run();
            return true;
        } catch (InputException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Export failed");
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.show();
            return false;
        }
    }

    /** File → Export trace as JSON…: the whole trace (tokens, ids, every head's weights) as the CLI's {@code trace} writes it. */
    public static void exportTrace(StudioState state, Window owner) {
        if (state.trace().isEmpty()) {
            return;
        }
        ExportOutput json = ExportOutput.traceJson();
        ExportChoices choices = state.exportChoicesProperty().get();
        ask(owner, "trace", json, choices.folder()).ifPresent(file -> {
            Path folder = file.toAbsolutePath().getParent();
            state.exportChoicesProperty().set(choices.withFolder(folder == null ? "" : folder.toString()));
            reporting(owner, () -> TraceJson.write(state.trace().orElseThrow(), Map.of(), json.withExtension(file)));
        });
    }
}
