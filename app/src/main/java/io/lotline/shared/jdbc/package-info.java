/**
 * Writing rows in bulk: COPY in PostgreSQL's text format, JDBC batches on H2; and long lists of keys as arrays either
 * database takes. Part of the shared kernel's API for the
 * capabilities (and tools built on Lotline) that append many rows at once; apart from its plain-Java types because
 * it speaks JDBC.
 */
@NamedInterface("jdbc")
package io.lotline.shared.jdbc;

import org.springframework.modulith.NamedInterface;
