package com.attentionstudio.app;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The lesson sentences: one plain-text file per lesson in sample-sentences/, one sentence a line. */
public final class SampleSentences {
    private SampleSentences() {
    }

    /**
     * The lessons of the folder {@code sample-sentences/} where the app starts, else the copy packed in the jar,
     * so the menu is full wherever the jar runs.
     */
    public static Map<String, List<String>> lessons() {
        Path local = Path.of("sample-sentences");
        if (Files.isDirectory(local)) {
            return load(local);
        }
        java.net.URL bundled = SampleSentences.class.getResource("/sample-sentences");
        if (bundled == null) {
            return new LinkedHashMap<>();
        }
        try {
            java.net.URI uri = bundled.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return load(Path.of(uri));
            }
            try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, Map.of())) {
                return load(jar.getPath("/sample-sentences"));
            }
        } catch (IOException | java.net.URISyntaxException | java.nio.file.FileSystemAlreadyExistsException e) {
            throw new InputException("could not read the sample sentences packed in the application: " + e.getMessage(), e);
        }
    }

    /** Lesson title ("Coreference", from coreference.txt) → its sentences, lessons in file-name order. */
    public static Map<String, List<String>> load(Path dir) {
        Map<String, List<String>> lessons = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return lessons;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                lessons.put(title(file), lines(file));
            }
        } catch (IOException e) {
            throw new InputException("could not read the sample sentences in " + dir + ": " + e.getMessage(), e);
        }
        return lessons;
    }

    /** The non-empty lines of one file, trimmed; lines starting with # are comments. */
    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new InputException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String title(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "").replace('-', ' ');
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
