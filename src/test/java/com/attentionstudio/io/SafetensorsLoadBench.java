package com.attentionstudio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Not a test: measures opening a ~512 MB F32 checkpoint and reading every tensor, and how much Java heap
 * that takes (the data is memory-mapped, so opening should cost only the header). Writes its file under
 * /tmp and deletes it afterwards. Run with:
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dmain.class=com.attentionstudio.io.SafetensorsLoadBench [-Dexec.args="TENSORS"]
 * </pre>
 * ({@code -Dexec.mainClass} is not enough: the pom sets the exec plugin's mainClass to {@code ${main.class}}.)
 * The first open includes loading Jackson and these classes, so a second, warm open is timed too.
 */
public final class SafetensorsLoadBench {

    private static final int ROWS = 1024;
    private static final int COLUMNS = 2048;
    private static final long TENSOR_BYTES = 4L * ROWS * COLUMNS;

    private SafetensorsLoadBench() {
    }

    public static void main(String[] args) throws IOException {
        int tensorCount = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        Path folder = Files.createTempDirectory(Path.of("/tmp"), "safetensors-bench");
        Path file = folder.resolve("model.safetensors");
        try {
            long start = System.nanoTime();
            writeSyntheticCheckpoint(file, tensorCount);
            System.out.printf("wrote %s: %.1f MB in %.2f s%n", file, Files.size(file) / 1e6, seconds(start));
            measure(folder);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void measure(Path folder) {
        long heapBefore = usedHeap();
        long coldStart = System.nanoTime();
        TensorStore.open(folder, LoadProgress.NONE).close();
        System.out.printf("first open (cold JVM: class loading, Jackson set-up): %.1f ms%n", seconds(coldStart) * 1e3);
        long start = System.nanoTime();
        try (TensorStore store = TensorStore.open(folder, LoadProgress.NONE)) {
            double openSeconds = seconds(start);
            long heapAfterOpen = usedHeap();
            System.out.printf("warm open: %.1f ms; heap used before any open %.1f MB, with the store open %.1f MB (delta %+.2f MB)%n",
                    openSeconds * 1e3, heapBefore / 1e6, heapAfterOpen / 1e6, (heapAfterOpen - heapBefore) / 1e6);
            for (int pass = 1; pass <= 2; pass++) {
                start = System.nanoTime();
                double checksum = 0;
                long bytes = 0;
                for (String name : store.names()) {
                    float[] values = store.readFloats(name);
                    checksum += values[0] + values[values.length - 1];
                    bytes += 4L * values.length;
                }
                double readSeconds = seconds(start);
                System.out.printf("read all %d tensors, pass %d: %.2f s, %.0f MB/s (checksum %.3f)%n",
                        store.names().size(), pass, readSeconds, bytes / 1e6 / readSeconds, checksum);
            }
            System.out.printf("heap used after reading (arrays dropped): %.1f MB%n", usedHeap() / 1e6);
        }
    }

    /** Streams the file so the benchmark itself never holds more than one buffer of it. */
    private static void writeSyntheticCheckpoint(Path file, int tensorCount) throws IOException {
        StringBuilder json = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
        for (int i = 0; i < tensorCount; i++) {
            json.append(",\"layer.").append(i).append(".weight\":{\"dtype\":\"F32\",\"shape\":[").append(ROWS)
                    .append(',').append(COLUMNS).append("],\"data_offsets\":[").append(i * TENSOR_BYTES).append(',')
                    .append((i + 1) * TENSOR_BYTES).append("]}");
        }
        byte[] unpadded = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        byte[] header = Arrays.copyOf(unpadded, (unpadded.length + 7) / 8 * 8);
        Arrays.fill(header, unpadded.length, header.length, (byte) ' ');
        ByteBuffer buffer = ByteBuffer.allocate((int) TENSOR_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writeAll(channel, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, header.length));
            writeAll(channel, ByteBuffer.wrap(header));
            for (int t = 0; t < tensorCount; t++) {
                buffer.clear();
                for (int i = 0; i < ROWS * COLUMNS; i++) {
                    buffer.putFloat(t + i * 1e-6f);
                }
                writeAll(channel, buffer.flip());
            }
        }
    }

    private static void writeAll(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
