package vn.cchc.sample.output;

import vn.cchc.model.schema.Column;

/** Which header a file uses for a column: its canonical English name or its Vietnamese label. */
public enum HeaderStyle {
  CANONICAL,
  VIETNAMESE;

  String header(Column column) {
    return this == CANONICAL ? column.name() : column.labelVi();
  }
}
