package vn.cchc.query.methodology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem.Level;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;

/**
 * The methodology version in force in a year and its tree for a bloc, from the ingested criteria.
 */
public final class MethodologyQueries {
  private final QueryExecutor q;

  public MethodologyQueries(QueryExecutor q) {
    this.q = q;
  }

  public Map<String, Object> version(int year) {
    return q.query(
            """
        SELECT version, name, legal_basis, from_year, to_year FROM raw_methodology_versions
        WHERE from_year <= ? AND (to_year IS NULL OR to_year >= ?) ORDER BY from_year DESC LIMIT 1""",
            year,
            year)
        .first()
        .orElseThrow(
            () ->
                new CchcException(
                    ErrorCode.NOT_FOUND, "Không tìm thấy bộ tiêu chí áp dụng cho năm: " + year));
  }

  /** Every node of the tree as a flat list: fields, criteria and sub-criteria in code order. */
  public QueryResult items(int year, Bloc bloc) {
    String version = (String) version(year).get("version");
    // the levels of MethodologyItem.level(): the most specific code a row has
    return q.query(
        """
        WITH c AS (
          SELECT *, CASE WHEN sub_criterion_code IS NOT NULL THEN '%1$s'
                         WHEN criterion_code IS NOT NULL THEN '%2$s' ELSE '%3$s' END AS level,
                 coalesce(sub_criterion_code, criterion_code, field_code) AS code
          FROM raw_criteria WHERE version = ? AND bloc = ?)
        SELECT c.version, c.bloc, c.level, c.code, c.field_code, c.criterion_code, c.sub_criterion_code, c.name,
               CASE c.level WHEN '%1$s' THEN c.max_points
                    WHEN '%2$s' THEN (SELECT sum(s.max_points) FROM c s
                         WHERE s.level = '%1$s' AND s.criterion_code = c.criterion_code)
                    ELSE (SELECT sum(s.max_points) FROM c s WHERE s.level = '%1$s' AND s.field_code = c.field_code)
               END AS max_points,
               c.assessment, c.scoring
        FROM c ORDER BY %4$s"""
            .formatted(Level.SUB_CRITERION, Level.CRITERION, Level.FIELD, SqlOrder.code("c.code")),
        version,
        bloc.name());
  }

  /** The tree: fields → criteria → sub-criteria, each with its maximum points. */
  public Map<String, Object> tree(int year, Bloc bloc) {
    Map<String, Object> version = version(year);
    List<Map<String, Object>> fields = new ArrayList<>();
    Map<String, Map<String, Object>> fieldByCode = new LinkedHashMap<>();
    Map<String, Map<String, Object>> criterionByCode = new LinkedHashMap<>();
    for (Map<String, Object> item : items(year, bloc).records()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("code", item.get("code"));
      node.put("name", item.get("name"));
      node.put("max_points", item.get("max_points"));
      switch (Level.valueOf((String) item.get("level"))) {
        case FIELD -> {
          node.put("criteria", new ArrayList<Map<String, Object>>());
          fields.add(node);
          fieldByCode.put((String) item.get("field_code"), node);
        }
        case CRITERION -> {
          node.put("sub_criteria", new ArrayList<Map<String, Object>>());
          children(fieldByCode.get((String) item.get("field_code")), "criteria").add(node);
          criterionByCode.put((String) item.get("criterion_code"), node);
        }
        case SUB_CRITERION -> {
          node.put("assessment", item.get("assessment"));
          node.put("scoring", item.get("scoring"));
          children(criterionByCode.get((String) item.get("criterion_code")), "sub_criteria")
              .add(node);
        }
      }
    }
    Map<String, Object> tree = new LinkedHashMap<>(version);
    tree.put("year", year);
    tree.put("bloc", bloc.name());
    tree.put(
        "max_points",
        fields.stream().mapToDouble(f -> ((Number) f.get("max_points")).doubleValue()).sum());
    tree.put("fields", fields);
    return tree;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> children(Map<String, Object> parent, String key) {
    if (parent == null) {
      throw new CchcException(
          ErrorCode.WAREHOUSE_INCONSISTENT,
          "Không thể dựng cây tiêu chí: thiếu nút cha của " + key);
    }
    return (List<Map<String, Object>>) parent.get(key);
  }
}
