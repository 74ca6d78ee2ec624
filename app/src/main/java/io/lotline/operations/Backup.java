package io.lotline.operations;

import java.time.Instant;

/** A backup written: its file name, where it lies on the server, its size and SHA-256, and when it was taken. */
public record Backup(String file, String path, long bytes, String sha256, Instant takenAt) {
}
