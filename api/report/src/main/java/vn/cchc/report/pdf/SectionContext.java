package vn.cchc.report.pdf;

import vn.cchc.report.model.AnnualReport;

/**
 * What every section draws with: the layout (with its fonts), the report's figures as data, and the
 * charts, whose captions are numbered across the whole document.
 */
record SectionContext(PdfLayout layout, AnnualReport report, Figures figures) {}
