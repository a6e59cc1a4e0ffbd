package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code model.safetensors.index.json}, which Hugging Face writes beside a checkpoint split into shards:
 * its {@code weight_map} says which shard file holds each tensor. Shard names come from a file we did not
 * write, so a name that points outside the model folder ("../../x", "/etc/x") is refused, not followed.
 */
record ShardIndex(Path indexFile, Map<String, String> weightMap) {

    static final String FILE_NAME = "model.safetensors.index.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    ShardIndex {
        weightMap = Collections.unmodifiableMap(new LinkedHashMap<>(weightMap));
    }

    /** Reads and validates the index; every shard name is checked to stay inside the index's folder. */
    static ShardIndex read(Path indexFile) {
        JsonNode weightMap = parse(indexFile).get("weight_map");
        if (weightMap == null || !weightMap.isObject() || weightMap.isEmpty()) {
            throw damaged(indexFile, "it has no \"weight_map\" object listing tensors and their shard files");
        }
        Map<String, String> shardOf = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = weightMap.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw damaged(indexFile, "tensor " + entry.getKey() + " maps to " + entry.getValue()
                        + "; expected a shard file name");
            }
            checkShardName(indexFile, entry.getKey(), entry.getValue().textValue());
            shardOf.put(entry.getKey(), entry.getValue().textValue());
        }
        return new ShardIndex(indexFile, shardOf);
    }

    /** The distinct shard names, in the order the index first names them. */
    List<String> shardNames() {
        return List.copyOf(new LinkedHashSet<>(weightMap.values()));
    }

    /** The shard files, in the order of {@link #shardNames()}; throws naming every one that is missing. */
    List<Path> shardFiles() {
        Path folder = indexFile.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String shard : shardNames()) {
            Path file = folder.resolve(shard);
            files.add(file);
            if (!Files.isRegularFile(file)) {
                missing.add(shard);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(indexFile + " lists shard files that are missing from " + folder + ": "
                    + String.join(", ", missing) + ". Download the missing files, or the whole model, again.");
        }
        return files;
    }

    private static JsonNode parse(Path indexFile) {
        try {
            long size = Files.size(indexFile);
            if (size > SafetensorsFile.MAX_HEADER_BYTES) {
                throw damaged(indexFile, "it is " + size + " bytes long; an index this large is not a real one");
            }
            JsonNode root = JSON.readTree(Files.readAllBytes(indexFile));
            if (root == null || !root.isObject()) {
                throw damaged(indexFile, "it is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw damaged(indexFile, "it is not valid JSON (" + SafetensorsHeader.describe(e) + ")");
        } catch (IOException e) {
            throw new InputException("could not read " + indexFile + " (" + e.getMessage()
                    + "); check that you may read it", e);
        }
    }

    private static void checkShardName(Path indexFile, String tensor, String shard) {
        String problem = null;
        if (shard.isEmpty()) {
            problem = "is empty";
        } else if (shard.startsWith("/") || shard.startsWith("\\") || shard.matches("^[A-Za-z]:.*")) {
            problem = "is an absolute path";
        } else if (List.of(shard.split("[/\\\\]")).contains("..")) {
            problem = "climbs out of the model folder with \"..\"";
        } else {
            try {
                Path folder = indexFile.toAbsolutePath().getParent().normalize();
                if (Path.of(shard).isAbsolute() || !folder.resolve(shard).normalize().startsWith(folder)) {
                    problem = "points outside the model folder";
                }
            } catch (InvalidPathException e) {
                problem = "is not a valid file name";
            }
        }
        if (problem != null) {
            throw new InputException(indexFile + " names shard file \"" + shard + "\" for tensor " + tensor
                    + ", which " + problem + "; shard files must sit in the model folder beside the index."
                    + " The index is damaged or was made to read other files; download the model again.");
        }
    }

    private static InputException damaged(Path indexFile, String what) {
        return new InputException(indexFile + " is not a valid shard index: " + what
                + ". Download the model again, or save it again with save_pretrained.");
    }
}
