package io.lotline.imports.web;

import io.lotline.identity.Access;
import io.lotline.imports.ImportFile;
import io.lotline.imports.ImportKind;
import io.lotline.imports.ImportRecord;
import io.lotline.imports.Imports;
import io.lotline.imports.SheetFormat;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports from CSV or XLSX: templates, dry runs, all-or-nothing imports and their progress. A new import answers 201
 * with its record; the same file again answers 200 with the first import's record and books nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
class ImportsController {
    private final Imports imports;

    ImportsController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/templates/{kind}.{format}")
    @PreAuthorize(Access.IMPORTS)
    ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String format) {
        ImportKind importKind = ImportKind.ofPath(kind);
        SheetFormat sheetFormat = SheetFormat.ofExtension(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(sheetFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(sheetFormat.templateName(importKind)).build().toString())
                .body(imports.template(importKind, sheetFormat));
    }

    @PostMapping("/{kind}")
    @PreAuthorize(Access.IMPORTS)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The CSV or XLSX file", required = true,
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(
                    name = "file", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<?> upload(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean dryRun,
                             @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        ImportKind importKind = ImportKind.ofPath(kind);
        if (file == null) {
            throw new InvalidInput("file", null, "required", "Attach the CSV or XLSX file as the multipart part 'file'");
        }
        ImportFile upload = new ImportFile(file.getOriginalFilename(), file.getBytes());
        if (dryRun) {
            return ResponseEntity.ok(imports.dryRun(importKind, upload));
        }
        ImportRecord record = imports.run(importKind, upload);
        return record.repeated() ? ResponseEntity.ok(record)
                : ResponseEntity.created(URI.create("/api/v1/imports/" + record.id())).body(record);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.IMPORTS)
    ImportRecord record(@PathVariable long id) {
        return imports.record(id);
    }

    @GetMapping
    @PreAuthorize(Access.IMPORTS)
    Page<ImportRecord> records(PageRequest page) {
        return imports.records(page);
    }
}
