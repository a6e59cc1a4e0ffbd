package com.attentionstudio.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.export.Format;
import com.attentionstudio.render.Palette;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.Theme;
import com.attentionstudio.ui.state.ExportChoices;
import com.attentionstudio.ui.state.ExportOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() throws Exception {
        ShellSettingsStore store = new ShellSettingsStore(dir.resolve("sub/settings.json"));
        ExportChoices export = new ExportChoices(ExportOutput.figure(Format.PDF).label(), Preset.A4_COLUMN, Theme.PRINT,
                Palette.GREYS, 300, "", "/home/teacher/slides");
        ShellSettings settings = new ShellSettings("/models/gpt2", "it tasted good", "", "cross", 3, 2, true, "cividis",
                List.of("/models/gpt2", "/models/bert"), export);
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
        assertThat(Files.list(dir.resolve("sub"))).hasSize(1);
    }

    @Test
    void missingOrBrokenFileGivesDefaults() throws Exception {
        ShellSettingsStore store = new ShellSettingsStore(dir.resolve("settings.json"));
        assertThat(store.load()).isEqualTo(ShellSettings.defaults());
        Files.writeString(store.file(), "{ not json");
        assertThat(store.load()).isEqualTo(ShellSettings.defaults());
        Files.writeString(store.file(), "{\"sentence\": \"hello\", \"layer\": -4, \"unknown\": 1}");
        assertThat(store.load()).isEqualTo(new ShellSettings("", "hello", "", "encoder", 0, 0, false, "viridis", List.of(),
                ExportChoices.defaults()));
        Files.writeString(store.file(), "{\"palette\": \"red-blue\", \"export\": {\"preset\": \"SQUARE\", \"caption\": \"old\"}}");
        ShellSettings partial = store.load();
        assertThat(partial.palette()).isEqualTo("viridis");
        assertThat(partial.export()).isEqualTo(new ExportChoices(null, Preset.SQUARE, null, null, 0, null, null));
    }

    @Test
    void recentFoldersPutTheNewestFirstWithoutDuplicates() {
        ShellSettings settings = ShellSettings.defaults().withRecent("/a").withRecent("/b").withRecent("/a");
        assertThat(settings.recentFolders()).containsExactly("/a", "/b");
        for (int i = 0; i < 10; i++) {
            settings = settings.withRecent("/m" + i);
        }
        assertThat(settings.recentFolders()).hasSize(ShellSettings.MAX_RECENT).startsWith("/m9");
    }
}
