package com.attentionstudio.export;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the target's folder, which is
 * then renamed over the target in one step. A reader never sees half a figure, and a failure (no
 * permission, a full disk) leaves the old file, if any, as it was and no temporary file behind.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path target, byte[] bytes) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException("cannot write " + file + ": the folder " + folder + " does not exist; create it or choose another");
        }
        Path temporary = null;
        try {
            // not Files.createTempFile: its files are private (0600); a figure should get the usual permissions
            temporary = folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(System.nanoTime()) + ".part");
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new InputException("cannot write " + file + ": " + reason(e, folder) + "; nothing was written", e);
        }
    }

    private static String reason(IOException e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + ((AccessDeniedException) e).getFile() + "; choose a folder you can write to";
        }
        if (e instanceof NoSuchFileException) {
            return Files.isDirectory(folder) ? "no new file can be made in " + folder + "; choose another folder"
                    : "the folder does not exist";
        }
        String message = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            return "the disk is full; free some space or choose another disk";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the write already failed; the message says so, and a stray .part file is all that can remain
        }
    }
}
