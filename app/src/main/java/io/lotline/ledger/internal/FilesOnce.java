package io.lotline.ledger.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Writes a file that is never overwritten and never seen half-written, even when two instances write the same name
 * at once: the bytes go to a temporary file first, which is then hard-linked under the name (failing if it exists).
 * Where the file system refuses hard links, the file is created exclusively instead.
 */
final class FilesOnce {
    private FilesOnce() {
    }

    /** Returns false when the file existed already (it is left as it is). */
    static boolean write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.write(partial, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
            if (ownerOnly) {
                ownerOnly(partial);
            }
            Files.createLink(target, partial);
            return true;
        } catch (FileAlreadyExistsException exists) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            return exclusively(target, content, ownerOnly);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static boolean exclusively(Path target, byte[] content, boolean ownerOnly) throws IOException {
        try {
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
            if (ownerOnly) {
                ownerOnly(target);
            }
            return true;
        } catch (FileAlreadyExistsException exists) {
            return false;
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file takes the directory's access rights
        }
    }
}
