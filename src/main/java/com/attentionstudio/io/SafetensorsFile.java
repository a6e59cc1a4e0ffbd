package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;

/**
 * One {@code .safetensors} file, memory-mapped read-only. {@link #open} reads and validates only the
 * header; tensor bytes are touched when a tensor is read, and only that tensor's bytes. Reads may come from
 * several threads at once.
 *
 * <p>Layout (huggingface/safetensors): 8 bytes little-endian header length N, N bytes of UTF-8 JSON,
 * then the data area that the JSON's {@code data_offsets} index into.
 */
public final class SafetensorsFile implements AutoCloseable {

    /** The reference implementation's limit; a real header holds a few hundred bytes per tensor. */
    static final long MAX_HEADER_BYTES = 100_000_000L;
    // One mapping cannot exceed 2 GB (ByteBuffer indices are int), so larger data areas get several.
    private static final long MAX_CHUNK_BYTES = 1L << 30;
    // The largest Java array most VMs will allocate.
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final Path file;
    private final SafetensorsHeader header;
    private final long chunkBytes;
    private volatile ByteBuffer[] chunks;

    private SafetensorsFile(Path file, SafetensorsHeader header, long chunkBytes, ByteBuffer[] chunks) {
        this.file = file;
        this.header = header;
        this.chunkBytes = chunkBytes;
        this.chunks = chunks;
    }

    /** Opens and validates {@code file}; throws {@link InputException} saying what is wrong with it. */
    public static SafetensorsFile open(Path file) {
        return open(file, MAX_CHUNK_BYTES);
    }

