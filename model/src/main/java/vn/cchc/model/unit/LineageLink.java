package vn.cchc.model.unit;

import java.time.LocalDate;

/**
 * One edge of the lineage: the version of {@code fromCode} valid the day before {@code
 * effectiveDate} is a predecessor of the version of {@code toCode} valid on it.
 *
 * @param share the predecessor's weight in this successor: the successor's AS_IS value of an
 *     earlier year is the share-weighted mean of its predecessors' values. The shares of one
 *     successor's links of one date sum to 1, whatever the shape: a whole merge (each predecessor's
 *     weight), a predecessor divided between several successors (each of its links carries its
 *     weight in that successor), a successor formed from whole and divided predecessors, a rename
 *     (1).
 */
public record LineageLink(
    String fromCode, String toCode, LocalDate effectiveDate, LineageKind kind, double share) {}
