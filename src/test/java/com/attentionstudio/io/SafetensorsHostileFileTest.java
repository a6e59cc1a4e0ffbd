package com.attentionstudio.io;

import static com.attentionstudio.io.RawSafetensors.concat;
import static com.attentionstudio.io.RawSafetensors.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a header can lie, each in a hand-made file. Each must be refused with an {@link InputException}
 * that names the file, says what is wrong and says to download or save it again.
 */
class SafetensorsHostileFileTest {

    private static final String ENTRY_OK = "\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]";

    @TempDir
    Path dir;

    private void assertRefused(Path file, String... fragments) {
        assertThatThrownBy(() -> SafetensorsFile.open(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("download or save it again")
                .hasMessageContainingAll(fragments);
    }

    private Path withHeader(String json, int dataBytes) {
        return RawSafetensors.write(dir.resolve("model.safetensors"), json, new byte[dataBytes]);
    }

    @Test
    void fileShorterThanTheLengthPrefixIsRefused() {
        Path empty = RawSafetensors.writeBytes(dir.resolve("empty.safetensors"), new byte[0]);
        Path five = RawSafetensors.writeBytes(dir.resolve("five.safetensors"), new byte[5]);
        assertRefused(empty, "holds 0 bytes", "fewer than the 8 bytes");
        assertRefused(five, "holds 5 bytes");
    }

    @Test
    void headerLengthBeyondTheFileIsRefused() {
        Path file = RawSafetensors.writeBytes(dir.resolve("cut.safetensors"), concat(u64(1000), "{}".getBytes()));
        assertRefused(file, "header length reads as 1000 bytes", "holds only 2 bytes after the length");
    }

    @Test
    void headerLengthBeyondTheCapIsRefusedWithoutAllocatingIt() {
        // 2^62 bytes would be an OutOfMemoryError if anything allocated from it before checking.
        Path huge = RawSafetensors.writeBytes(dir.resolve("huge.safetensors"), concat(u64(1L << 62), new byte[16]));
        Path negative = RawSafetensors.writeBytes(dir.resolve("neg.safetensors"), concat(u64(-1L), new byte[16]));
        Path overCap = RawSafetensors.writeBytes(dir.resolve("cap.safetensors"), concat(u64(100_000_001L), new byte[16]));
        assertRefused(huge, "header length reads as 4611686018427387904 bytes", "more than the 100000000 bytes");
        assertRefused(negative, "reads as 18446744073709551615 bytes");
        assertRefused(overCap, "reads as 100000001 bytes");
    }

    @Test
    void headerThatIsNotUtf8IsRefused() {
        byte[] header = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        Path file = RawSafetensors.writeBytes(dir.resolve("latin.safetensors"), concat(u64(header.length), header));
        assertRefused(file, "not valid UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": {" + "|not valid JSON",
        "''|header is empty",
        "[1, 2]|not an object (it is ARRAY)",
        "\"text\"|not an object (it is STRING)",
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}} {}|not valid JSON",
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}|Duplicate field 'a'",
    })
    void headerThatIsNotAJsonObjectIsRefused(String json, String fragment) {
        assertRefused(withHeader(json, 8), fragment);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"w\":3}|tensor w is described by NUMBER",
        "{\"w\":{\"shape\":[2],\"data_offsets\":[0,8]}}|tensor w has no dtype",
        "{\"w\":{\"dtype\":\"F32\",\"data_offsets\":[0,8]}}|tensor w has no shape",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[2]}}|tensor w has no data_offsets",
        "{\"w\":{\"dtype\":32,\"shape\":[2],\"data_offsets\":[0,8]}}|tensor w has dtype 32; expected a string",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":\"2\",\"data_offsets\":[0,8]}}|tensor w has shape STRING",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[2.5],\"data_offsets\":[0,8]}}|expected whole numbers",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[\"2\"],\"data_offsets\":[0,8]}}|expected whole numbers",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":{\"b\":0}}}|data_offsets OBJECT",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0]}}|has 1 data_offsets; expected 2",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8,16]}}|has 3 data_offsets",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,99999999999999999999]}}|fit in 64 bits",
        "{\"__metadata__\":[1],\"w\":{" + ENTRY_OK + "}}|__metadata__ is ARRAY",
        "{\"__metadata__\":{\"n\":1},\"w\":{" + ENTRY_OK + "}}|__metadata__ entry n is NUMBER",
    })
    void entriesWithMissingOrMistypedFieldsAreRefused(String json, String fragment) {
        assertRefused(withHeader(json, 8), fragment);
    }

    @Test
    void unknownDtypeIsRefusedNamingTheKnownOnes() {
        assertRefused(withHeader("{\"w\":{\"dtype\":\"F128\",\"shape\":[1],\"data_offsets\":[0,16]}}", 16),
                "tensor w has unknown dtype \"F128\"", "F32, F16, BF16");
    }

    @Test
    void negativeDimensionIsRefused() {
        assertRefused(withHeader("{\"w\":{\"dtype\":\"F32\",\"shape\":[-2,-1],\"data_offsets\":[0,8]}}", 8),
                "tensor w has shape [-2, -1]; expected no negative dimension");
    }

    @Test
    void shapeWhoseElementCountOverflowsIsRefused() {
        assertRefused(withHeader("{\"w\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}}", 8),
                "element count overflows");
        // 2^62 elements fit a long, but 2^62 * 4 bytes do not.
        assertRefused(withHeader("{\"w\":{\"dtype\":\"F32\",\"shape\":[4611686018427387904],\"data_offsets\":[0,0]}}", 8),
                "size in bytes overflows");
    }

    @Test
    void shapeThatDisagreesWithTheByteRangeIsRefused() {
        assertRefused(withHeader("{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 12),
                "tensor w has shape [3] of F32, which needs 12 bytes, but its data_offsets [0, 8] span 8");
    }

    @Test
    void beginAfterEndIsRefused() {
        assertRefused(withHeader("{\"w\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,4]}}", 8),
                "data_offsets [8, 4]; expected 0 <= begin <= end");
        assertRefused(withHeader("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,0]}}", 8),
                "data_offsets [-4, 0]");
    }

    @Test
    void offsetsBeyondTheDataAreaAreRefused() {
        assertRefused(withHeader("{\"w\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", 12),
                "tensor w ends at byte 16 of the data area, but the data area holds only 12 bytes");
    }

    @Test
    void overlappingTensorsAreRefused() {
        String json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[8,24]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[20,28]},"
                + "\"c\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        assertRefused(withHeader(json, 28), "tensors a [8, 24) and b [20, 28) share bytes");
    }

    @Test
    void tensorsThatTouchButDoNotOverlapAreAccepted() {
        String json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]},"
                + "\"empty\":{\"dtype\":\"F32\",\"shape\":[0,3],\"data_offsets\":[8,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        try (SafetensorsFile file = SafetensorsFile.open(withHeader(json, 16))) {
            assertThat(file.names()).containsExactly("a", "empty", "b");
            assertThat(file.readFloats("empty")).isEmpty();
        }
    }

    @Test
    void headerWithMultiByteUtf8NamesIsAccepted() {
        String json = "{\"poids_é_😀\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}";
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        Path file = RawSafetensors.writeBytes(dir.resolve("utf8.safetensors"),
                concat(u64(header.length), header, RawSafetensors.floats(2.5f)));
        try (SafetensorsFile opened = SafetensorsFile.open(file)) {
            assertThat(opened.readFloats("poids_é_😀")).containsExactly(2.5f);
        }
    }

    @Test
    void pathsThatAreNotFilesAreRefused() {
        assertThatThrownBy(() -> SafetensorsFile.open(dir.resolve("absent.safetensors")))
                .isInstanceOf(InputException.class).hasMessageContaining("absent.safetensors does not exist");
        assertThatThrownBy(() -> SafetensorsFile.open(dir))
                .isInstanceOf(InputException.class).hasMessageContaining("is not a file");
    }
}
