package com.attentionstudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.HeatmapFigure;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.TestTraces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    private final Figure figure = new HeatmapFigure(TestTraces.decoderOnly(), Selection.first(AttentionKind.DECODER_SELF),
            FigureStyle.of(Preset.SQUARE));

    @TempDir
    Path folder;

    @Test
    void aReadOnlyFolderGivesAClearMessageAndLeavesNothingBehind() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes through permission bits; the test means something only where they hold
            assumeFalse(Files.isWritable(locked), "running as a user that ignores permissions");
            assertThatThrownBy(() -> FigureExporter.write(figure, Format.SVG, locked.resolve("figure.svg"), ExportOptions.defaults()))
                    .isInstanceOf(InputException.class).hasMessageContaining("cannot write").hasMessageContaining("figure.svg");
            try (Stream<Path> left = Files.list(locked)) {
                assertThat(left).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderNoOneMayCreateFilesInIsRefusedEvenForRoot() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "needs Linux's /proc, where nobody can create files");
        assertThatThrownBy(() -> FigureExporter.write(figure, Format.SVG, proc.resolve("figure.svg"), ExportOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("cannot write /proc/figure.svg")
                .hasMessageContaining("nothing was written");
        assertThat(proc.resolve("figure.svg")).doesNotExist();
    }

    @Test
    void aMissingFolderOrAFileInTheWayIsRefusedWithoutWritingAnything() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> FigureExporter.write(figure, Format.PNG, file.resolve("figure.png"), ExportOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> CsvExporter.write(CsvExporter.matrix(TestTraces.decoderOnly(),
                Selection.first(AttentionKind.DECODER_SELF), CsvExporter.Quantity.WEIGHTS), folder.resolve("nowhere/w.csv")))
                .isInstanceOf(InputException.class).hasMessageContaining("nowhere");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void anExistingFileIsReplacedWholeAndNoTemporaryFileRemains() throws IOException {
        Path out = folder.resolve("figure.pdf");
        Files.writeString(out, "an older figure");
        FigureExporter.write(figure, Format.PDF, out, ExportOptions.defaults());
        assertThat(Files.readAllBytes(out)).isEqualTo(FigureExporter.bytes(figure, Format.PDF, ExportOptions.defaults()));
        // readable by others as any new file would be (umask), not private like a temporary file
        Path plain = Files.createFile(folder.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        Files.delete(plain);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(out);
        }
    }
}
