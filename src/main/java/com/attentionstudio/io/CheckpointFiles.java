package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which files of a model folder hold the weights, found the way {@code from_pretrained} looks for them:
 * {@code model.safetensors}, else the shards a {@code model.safetensors.index.json} lists, else a lone
 * {@code *.safetensors}. PyTorch pickle files are recognised only to be refused with a way out.
 */
record CheckpointFiles(List<Path> files, Optional<ShardIndex> index) {

    static final String SINGLE_FILE = "model.safetensors";

    CheckpointFiles {
        files = List.copyOf(files);
    }

    static CheckpointFiles find(Path modelDir) {
        if (!Files.isDirectory(modelDir)) {
            throw new InputException(Files.exists(modelDir)
                    ? modelDir + " is a file, not a folder; choose the folder that holds config.json and the weights"
                    : "folder " + modelDir + " does not exist; check the path");
        }
        Path single = modelDir.resolve(SINGLE_FILE);
        if (Files.isRegularFile(single)) {
            return new CheckpointFiles(List.of(single), Optional.empty());
        }
        Path indexFile = modelDir.resolve(ShardIndex.FILE_NAME);
        if (Files.isRegularFile(indexFile)) {
            ShardIndex index = ShardIndex.read(indexFile);
            return new CheckpointFiles(index.shardFiles(), Optional.of(index));
        }
        List<String> names = fileNames(modelDir);
        List<String> safetensors = names.stream().filter(n -> lower(n).endsWith(".safetensors")).toList();
        if (safetensors.size() == 1) {
            return new CheckpointFiles(List.of(modelDir.resolve(safetensors.get(0))), Optional.empty());
        }
        if (safetensors.size() > 1) {
            throw new InputException(modelDir + " holds several .safetensors files (" + String.join(", ", safetensors)
                    + ") but no " + ShardIndex.FILE_NAME + " saying which tensor is in which. Add the index that"
                    + " came with the model, or keep only the model's own file.");
        }
        List<String> pickles = names.stream().filter(CheckpointFiles::isPickle).toList();
        if (!pickles.isEmpty()) {
            throw pickleRefusal(modelDir, pickles);
        }
        throw new InputException("found no weights in " + modelDir + ": looked for " + SINGLE_FILE + ", "
                + ShardIndex.FILE_NAME + " and any other *.safetensors file. Choose the folder that"
                + " save_pretrained wrote (it holds config.json and model.safetensors).");
    }

    private static InputException pickleRefusal(Path modelDir, List<String> pickles) {
        String dir = modelDir.toAbsolutePath().toString().replace("'", "\\'");
        return new InputException(modelDir + " holds PyTorch pickle weights (" + String.join(", ", pickles)
                + ") but no .safetensors file. Pickle files can run arbitrary code when they are loaded, so"
                + " Attention Studio never opens them. Convert the model once, in a Python environment you trust"
                + " and with a model you trust, then open the folder again:\n"
                + "python -c \"from transformers import AutoModel; AutoModel.from_pretrained('" + dir
                + "').save_pretrained('" + dir + "', safe_serialization=True)\"");
    }

    // Names only: a pickle is never opened, not even to look at its first bytes.
    private static boolean isPickle(String name) {
        String lower = lower(name);
        return (lower.startsWith("pytorch_model") && lower.endsWith(".bin"))
                || lower.endsWith(".pt") || lower.endsWith(".pth") || lower.endsWith(".ckpt");
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> fileNames(Path modelDir) {
        try (Stream<Path> entries = Files.list(modelDir)) {
            return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new InputException("could not list folder " + modelDir + " (" + e.getMessage()
                    + "); check that you may read it", e);
        }
    }
}
