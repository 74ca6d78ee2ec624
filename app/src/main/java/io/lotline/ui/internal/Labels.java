package io.lotline.ui.internal;

import org.springframework.stereotype.Component;

/** The one place where the pages read what a scanner typed, through Lotline's GS1 reader. */
@Component
class Labels {
    private final When when;

    Labels(When when) {
        this.when = when;
    }

    ScannedLabel read(String typed) {
        return ScannedLabel.read(typed, when.today());
    }
}
