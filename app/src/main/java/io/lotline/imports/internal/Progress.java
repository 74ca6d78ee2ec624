package io.lotline.imports.internal;

import io.lotline.imports.ImportStatus;

/** Where an import stands, reported as it goes: a dry run reports to nobody. */
interface Progress {
    Progress NONE = (status, rowsDone) -> { };

    void at(ImportStatus status, int rowsDone);
}
