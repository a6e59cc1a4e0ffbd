package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes float32 tensors as a {@code .safetensors} file that the Python library and {@link SafetensorsFile}
 * both read. The file appears whole or not at all: it is written to a temporary file in the same folder
 * and moved into place atomically, so a crash never leaves a half-written checkpoint under the real name.
 */
public final class SafetensorsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUFFER_BYTES = 1 << 20;

    private SafetensorsWriter() {
    }

    /**
     * Writes {@code tensors} (in this order, row-major) with their {@code shapes} and string
     * {@code metadata} (stored as {@code __metadata__} when not empty). Arguments are not modified.
     * Throws {@link IllegalArgumentException} if a shape is missing or does not match its values, and
     * {@link InputException} if the file cannot be written.
     */
    public static void write(Path file, LinkedHashMap<String, float[]> tensors, Map<String, long[]> shapes,
                             Map<String, String> metadata) {
        byte[] header = header(tensors, shapes, metadata);
        // Not Files.createTempFile: its owner-only permissions would stay on the file after the move.
        Path temporary = file.toAbsolutePath().resolveSibling(
                "." + file.getFileName() + "." + System.nanoTime() + ".tmp");
        FileChannel channel;
        try {
            channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw cannotSave(file, e);
        }
        try {
            try (channel) {
                writeContents(channel, header, tensors);
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw cannotSave(file, e);
        }
    }

    private static InputException cannotSave(Path file, IOException e) {
        return new InputException("could not save " + file + " (" + e + "); choose a folder you can write to"
                + " and that has free space", e);
    }

    private static void writeContents(FileChannel channel, byte[] header, LinkedHashMap<String, float[]> tensors)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(header.length);
        writeAll(channel, buffer.flip());
        writeAll(channel, ByteBuffer.wrap(header));
        for (float[] values : tensors.values()) {
            writeFloats(channel, buffer, values);
        }
    }

    /**
     * The JSON header, padded with spaces to a multiple of 8 bytes as the reference writer does, so the
     * data area starts 8-byte aligned and readers may map it as float or double arrays in place.
     */
    private static byte[] header(LinkedHashMap<String, float[]> tensors, Map<String, long[]> shapes,
                                 Map<String, String> metadata) {
        if (!shapes.keySet().equals(tensors.keySet())) {
            throw new IllegalArgumentException("expected one shape per tensor; tensors " + tensors.keySet()
                    + " but shapes " + shapes.keySet());
        }
        ObjectNode root = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = root.putObject(SafetensorsHeader.METADATA_KEY);
            metadata.forEach(meta::put);
        }
        long offset = 0;
        for (Map.Entry<String, float[]> tensor : tensors.entrySet()) {
            String name = tensor.getKey();
            if (name.equals(SafetensorsHeader.METADATA_KEY)) {
                throw new IllegalArgumentException("a tensor may not be named " + name + "; that key holds metadata");
            }
            long bytes = 4L * tensor.getValue().length;
            // TensorInfo refuses a shape whose element count differs from the values given.
            TensorInfo info = new TensorInfo(name, DType.F32, shapes.get(name), offset, offset + bytes);
            ObjectNode entry = root.putObject(name);
            entry.put("dtype", DType.F32.name());
            ArrayNode shape = entry.putArray("shape");
            Arrays.stream(info.shape()).forEach(shape::add);
            entry.putArray("data_offsets").add(info.begin()).add(info.end());
            offset = info.end();
        }
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(json, (json.length + 7) / 8 * 8);
        Arrays.fill(padded, json.length, padded.length, (byte) ' ');
        return padded;
    }

    private static void writeFloats(FileChannel channel, ByteBuffer buffer, float[] values) throws IOException {
        int perBuffer = buffer.capacity() / Float.BYTES;
        for (int from = 0; from < values.length; from += perBuffer) {
            int count = Math.min(perBuffer, values.length - from);
            buffer.clear();
            buffer.asFloatBuffer().put(values, from, count);
            buffer.limit(count * Float.BYTES);
            writeAll(channel, buffer);
        }
    }

    private static void writeAll(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The write already failed; that is the error worth reporting, not a leftover temp file.
        }
    }
}
