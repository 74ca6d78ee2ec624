package io.lotline.ui.internal;

import io.lotline.picking.ScannedLabel;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * The one place where the pages read what a scanner typed. Today it uses picking's reading of GS1 element strings
 * and turns a GS1 Digital Link ({@code https://id.gs1.org/01/09506000134352/10/ABC}) into one; the GS1 reader of
 * exchange replaces both here when it arrives.
 */
@Component
class Labels {
    private final When when;

    Labels(When when) {
        this.when = when;
    }

    ScannedLabel read(String typed) {
        String text = typed == null ? null : typed.strip();
        return ScannedLabel.read(digitalLink(text), when.today());
    }

    /** A Digital Link's path names AI and value in turns; anything else is left as it was typed. */
    static String digitalLink(String text) {
        if (text == null || !(text.startsWith("https://") || text.startsWith("http://"))) {
            return text;
        }
        String[] segments = URI.create(text).getRawPath().split("/");
        int first = 1;
        while (first < segments.length - 1 && !segments[first].matches("0[0-2]")) {
            first++;
        }
        StringBuilder elements = new StringBuilder();
        for (int i = first; i + 1 < segments.length; i += 2) {
            if (!segments[i].matches("\\d{2,4}")) {
                return text;
            }
            elements.append('(').append(segments[i]).append(')')
                    .append(URLDecoder.decode(segments[i + 1], StandardCharsets.UTF_8));
        }
        return elements.isEmpty() ? text : elements.toString();
    }
}
