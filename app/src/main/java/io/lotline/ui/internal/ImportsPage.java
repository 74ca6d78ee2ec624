package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.imports.ImportFile;
import io.lotline.imports.ImportKind;
import io.lotline.imports.ImportRecord;
import io.lotline.imports.ImportRejected;
import io.lotline.imports.ImportReport;
import io.lotline.imports.Imports;
import io.lotline.imports.RowProblem;
import io.lotline.imports.SheetFormat;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The import screen, through the imports API: choose the kind and the file, check it (a dry run: totals and the first
 * problems, each naming line, column, value and rule; every problem as a CSV), then import the file that was checked,
 * and read the history of imports. The file stays in the browser between the check and the import; nothing of it is
 * kept on the server, so any instance answers either step.
 */
@Controller
class ImportsPage extends PageController {
    /** How many problems the page lists; the CSV has all of them. */
    static final int SHOWN_PROBLEMS = 100;
    private static final int HISTORY_SIZE = 20;

    private final Imports imports;
    private final MessageSource messages;

    ImportsPage(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/imports")
    @PreAuthorize(Access.IMPORTS)
    ModelAndView page(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String kind) {
        return screen(page, kind);
    }

    @PostMapping("/imports/check")
    @PreAuthorize(Access.IMPORTS)
    ModelAndView check(@RequestParam(required = false) String kind,
                       @RequestPart(name = "file", required = false) MultipartFile file,
                       Locale locale) throws IOException {
        ModelAndView screen = screen(0, kind);
        try {
            ImportReport report = imports.dryRun(ImportKind.ofPath(kind), upload(file));
            return withProblems(screen.addObject("report", report), report.problems(), locale);
        } catch (LotlineException refused) {
            return refused(screen, refused, locale);
        }
    }

    @PostMapping("/imports")
    @PreAuthorize(Access.IMPORTS)
    ModelAndView run(@RequestParam(required = false) String kind, @RequestParam(required = false) String checked,
                     @RequestPart(name = "file", required = false) MultipartFile file,
                     Locale locale) throws IOException {
        try {
            ImportKind importKind = ImportKind.ofPath(kind);
            ImportFile upload = upload(file);
            if (checked == null || !checked.equals(upload.sha256())) {
                throw new InvalidInput("file", upload.name(), "checked-before-import",
                        "Check this file before importing it: the file chosen is not the one checked");
            }
            ImportRecord record = imports.run(importKind, upload);
            return screen(0, kind).addObject("imported", record);
        } catch (ImportRejected rejected) {
            return withProblems(refused(screen(0, kind), rejected, locale).addObject("rejected", true),
                    rejected.problems(), locale);
        } catch (LotlineException refused) {
            return refused(screen(0, kind), refused, locale);
        }
    }

    @PostMapping("/imports/problems.csv")
    @PreAuthorize(Access.IMPORTS)
    ResponseEntity<byte[]> problems(@RequestParam(required = false) String kind,
                                    @RequestPart(name = "file", required = false)
                                    MultipartFile file) throws IOException {
        ImportFile upload = upload(file);
        ImportReport report = imports.dryRun(ImportKind.ofPath(kind), upload);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(SheetFormat.CSV.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lotline-" + report.kind().path() + "-problems.csv").build().toString())
                .body(ImportProblemsCsv.of(report.problems()));
    }

    @GetMapping("/imports/templates/{kind}.{format}")
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

    private ModelAndView screen(int page, String kind) {
        ModelAndView screen = new ModelAndView("imports");
        screen.addObject("kinds", ImportKind.values());
        screen.addObject("kind", kind);
        screen.addObject("history", imports.records(new PageRequest(Math.max(0, page), HISTORY_SIZE)));
        screen.addObject("shownProblems", SHOWN_PROBLEMS);
        screen.addObject("maxBytes", imports.maxBytes());
        screen.addObject("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        return screen;
    }

    private ModelAndView refused(ModelAndView screen, LotlineException refused, Locale locale) {
        screen.addObject("failure", FormFailure.of(refused, messages, locale));
        screen.setStatus(statusOf(refused));
        return screen;
    }

    /** How many problems in how many rows, and the first of them, in the user's language where a rule has one. */
    private ModelAndView withProblems(ModelAndView screen, List<RowProblem> problems, Locale locale) {
        screen.addObject("problemsTotal", problems.size());
        screen.addObject("badRows", problems.stream().mapToInt(RowProblem::line).distinct().count());
        return screen.addObject("problems", problems.stream().limit(SHOWN_PROBLEMS).map(problem -> new RowProblem(
                problem.line(), problem.field(), problem.value(), problem.rule(), translated(problem, locale)))
                .toList());
    }

    private String translated(RowProblem problem, Locale locale) {
        String message = messages.getMessage("rule." + problem.rule(), new Object[] {problem.value()}, null,
                locale);
        return message == null ? problem.message() : message;
    }

    private static ImportFile upload(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", null, "required", "Choose a CSV or XLSX file to import");
        }
        return new ImportFile(file.getOriginalFilename(), file.getBytes());
    }
}
