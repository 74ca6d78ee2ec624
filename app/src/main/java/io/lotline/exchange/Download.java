package io.lotline.exchange;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export is written as it is read: opened only once there is something to send, so that an export refused
 * (nothing matches) is answered as a problem rather than as the start of an empty file.
 */
@FunctionalInterface
public interface Download {
    OutputStream open() throws IOException;
}
