package com.attentionstudio.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

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
        ShellSettings settings = new ShellSettings("/models/gpt2", "it tasted good", "", "cross", 3, 2, true,
                List.of("/models/gpt2", "/models/bert"));
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
        assertThat(store.load()).isEqualTo(new ShellSettings("", "hello", "", "encoder", 0, 0, false, List.of()));
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
