package io.lotline.recall.internal;

import io.lotline.recall.RecallReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A drill's report as the history keeps it: the same JSON the API answers with, deflated at the fastest level. The
 * report of a drill over tens of thousands of lots is tens of megabytes of JSON, mostly repeated names and units; it
 * deflates about twentyfold, so storing it costs little more than writing the JSON. Reports kept as text before
 * ({@code recalls.report}) are read as they are.
 */
@Component
class StoredReports {
    private final JsonMapper json;

    StoredReports(JsonMapper json) {
        this.json = json;
    }

    byte[] deflated(RecallReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            json.writeValue(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    RecallReport read(RecallRecords.RecallRow row) {
        if (row.deflatedReport() == null) {
            return json.readValue(row.report(), RecallReport.class);
        }
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(row.deflatedReport()))) {
            return json.readValue(in, RecallReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean kept(RecallRecords.RecallRow row) {
        return row.report() != null || row.deflatedReport() != null;
    }
}