    /** As {@link #open(Path)}, with mappings of at most {@code chunkBytes}, so tests can cross chunk edges. */
    static SafetensorsFile open(Path file, long chunkBytes) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(Files.exists(file) ? file + " is not a file; choose a .safetensors file"
                    : file + " does not exist; check the path");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long headerLength = readHeaderLength(file, channel, size);
            byte[] headerBytes = readFully(channel, 8, (int) headerLength);
            long dataStart = 8 + headerLength;
            SafetensorsHeader header = SafetensorsHeader.parse(file.toString(), headerBytes, size - dataStart);
            return new SafetensorsFile(file, header, chunkBytes, map(channel, dataStart, size - dataStart, chunkBytes));
        } catch (AccessDeniedException e) {
            throw new InputException("cannot read " + file + ": permission denied; check the file's permissions", e);
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; check the path", e);
        } catch (IOException e) {
            throw new InputException("could not read " + file + " (" + e.getMessage() + "); check the disk and try again", e);
        }
    }

    private static long readHeaderLength(Path file, FileChannel channel, long size) throws IOException {
        if (size < 8) {
            throw SafetensorsHeader.damaged(file.toString(), "it holds " + size
                    + " bytes, fewer than the 8 bytes that give the header length");
        }
        // Unsigned u64: a value with the top bit set reads as negative and is as wrong as a huge one.
        long headerLength = ByteBuffer.wrap(readFully(channel, 0, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength < 0 || headerLength > MAX_HEADER_BYTES) {
            throw SafetensorsHeader.damaged(file.toString(), "its header length reads as "
                    + Long.toUnsignedString(headerLength) + " bytes, more than the " + MAX_HEADER_BYTES
                    + " bytes a header may take");
        }
        if (headerLength > size - 8) {
            throw SafetensorsHeader.damaged(file.toString(), "its header length reads as " + headerLength
                    + " bytes, but the file holds only " + (size - 8) + " bytes after the length");
        }
        return headerLength;
    }

    private static byte[] readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ended early while reading it");
            }
        }
        return buffer.array();
    }

    private static ByteBuffer[] map(FileChannel channel, long dataStart, long dataLength, long chunkBytes)
            throws IOException {
        ByteBuffer[] mapped = new ByteBuffer[(int) ((dataLength + chunkBytes - 1) / chunkBytes)];
        for (int i = 0; i < mapped.length; i++) {
            long offset = i * chunkBytes;
            mapped[i] = channel.map(FileChannel.MapMode.READ_ONLY, dataStart + offset,
                    Math.min(chunkBytes, dataLength - offset));
        }
        return mapped;
    }

    public Path file() {
        return file;
    }

    /** Tensor names in header order, without {@code __metadata__}. */
    public Set<String> names() {
        return header.tensors().keySet();
    }

    /** The header's {@code __metadata__} strings; empty if it has none. */
    public Map<String, String> metadata() {
        return header.metadata();
    }

    public boolean has(String name) {
        return header.tensors().containsKey(name);
    }

    /** The tensor's description; throws {@link InputException} naming it if the file has no such tensor. */
    public TensorInfo info(String name) {
        TensorInfo info = header.tensors().get(name);
        if (info == null) {
            throw new InputException(file + " has no tensor named " + name + "; it holds " + names().size()
                    + " tensors, none by that name. Check that the file belongs to the model you chose.");
        }
        return info;
    }

    /**
     * The tensor's values as floats, row-major as stored. F32 is copied as is, F16 and BF16 are widened
     * exactly, F64 is rounded to the nearest float. Non-finite values come back as they are; see
     * {@link NonFiniteCheck}.
     */
    public float[] readFloats(String name) {
        TensorInfo info = info(name);
        if (!info.dtype().readableAsFloat()) {
            throw new InputException("tensor " + name + " in " + file + " has dtype " + info.dtype()
                    + "; expected a floating point tensor (F32, F16, BF16 or F64). Attention Studio cannot use it"
                    + " as weights; save the model again in float32 or float16.");
        }
        if (info.elementCount() > MAX_ELEMENTS) {
            throw new InputException("tensor " + name + " in " + file + " has " + info.elementCount()
                    + " elements, more than one Java array can hold (" + MAX_ELEMENTS + "); choose a smaller model");
        }
        ByteBuffer[] mapped = chunks;
        if (mapped == null) {
            throw new IllegalStateException(file + " was closed before reading " + name);
        }
        float[] values = new float[(int) info.elementCount()];
        decode(mapped, info, values);
        return values;
    }

    private void decode(ByteBuffer[] mapped, TensorInfo info, float[] values) {
        int size = info.dtype().byteSize();
        long position = info.begin();
        int done = 0;
        while (done < values.length) {
            ByteBuffer chunk = mapped[(int) (position / chunkBytes)].duplicate().order(ByteOrder.LITTLE_ENDIAN);
            int offset = (int) (position % chunkBytes);
            int whole = Math.min(values.length - done, (chunk.limit() - offset) / size);
            if (whole == 0) {
                // This element straddles two mappings: gather its bytes one at a time.
                byte[] element = new byte[size];
                for (int i = 0; i < size; i++) {
                    long at = position + i;
                    element[i] = mapped[(int) (at / chunkBytes)].get((int) (at % chunkBytes));
                }
                chunk = ByteBuffer.wrap(element).order(ByteOrder.LITTLE_ENDIAN);
                offset = 0;
                whole = 1;
            }
            decodeRun(info.dtype(), chunk.position(offset), values, done, whole);
            done += whole;
            position += (long) whole * size;
        }
    }

    /** Decodes {@code count} elements starting at the buffer's position into {@code values[from...]}. */
    private static void decodeRun(DType dtype, ByteBuffer bytes, float[] values, int from, int count) {
        switch (dtype) {
            case F32 -> bytes.asFloatBuffer().get(values, from, count);
            case F64 -> {
                DoubleBuffer doubles = bytes.asDoubleBuffer();
                for (int i = 0; i < count; i++) {
                    values[from + i] = (float) doubles.get(i);
                }
            }
            case F16, BF16 -> {
                ShortBuffer shorts = bytes.asShortBuffer();
                boolean brain = dtype == DType.BF16;
                for (int i = 0; i < count; i++) {
                    short raw = shorts.get(i);
                    values[from + i] = brain ? HalfPrecision.bf16ToFloat(raw) : HalfPrecision.f16ToFloat(raw);
                }
            }
            default -> throw new IllegalArgumentException("dtype " + dtype + " is not a floating point type");
        }
    }

    /**
     * Drops the mappings; reads after this fail. The JDK unmaps them when they are garbage collected
     * (Java 17 has no public way to unmap sooner).
     */
    @Override
    public void close() {
        chunks = null;
    }
}
