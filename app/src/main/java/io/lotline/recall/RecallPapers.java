package io.lotline.recall;

/** The documents of a recall: the drill report (PDF, CSV) and each customer's notice (PDF). */
public interface RecallPapers {
    byte[] reportPdf(RecallReport report);

    String reportCsv(RecallReport report);

    byte[] noticePdf(RecallReport report, String customer);
}
