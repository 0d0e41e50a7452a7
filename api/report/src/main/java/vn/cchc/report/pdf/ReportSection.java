package vn.cchc.report.pdf;

import vn.cchc.report.model.AnnualReport;

/**
 * A section of the published report: its level-1 heading, which starts a page and enters the table
 * of contents and the bookmarks, and what stands under it. Sections share the layout's cursor and
 * the figure numbering, so they are written one after the other, in the order of {@link
 * ReportPdf#CONTENTS}.
 */
abstract class ReportSection {
  final PdfLayout layout;
  final AnnualReport report;
  final Figures figures;
  final int year;

  /** The heading as published, with its number. */
  final String title;

  ReportSection(SectionContext context, String title) {
    this.layout = context.layout();
    this.report = context.report();
    this.figures = context.figures();
    this.year = context.report().year();
    this.title = title;
  }

  /** Everything under the heading. */
  abstract void body();

  final void write() {
    layout.heading(1, title);
    body();
  }
}
