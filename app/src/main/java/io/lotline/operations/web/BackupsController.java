package io.lotline.operations.web;

import io.lotline.identity.Access;
import io.lotline.operations.Backup;
import io.lotline.operations.Backups;
import io.lotline.shared.Code;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's online backup of the embedded database. */
@RestController
@RequestMapping("/api/v1/admin/backups")
@Tag(name = "Operations")
class BackupsController {
    private final Backups backups;

    BackupsController(Backups backups) {
        this.backups = backups;
    }

    /** Optional name of the zip in the backup directory; without it, {@code lotline-<date>-<time>.zip}. */
    record BackupRequest(@Code String file) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    Backup backUp(@RequestBody(required = false) @Valid BackupRequest request) {
        return backups.backUp(request == null ? null : request.file());
    }
}
