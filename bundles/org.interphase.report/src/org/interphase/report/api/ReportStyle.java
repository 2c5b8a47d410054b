package org.interphase.report.api;

/**
 * The report's one stylesheet, inline so the page needs no other file: a readable screen layout at 1280 px,
 * and a print layout for A4 (the browser's "Print to PDF" makes the PDF) where sections, charts and table rows
 * are not split across pages. Written without {@code <} or {@code &} so it stays valid XHTML text.
 */
final class ReportStyle {

    /** Colour-blind-safe palette (Wong, Nature Methods 8, 441 (2011)). */
    static final String[] COLOURS = { "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9" };

    private ReportStyle() {
    }

    /** The CSS of the report. */
    static String css() {
        return """
                @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
                body { font: 13px/1.45 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1b1b1b;
                  max-width: 1180px; margin: 24px auto; padding: 0 24px; }
                h1 { font-size: 22px; margin: 0 0 4px; }
                h2 { font-size: 17px; margin: 30px 0 6px; padding-bottom: 3px; border-bottom: 2px solid #d0d7de; }
                h3 { font-size: 14px; margin: 14px 0 4px; }
                p { margin: 4px 0 8px; }
                .meta { color: #444; }
                .notes { white-space: pre-line; max-width: 900px; padding: 6px 10px; background: #f6f8fa;
                  border-left: 3px solid #d0d7de; }
                .note { color: #555; font-size: 12px; }
                .charts { display: flex; flex-wrap: wrap; gap: 6px 18px; }
                figure.chart { margin: 0; }
                figure.chart figcaption { font-size: 12px; font-weight: bold; margin-left: 4px; }
                svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
                table { border-collapse: collapse; margin: 6px 0 14px; }
                th, td { padding: 2px 9px; text-align: left; vertical-align: top; border-bottom: 1px solid #dde1e5; }
                th { background: #f1f3f5; font-weight: bold; border-bottom: 1px solid #b8bfc6; }
                .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
                .flag { color: #a0000f; }
                .wrap { overflow-wrap: anywhere; }
                details { margin: 6px 0 14px; }
                summary { cursor: pointer; color: #0b4f8a; font-weight: bold; }
                .prov { margin: 8px 0 12px 14px; padding-left: 10px; border-left: 3px solid #d0d7de; }
                .prov h4 { font-size: 13px; margin: 8px 0 2px; }
                .kv { font-size: 12px; overflow-wrap: anywhere; margin: 0; }
                .kv .k { color: #555; }
                .stack { display: flex; flex-wrap: wrap; gap: 12px 32px; align-items: flex-start; }
                footer { margin-top: 28px; color: #666; font-size: 11px; }
                @media print {
                  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
                  h2 { break-after: avoid; page-break-after: avoid; }
                  h3 { break-after: avoid; }
                  section.interface { break-before: page; }
                  figure.chart, tr, .stack svg, .prov { break-inside: avoid; page-break-inside: avoid; }
                  summary { color: #1b1b1b; }
                  .charts { gap: 4px 10px; }
                }
                """;
    }
}
