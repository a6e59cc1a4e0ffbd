package com.attentionstudio.ui.shell;

import com.attentionstudio.render.Palette;
import com.attentionstudio.ui.state.ExportChoices;
import java.util.List;

/**
 * What the window remembers between runs. Plain values (no Optional) so the JSON file stays readable.
 *
 * @param modelFolder   the folder of the last model opened, or "" for the built-in model
 * @param sentence      the last sentence typed
 * @param target        the last target text for encoder-decoder models ("" = greedy output)
 * @param kind          the attention kind's short name (encoder, decoder, cross)
 * @param layer         the selected layer
 * @param head          the selected head
 * @param dark          whether the dark theme is on
 * @param palette       the figures' palette: viridis, cividis or greys
 * @param recentFolders model folders opened before, newest first
 * @param export        the export dialog's last choices (its caption is not kept: it describes one figure)
 */
public record ShellSettings(String modelFolder, String sentence, String target, String kind, int layer, int head,
                            boolean dark, String palette, List<String> recentFolders, ExportChoices export) {
    /** How many recent folders the model picker lists. */
    public static final int MAX_RECENT = 6;
    public static final String DEFAULT_SENTENCE = "the pizza came out of the oven and it tasted good";

    public ShellSettings {
        // A hand-edited or older file may lack fields; Jackson then passes null or 0.
        modelFolder = modelFolder == null ? "" : modelFolder;
        sentence = sentence == null || sentence.isBlank() ? DEFAULT_SENTENCE : sentence;
        target = target == null ? "" : target;
        kind = kind == null ? "encoder" : kind;
        layer = Math.max(0, layer);
        head = Math.max(0, head);
        recentFolders = recentFolders == null ? List.of()
                : recentFolders.stream().filter(f -> f != null && !f.isBlank()).distinct().limit(MAX_RECENT).toList();
        palette = knownPalette(palette) ? palette : Palette.VIRIDIS.cliName();
        export = export == null ? ExportChoices.defaults() : export.withCaption("");
    }

    private static boolean knownPalette(String name) {
        return ExportChoices.PALETTES.stream().anyMatch(p -> p.cliName().equals(name));
    }

    /**
     * The first run: the built-in model on the lesson sentence, at encoder layer 1 head 0, the head its
     * training taught to look from "it" to the noun it means (config.json, training.supervised_encoder_head).
     */
    public static ShellSettings defaults() {
        return new ShellSettings("", DEFAULT_SENTENCE, "", "encoder", 1, 0, false, Palette.VIRIDIS.cliName(), List.of(),
                ExportChoices.defaults());
    }

    /** These settings with {@code folder} ("" for the built-in model) as the model to open. */
    public ShellSettings withModel(String folder) {
        return new ShellSettings(folder, sentence, target, kind, layer, head, dark, palette, recentFolders, export);
    }

    /** These settings with {@code folder} first in the recent list. */
    public ShellSettings withRecent(String folder) {
        List<String> recent = new java.util.ArrayList<>(recentFolders);
        recent.remove(folder);
        recent.add(0, folder);
        return new ShellSettings(modelFolder, sentence, target, kind, layer, head, dark, palette, recent, export);
    }
}
