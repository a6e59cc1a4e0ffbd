package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All tensors of one checkpoint folder, whether saved as one {@code model.safetensors} or as shards listed
 * in {@code model.safetensors.index.json}. Opening validates every file's header and reads no tensor data;
 * each {@link #readFloats} reads just that tensor.
 *
 * <p>Progress counts tensor bytes: {@code open} reports {@code (0, total)} once the headers check out, and
 * the first read of each tensor adds its bytes, so a loader that reads every tensor ends at
 * {@code (total, total)}.
 */
public final class TensorStore implements AutoCloseable {

    private final Path modelDir;
    private final List<SafetensorsFile> files;
    private final Map<String, SafetensorsFile> fileOf;
    private final LoadProgress progress;
    private final long totalBytes;
    private final Set<String> read = new HashSet<>();
    private long doneBytes;

    private TensorStore(Path modelDir, List<SafetensorsFile> files, Map<String, SafetensorsFile> fileOf,
                        LoadProgress progress) {
        this.modelDir = modelDir;
        this.files = List.copyOf(files);
        this.fileOf = Collections.unmodifiableMap(fileOf);
        this.progress = progress;
        this.totalBytes = fileOf.entrySet().stream().mapToLong(e -> e.getValue().info(e.getKey()).byteLength()).sum();
    }

    /** Opens the checkpoint in {@code modelDir}; throws {@link InputException} saying what is wrong and what to do. */
    public static TensorStore open(Path modelDir, LoadProgress progress) {
        CheckpointFiles found = CheckpointFiles.find(modelDir);
        List<SafetensorsFile> opened = new ArrayList<>();
        try {
            for (Path file : found.files()) {
                opened.add(SafetensorsFile.open(file));
            }
            Map<String, SafetensorsFile> fileOf = found.index().isPresent()
                    ? byIndex(found.index().get(), opened) : byHeader(opened.get(0));
            TensorStore store = new TensorStore(modelDir, opened, fileOf, progress);
            progress.update(0, store.totalBytes);
            return store;
        } catch (RuntimeException e) {
            opened.forEach(SafetensorsFile::close);
            throw e;
        }
    }

    private static Map<String, SafetensorsFile> byHeader(SafetensorsFile file) {
        Map<String, SafetensorsFile> fileOf = new LinkedHashMap<>();
        file.names().forEach(name -> fileOf.put(name, file));
        return fileOf;
    }

    private static Map<String, SafetensorsFile> byIndex(ShardIndex index, List<SafetensorsFile> opened) {
        // The files were opened in the order of shardNames(), so the two lists pair up.
        Map<String, SafetensorsFile> byShardName = new LinkedHashMap<>();
        for (int i = 0; i < opened.size(); i++) {
            byShardName.put(index.shardNames().get(i), opened.get(i));
        }
        Map<String, SafetensorsFile> fileOf = new LinkedHashMap<>();
        index.weightMap().forEach((tensor, shard) -> {
            SafetensorsFile file = byShardName.get(shard);
            if (!file.has(tensor)) {
                throw new InputException(index.indexFile() + " says tensor " + tensor + " is in " + shard
                        + ", but that file has no such tensor. The shards and the index come from different"
                        + " downloads or one is incomplete; download the model again.");
            }
            fileOf.put(tensor, file);
        });
        return fileOf;
    }

    /** Tensor names, in index order for shards, in header order for one file. */
    public Set<String> names() {
        return fileOf.keySet();
    }

    public boolean has(String name) {
        return fileOf.containsKey(name);
    }

    /** The tensor's description; throws {@link InputException} naming it if the checkpoint lacks it. */
    public TensorInfo info(String name) {
        return fileHolding(name).info(name);
    }

    /** A copy of the tensor's shape. */
    public long[] shape(String name) {
        return info(name).shape();
    }

    /** As {@link SafetensorsFile#readFloats}; also advances progress the first time a tensor is read. */
    public float[] readFloats(String name) {
        SafetensorsFile file = fileHolding(name);
        float[] values = file.readFloats(name);
        advance(name, file.info(name).byteLength());
        return values;
    }

    private synchronized void advance(String name, long bytes) {
        if (read.add(name)) {
            doneBytes += bytes;
            progress.update(doneBytes, totalBytes);
        }
    }

    private SafetensorsFile fileHolding(String name) {
        SafetensorsFile file = fileOf.get(name);
        if (file == null) {
            throw new InputException("the checkpoint in " + modelDir + " has no tensor named " + name + "; it holds "
                    + fileOf.size() + " tensors, none by that name. Check that the folder holds the model"
                    + " family you chose (see model_type in its config.json).");
        }
        return file;
    }

    @Override
    public void close() {
        files.forEach(SafetensorsFile::close);
    }
}
