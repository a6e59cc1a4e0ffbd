package com.attentionstudio.ui.shell;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/** Reads and writes {@link ShellSettings} as JSON in one file (by default ~/.attention-studio/settings.json). */
public final class ShellSettingsStore {
    private static final Logger LOG = Logger.getLogger(ShellSettingsStore.class.getName());
    /** A settings file is a few hundred bytes; anything far larger is not ours and is not read into memory. */
    private static final long MAX_BYTES = 64 * 1024;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public ShellSettingsStore(Path file) {
        this.file = file;
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".attention-studio", "settings.json");
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or the file cannot be read: a bad file must not stop the window. */
    public ShellSettings load() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return ShellSettings.defaults();
            }
            ShellSettings read = json.readValue(file.toFile(), ShellSettings.class);
            return read == null ? ShellSettings.defaults() : read;
        } catch (IOException e) {
            LOG.warning("ignoring unreadable settings file " + file + ": " + e.getMessage());
            return ShellSettings.defaults();
        }
    }

    /** Writes atomically (temp file + move), so a crash mid-write leaves the old settings. */
    public void save(ShellSettings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "settings", ".tmp");
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), settings);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
