package vn.cchc.model.unit;

import java.time.LocalDate;

/** One edge of the lineage: {@code fromCode} is a predecessor of {@code toCode} from {@code effectiveDate}. */
public record LineageLink(String fromCode, String toCode, LocalDate effectiveDate, LineageKind kind, double share) {}
