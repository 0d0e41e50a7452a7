/**
 * The annual PAR index report ({@code ./cchc report --year Y}): a Vietnamese PDF and its charts as
 * PNG (300 dpi) and SVG, drawn with JFreeChart from the figures of the query layer ({@code
 * vn.cchc.query}), the same classes the JSON API calls. {@code model} reads the figures into plain
 * records (units named by their version, {@code unit_key}), {@code chart} draws them, {@code geo}
 * holds the boundaries of today's communes for the commune map (with their MIT notice), {@code pdf}
 * lays them out with PDFBox, {@code font} finds DejaVu Sans, {@code text} formats numbers the
 * Vietnamese way, {@code publish} writes the same figures as a static public site ({@code ./cchc
 * publish}). No Spring: the report runs as a plain Java main.
 */
package vn.cchc.report;
