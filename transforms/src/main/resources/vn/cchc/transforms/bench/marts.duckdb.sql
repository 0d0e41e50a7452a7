-- The marts recomputed in plain DuckDB SQL, written from the mart documentation and independently of the
-- Spark code. Used by the differential test (same values to 1e-9) and by `cchc bench transform`.
-- Expects views raw_<table> over an ingest snapshot; writes tables e_<mart>.
-- Parameters: ${as_of} (DATE literal text), ${weakness_threshold_pct}, ${small_sample_respondents},
-- ${low_satisfaction_pct}. Statements are separated by a line holding only ';'.

-- published value: cleaned to 9 decimals, then half-up to 2 on its decimal form
CREATE OR REPLACE TEMP MACRO round2(x) AS
  CAST(round(CAST(CAST(round(x, 9) AS VARCHAR) AS DECIMAL(38, 20)), 2) AS DOUBLE)
;
-- sums and means rounded to 9 decimals, as the Spark job does, so that summation order cannot matter
CREATE OR REPLACE TEMP MACRO ssum(x) AS round(sum(x), 9)
;
CREATE OR REPLACE TEMP MACRO savg(x) AS round(avg(x), 9)
;
-- a weight as restated_from writes it: cleaned to 9 decimals, then half-up to 4 on its decimal form
CREATE OR REPLACE TEMP MACRO weight4(x) AS
  CAST(CAST(round(CAST(CAST(round(x, 9) AS VARCHAR) AS DECIMAL(38, 18)), 4) AS DECIMAL(38, 4)) AS VARCHAR)
;
-- unit versions: a code names a unit only at a date; the key is code@valid_from
CREATE OR REPLACE TEMP TABLE d_units AS
SELECT unit_code || '@' || strftime(valid_from, '%Y-%m-%d') AS unit_key, unit_code, name AS unit_name, bloc,
       valid_from, coalesce(valid_to, DATE '9999-12-31') AS valid_until
FROM raw_units
;
-- every fact row with the version its code names: 31 December of its year (scores, appraisals,
-- adjustments, answers), the start date (inspections), its inspection's (findings); unit_key NULL if none
CREATE OR REPLACE TEMP TABLE d_self AS
SELECT s.*, u.unit_key FROM raw_self_scores s
LEFT JOIN d_units u ON u.unit_code = s.unit_code AND make_date(s.year, 12, 31) BETWEEN u.valid_from AND u.valid_until
;
CREATE OR REPLACE TEMP TABLE d_appraisals AS
SELECT a.*, u.unit_key FROM raw_appraisals a
LEFT JOIN d_units u ON u.unit_code = a.unit_code AND make_date(a.year, 12, 31) BETWEEN u.valid_from AND u.valid_until
;
CREATE OR REPLACE TEMP TABLE d_adjustments AS
SELECT a.*, u.unit_key FROM raw_adjustments a
LEFT JOIN d_units u ON u.unit_code = a.unit_code AND make_date(a.year, 12, 31) BETWEEN u.valid_from AND u.valid_until
;
CREATE OR REPLACE TEMP TABLE d_responses AS
SELECT r.*, u.unit_key FROM raw_survey_responses r
LEFT JOIN d_units u ON u.unit_code = r.unit_code AND make_date(r.year, 12, 31) BETWEEN u.valid_from AND u.valid_until
;
CREATE OR REPLACE TEMP TABLE d_inspections AS
SELECT i.*, u.unit_key FROM raw_inspections i
LEFT JOIN d_units u ON u.unit_code = i.unit_code AND i.start_date BETWEEN u.valid_from AND u.valid_until
;
CREATE OR REPLACE TEMP TABLE d_findings AS
SELECT f.*, i.year, i.unit_code, i.unit_key, coalesce(i.end_date, i.start_date) AS closed_on
FROM raw_findings f JOIN d_inspections i USING (inspection_id)
;
-- lineage links: from_code the version valid the day before effective_date, to_code the one valid on it
CREATE OR REPLACE TEMP TABLE d_links_all AS
SELECT l.from_code, l.to_code, l.effective_date, l.kind, coalesce(l.share, 1.0) AS share,
       p.unit_key AS from_key, s.unit_key AS to_key
FROM raw_unit_lineage l
LEFT JOIN d_units p ON p.unit_code = l.from_code AND l.effective_date - 1 BETWEEN p.valid_from AND p.valid_until
LEFT JOIN d_units s ON s.unit_code = l.to_code AND l.effective_date BETWEEN s.valid_from AND s.valid_until
;
-- a link from P to S lies on a cycle when S leads back to P, or when P is S (its own predecessor)
CREATE OR REPLACE TEMP TABLE d_links_cyclic AS
WITH RECURSIVE e AS (
  SELECT DISTINCT from_key, to_key FROM d_links_all
  WHERE from_key IS NOT NULL AND to_key IS NOT NULL AND from_key <> to_key
), reach(src, dst) AS (
  SELECT DISTINCT to_key, to_key FROM e
  UNION
  SELECT r.src, e.to_key FROM reach r JOIN e ON e.from_key = r.dst
)
SELECT l.* FROM d_links_all l
WHERE l.from_key = l.to_key OR EXISTS (SELECT 1 FROM reach r WHERE r.src = l.to_key AND r.dst = l.from_key)
;
CREATE OR REPLACE TEMP TABLE d_links AS
SELECT l.*,
       (SELECT min(n.effective_date) FROM d_links_all n WHERE n.to_key = l.to_key
          AND n.effective_date > l.effective_date
          AND n.from_key IS NOT NULL AND n.to_key IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM d_links_cyclic c WHERE c.from_key = n.from_key AND c.to_key = n.to_key
                            AND c.effective_date = n.effective_date)) AS next_date
FROM d_links_all l
WHERE l.from_key IS NOT NULL AND l.to_key IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM d_links_cyclic c WHERE c.from_key = l.from_key AND c.to_key = l.to_key
                    AND c.effective_date = l.effective_date)
;
CREATE OR REPLACE TEMP TABLE d_year_version AS
SELECT y.year, v.version
FROM (SELECT year FROM raw_self_scores UNION SELECT year FROM raw_appraisals) y
JOIN raw_methodology_versions v ON y.year >= v.from_year AND (v.to_year IS NULL OR y.year <= v.to_year)
;
CREATE OR REPLACE TEMP TABLE d_assessed AS
SELECT yv.year, u.unit_code, u.unit_key, u.unit_name, u.bloc, yv.version
FROM d_units u CROSS JOIN d_year_version yv
WHERE u.bloc IN ('SO', 'HUYEN', 'XA') AND make_date(yv.year, 12, 31) BETWEEN u.valid_from AND u.valid_until
;
CREATE OR REPLACE TEMP TABLE d_scored AS
SELECT year, unit_key FROM d_self WHERE unit_key IS NOT NULL
UNION SELECT year, unit_key FROM d_appraisals WHERE unit_key IS NOT NULL
;
CREATE OR REPLACE TEMP TABLE d_index_questions AS
SELECT * FROM raw_survey_questions WHERE sub_criterion_code IS NOT NULL
;
CREATE OR REPLACE TEMP TABLE d_options AS
SELECT survey_code, question_code, split_part(kv, '=', 1) AS opt,
       TRY_CAST(replace(split_part(kv, '=', 2), ',', '.') AS DOUBLE) AS w
FROM (SELECT survey_code, question_code,
             unnest(string_split(upper(regexp_replace(option_weights, '\s', '', 'g')), ';')) AS kv
      FROM d_index_questions WHERE option_weights IS NOT NULL)
WHERE kv <> ''
UNION ALL
SELECT q.survey_code, q.question_code, l.opt, l.w
FROM d_index_questions q, (VALUES ('1', 0.0), ('2', 0.25), ('3', 0.5), ('4', 0.75), ('5', 1.0)) l(opt, w)
WHERE q.option_weights IS NULL
;
CREATE OR REPLACE TEMP TABLE d_index_answers AS
SELECT r.year, r.unit_code, r.unit_key, r.survey_code, q.sub_criterion_code, r.weight, o.w AS answer_weight
FROM d_responses r
JOIN d_index_questions q USING (survey_code, question_code)
LEFT JOIN d_options o ON o.survey_code = r.survey_code AND o.question_code = r.question_code
  AND o.opt = CASE WHEN q.option_weights IS NULL THEN trim(r.answer) ELSE upper(trim(r.answer)) END
;
CREATE OR REPLACE TEMP TABLE d_survey AS
SELECT year, unit_key, sub_criterion_code,
       ssum(weight * answer_weight) / ssum(weight) AS share, count(*) AS answers
FROM d_index_answers WHERE answer_weight IS NOT NULL AND unit_key IS NOT NULL
GROUP BY ALL
;
CREATE OR REPLACE TEMP TABLE e_score_facts AS
WITH grid AS (
  SELECT a.year, a.unit_code, a.unit_key, a.bloc, a.version, c.field_code, c.criterion_code,
         c.sub_criterion_code, c.assessment, c.max_points
  FROM d_assessed a
  JOIN d_scored s ON s.year = a.year AND s.unit_key = a.unit_key
  JOIN raw_criteria c ON c.version = a.version AND c.bloc = a.bloc AND c.sub_criterion_code IS NOT NULL
), joined AS (
  SELECT g.*, ss.points AS self_points, ss.applicable AS self_applicable,
         ss.batch_id AS s_batch, ss.source_file AS s_file, ss.source_row AS s_row,
         r1.points AS r1_points, r1.batch_id AS r1_batch, r1.source_file AS r1_file, r1.source_row AS r1_row,
         r2.points AS r2_points, r2.batch_id AS r2_batch, r2.source_file AS r2_file, r2.source_row AS r2_row,
         sv.share, sv.answers,
         CASE WHEN g.assessment = 'SURVEY' THEN true ELSE coalesce(ss.applicable, true) END AS applicable
  FROM grid g
  LEFT JOIN d_self ss ON ss.year = g.year AND ss.unit_key = g.unit_key
    AND ss.sub_criterion_code = g.sub_criterion_code
  LEFT JOIN d_appraisals r1 ON r1.year = g.year AND r1.unit_key = g.unit_key
    AND r1.sub_criterion_code = g.sub_criterion_code AND r1.round = 1
  LEFT JOIN d_appraisals r2 ON r2.year = g.year AND r2.unit_key = g.unit_key
    AND r2.sub_criterion_code = g.sub_criterion_code AND r2.round = 2
  LEFT JOIN d_survey sv ON sv.year = g.year AND sv.unit_key = g.unit_key
    AND sv.sub_criterion_code = g.sub_criterion_code
), sourced AS (
  SELECT *,
    CASE WHEN NOT applicable THEN 'NOT_APPLICABLE'
         WHEN assessment = 'SURVEY' AND share IS NOT NULL THEN 'SURVEY'
         WHEN assessment = 'SURVEY' THEN 'NO_ANSWERS'
         WHEN r2_points IS NOT NULL THEN 'APPRAISAL_R2'
         WHEN r1_points IS NOT NULL THEN 'APPRAISAL_R1'
         WHEN self_points IS NOT NULL THEN 'SELF_PROVISIONAL'
         ELSE 'MISSING' END AS src
  FROM joined
)
SELECT year, unit_code, unit_key, bloc, version, field_code, criterion_code, sub_criterion_code, assessment,
       max_points, applicable, self_points, r1_points AS appraisal_r1_points, r2_points AS appraisal_r2_points,
       CASE WHEN assessment = 'SURVEY' THEN max_points * share END AS survey_points,
       CAST(answers AS INTEGER) AS survey_answers,
       CASE src WHEN 'NOT_APPLICABLE' THEN NULL WHEN 'SURVEY' THEN max_points * share
                WHEN 'APPRAISAL_R2' THEN r2_points WHEN 'APPRAISAL_R1' THEN r1_points
                WHEN 'SELF_PROVISIONAL' THEN self_points ELSE 0.0 END AS final_points,
       src AS score_source, src IN ('SELF_PROVISIONAL', 'NO_ANSWERS') AS provisional,
       CASE WHEN src = 'APPRAISAL_R2' THEN r2_batch WHEN src = 'APPRAISAL_R1' THEN r1_batch
            WHEN src IN ('SELF_PROVISIONAL', 'NOT_APPLICABLE') THEN s_batch END AS source_batch_id,
       CASE WHEN src = 'APPRAISAL_R2' THEN r2_file WHEN src = 'APPRAISAL_R1' THEN r1_file
            WHEN src IN ('SELF_PROVISIONAL', 'NOT_APPLICABLE') THEN s_file END AS source_file,
       CASE WHEN src = 'APPRAISAL_R2' THEN r2_row WHEN src = 'APPRAISAL_R1' THEN r1_row
            WHEN src IN ('SELF_PROVISIONAL', 'NOT_APPLICABLE') THEN s_row END AS source_row
FROM sourced
;
CREATE OR REPLACE TEMP TABLE e_index_scores AS
WITH totals AS (
  SELECT year, unit_code, unit_key, bloc, version,
    ssum(CASE WHEN applicable AND assessment = 'SELF' THEN coalesce(self_points, 0) ELSE 0 END) AS self_total,
    ssum(CASE WHEN applicable AND assessment = 'SELF' THEN final_points ELSE 0 END) AS appraised_total,
    ssum(CASE WHEN applicable AND assessment <> 'SELF' THEN final_points ELSE 0 END) AS survey_total,
    ssum(CASE WHEN applicable THEN max_points ELSE 0 END) AS applicable_max,
    count(*) FILTER (WHERE applicable) AS n_applicable,
    count(*) FILTER (WHERE applicable AND score_source IN ('APPRAISAL_R1', 'APPRAISAL_R2', 'SURVEY')) AS n_final,
    bool_or(provisional) AS provisional
  FROM e_score_facts GROUP BY year, unit_code, unit_key, bloc, version
), adj AS (
  SELECT year, unit_key, ssum(CASE WHEN kind = 'BONUS' THEN points ELSE 0 END) AS bonus,
         ssum(CASE WHEN kind = 'PENALTY' THEN points ELSE 0 END) AS penalty
  FROM d_adjustments WHERE unit_key IS NOT NULL GROUP BY year, unit_key
), scored AS (
  SELECT t.*, u.unit_name, coalesce(a.bonus, 0.0) AS bonus_points, coalesce(a.penalty, 0.0) AS penalty_points,
         t.appraised_total + t.survey_total + coalesce(a.bonus, 0.0) - coalesce(a.penalty, 0.0) AS total_points
  FROM totals t LEFT JOIN adj a ON a.year = t.year AND a.unit_key = t.unit_key
  JOIN d_units u ON u.unit_key = t.unit_key
  WHERE t.applicable_max > 0
), pct AS (
  SELECT *, total_points / applicable_max * 100 AS index_pct FROM scored
), rounded AS (
  SELECT *, round2(index_pct) AS index_pct_rounded FROM pct
)
SELECT year, unit_code, unit_key, unit_name, bloc, version, self_total, appraised_total, survey_total, bonus_points,
       penalty_points, total_points, applicable_max, index_pct, index_pct_rounded,
       CAST(rank() OVER (PARTITION BY year, bloc ORDER BY index_pct_rounded DESC) AS INTEGER) AS rank_in_bloc,
       CAST(count(*) OVER (PARTITION BY year, bloc) AS INTEGER) AS units_ranked,
       (SELECT b.band FROM raw_bands b WHERE b.version = r.version AND b.bloc = r.bloc
          AND b.min_pct <= r.index_pct_rounded ORDER BY b.min_pct DESC LIMIT 1) AS band,
       (SELECT b.label FROM raw_bands b WHERE b.version = r.version AND b.bloc = r.bloc
          AND b.min_pct <= r.index_pct_rounded ORDER BY b.min_pct DESC LIMIT 1) AS band_label,
       n_final / n_applicable * 100 AS completeness_pct, provisional
FROM rounded r
;
CREATE OR REPLACE TEMP TABLE e_component_scores AS
WITH f AS (
  SELECT * FROM e_score_facts s
  WHERE applicable AND EXISTS (SELECT 1 FROM e_index_scores i WHERE i.year = s.year AND i.unit_key = s.unit_key)
), g AS (
  SELECT year, unit_code, unit_key, bloc, version, 'FIELD' AS level, field_code,
         CAST(NULL AS VARCHAR) AS criterion_code, field_code AS code, ssum(final_points) AS points,
         ssum(max_points) AS max_points
  FROM f GROUP BY year, unit_code, unit_key, bloc, version, field_code
  UNION ALL
  SELECT year, unit_code, unit_key, bloc, version, 'CRITERION', field_code, criterion_code, criterion_code,
         ssum(final_points), ssum(max_points)
  FROM f GROUP BY year, unit_code, unit_key, bloc, version, field_code, criterion_code
), named AS (
  SELECT g.*, coalesce(n.name, g.code) AS name,
         CASE WHEN g.max_points > 0 THEN g.points / g.max_points * 100 END AS pct
  FROM g LEFT JOIN raw_criteria n ON n.sub_criterion_code IS NULL AND n.version = g.version AND n.bloc = g.bloc
    AND coalesce(n.criterion_code, n.field_code) = g.code
)
SELECT year, unit_code, unit_key, bloc, version, level, field_code, criterion_code, code, name, points, max_points, pct,
       CASE WHEN pct IS NOT NULL THEN CAST(rank() OVER (PARTITION BY year, bloc, level, code, pct IS NULL
         ORDER BY round2(pct) DESC) AS INTEGER) END AS rank_in_bloc
FROM named
;
CREATE OR REPLACE TEMP TABLE d_as_is AS
WITH RECURSIVE cur AS (
  SELECT unit_key, unit_code, bloc FROM e_index_scores WHERE year = (SELECT max(year) FROM e_index_scores)
), yrs AS (
  SELECT DISTINCT year FROM e_index_scores
), walk(root, code, bloc, year, node, bound, weight) AS (
  -- a current version stands as it was on 31 December of the latest year
  SELECT c.unit_key, c.unit_code, c.bloc, y.year, c.unit_key, (SELECT make_date(max(year), 12, 31) FROM e_index_scores),
         1.0::DOUBLE
  FROM cur c, yrs y
  UNION ALL
  -- replaced by what its latest links after 31 December of the year and up to its date made it of, each
  -- predecessor as it stood the day before
  SELECT w.root, w.code, w.bloc, w.year, l.from_key, l.effective_date - 1, w.weight * l.share
  FROM walk w JOIN d_links l ON l.to_key = w.node
    AND l.effective_date > make_date(w.year, 12, 31) AND l.effective_date <= w.bound
    AND (l.next_date IS NULL OR l.next_date > w.bound)
), leaves AS (
  SELECT root, code, bloc, year, node, sum(weight) AS weight
  FROM walk w
  WHERE NOT EXISTS (SELECT 1 FROM d_links l WHERE l.to_key = w.node
                      AND l.effective_date > make_date(w.year, 12, 31) AND l.effective_date <= w.bound)
  GROUP BY root, code, bloc, year, node
), gathered AS (
  -- sums over the predecessors in key order, left to right, unrounded: the same doubles as any other engine
  -- summing in that order
  SELECT lv.root, lv.code, lv.bloc, lv.year,
         list(struct_pack(node := lv.node, weight := lv.weight, v := i.index_pct) ORDER BY lv.node) AS leaves
  FROM leaves lv LEFT JOIN e_index_scores i ON i.year = lv.year AND i.unit_key = lv.node
  GROUP BY lv.root, lv.code, lv.bloc, lv.year
), have AS (
  SELECT *, list_filter(leaves, lambda l: l.v IS NOT NULL) AS known FROM gathered
), summed AS (
  SELECT *, list_reduce(list_transform(known, lambda l: l.weight * l.v), lambda a, b: a + b) AS weighted,
         list_reduce(list_transform(known, lambda l: l.weight), lambda a, b: a + b) AS covered,
         list_reduce(list_transform(leaves, lambda l: l.weight), lambda a, b: a + b) AS total_weight
  FROM have WHERE len(known) > 0
), restated AS (
  SELECT root AS unit_key, code AS unit_code, bloc, year, weighted / covered AS index_pct,
         len(list_filter(leaves, lambda l: l.node <> root)) > 0 AS restated,
         len(known) < len(leaves) OR total_weight < 1 - 1e-6 AS partial,
         array_to_string(list_transform(known, lambda l: l.node || ':' || weight4(l.weight / covered)), ';') AS parts
  FROM summed
)
SELECT 'AS_IS' AS basis, r.unit_code, r.unit_key, r.year, r.bloc, v.version, r.index_pct,
       CAST(rank() OVER (PARTITION BY r.year, r.bloc ORDER BY round2(r.index_pct) DESC) AS INTEGER) AS rank_in_bloc,
       r.restated, r.partial, CASE WHEN r.restated THEN r.parts END AS restated_from
FROM restated r JOIN raw_methodology_versions v ON r.year >= v.from_year AND (v.to_year IS NULL OR r.year <= v.to_year)
;
CREATE OR REPLACE TEMP TABLE e_index_trends AS
WITH was AS (
  SELECT 'AS_WAS' AS basis, unit_code, unit_key, year, bloc, version, index_pct, rank_in_bloc, false AS restated,
         false AS partial, CAST(NULL AS VARCHAR) AS restated_from
  FROM e_index_scores
), rows_ AS (SELECT * FROM was UNION ALL SELECT * FROM d_as_is
), paired AS (
  -- the previous year of the same unit version: a code reused by another unit is not the same unit
  SELECT c.*, p.index_pct AS previous_index_pct, p.rank_in_bloc AS previous_rank, p.version AS previous_version,
         p.partial AS previous_partial
  FROM rows_ c LEFT JOIN rows_ p ON p.basis = c.basis AND p.unit_key = c.unit_key AND p.year = c.year - 1
), lineage_reason AS (
  SELECT to_key AS unit_key, year(effective_date) AS year,
         CASE max(CASE kind WHEN 'MERGE' THEN 3 WHEN 'SPLIT' THEN 2 ELSE 1 END)
           WHEN 3 THEN 'UNIT_MERGED' WHEN 2 THEN 'UNIT_SPLIT' ELSE 'UNIT_RENAMED' END AS reason
  FROM d_links GROUP BY to_key, year(effective_date)
), reasoned AS (
  SELECT p.*,
    CASE WHEN p.basis = 'AS_WAS' THEN
      CASE WHEN lr.reason IS NOT NULL THEN lr.reason
           WHEN p.previous_index_pct IS NULL AND u.valid_from > make_date(p.year - 1, 12, 31) THEN 'UNIT_CREATED'
           WHEN p.previous_index_pct IS NULL THEN 'NO_PREVIOUS_VALUE'
           WHEN p.previous_version <> p.version THEN 'METHODOLOGY_CHANGED' END
    ELSE
      CASE WHEN p.previous_index_pct IS NULL THEN 'NO_PREVIOUS_VALUE'
           WHEN p.previous_version <> p.version THEN 'METHODOLOGY_CHANGED'
           WHEN p.partial OR p.previous_partial THEN 'RESTATED_PARTIAL' END
    END AS comparability_reason
  FROM paired p
  LEFT JOIN lineage_reason lr ON lr.unit_key = p.unit_key AND lr.year = p.year
  LEFT JOIN d_units u ON u.unit_key = p.unit_key
)
SELECT basis, unit_code, unit_key, year, bloc, version, index_pct, rank_in_bloc, previous_index_pct,
       index_pct - previous_index_pct AS change_pp, previous_rank,
       previous_rank - rank_in_bloc AS rank_change, comparability_reason IS NULL AS comparable,
       comparability_reason, restated, partial, restated_from
FROM reasoned
;
CREATE OR REPLACE TEMP TABLE e_trend_summaries AS
WITH g AS (
  SELECT basis, year, bloc, CAST(count(*) AS INTEGER) AS units, savg(index_pct) AS average_pct
  FROM e_index_trends GROUP BY basis, year, bloc
), c AS (
  SELECT g.*,
    CAST((SELECT count(*) FROM e_index_trends t WHERE t.basis = g.basis AND t.year = g.year AND t.bloc = g.bloc
          AND t.index_pct > g.average_pct) AS INTEGER) AS units_above_average,
    CAST((SELECT count(*) FROM e_index_trends t WHERE t.basis = g.basis AND t.year = g.year AND t.bloc = g.bloc
          AND t.change_pp > 0) AS INTEGER) AS units_up,
    CAST((SELECT count(*) FROM e_index_trends t WHERE t.basis = g.basis AND t.year = g.year AND t.bloc = g.bloc
          AND t.change_pp < 0) AS INTEGER) AS units_down
  FROM g
)
SELECT c.basis, c.year, c.bloc, c.units, c.average_pct, p.average_pct AS previous_average_pct,
       c.average_pct - p.average_pct AS change_pp, c.units_above_average, c.units_up, c.units_down,
       (SELECT t.unit_key FROM e_index_trends t WHERE t.basis = c.basis AND t.year = c.year AND t.bloc = c.bloc
          AND t.change_pp > 0 ORDER BY t.change_pp DESC, t.unit_key LIMIT 1) AS largest_rise_unit,
       (SELECT max(t.change_pp) FROM e_index_trends t WHERE t.basis = c.basis AND t.year = c.year AND t.bloc = c.bloc
          AND t.change_pp > 0) AS largest_rise_pp,
       (SELECT t.unit_key FROM e_index_trends t WHERE t.basis = c.basis AND t.year = c.year AND t.bloc = c.bloc
          AND t.change_pp < 0 ORDER BY t.change_pp ASC, t.unit_key LIMIT 1) AS largest_fall_unit,
       (SELECT min(t.change_pp) FROM e_index_trends t WHERE t.basis = c.basis AND t.year = c.year AND t.bloc = c.bloc
          AND t.change_pp < 0) AS largest_fall_pp
FROM c LEFT JOIN g p ON p.basis = c.basis AND p.bloc = c.bloc AND p.year = c.year - 1
;
CREATE OR REPLACE TEMP TABLE e_criterion_heatmap AS
SELECT year, bloc, unit_code, unit_key, version, field_code, criterion_code, name AS criterion_name, points, max_points,
       pct AS attainment_pct, pct < ${weakness_threshold_pct} AS weak
FROM e_component_scores WHERE level = 'CRITERION' AND pct IS NOT NULL
;
CREATE OR REPLACE TEMP TABLE e_criterion_weakness AS
WITH s AS (
  SELECT year, bloc, version, criterion_code, min(criterion_name) AS criterion_name,
         CAST(count(*) AS INTEGER) AS units, savg(attainment_pct) AS mean_attainment_pct,
         CAST(count(*) FILTER (WHERE weak) AS INTEGER) AS units_below
  FROM e_criterion_heatmap GROUP BY year, bloc, version, criterion_code
), p AS (
  SELECT h.year, h.bloc, h.criterion_code, CAST(count(*) AS INTEGER) AS persistent_units,
         string_agg(h.unit_code, ',' ORDER BY h.unit_code) AS persistent_unit_codes
  FROM e_criterion_heatmap h JOIN e_criterion_heatmap b
    ON b.weak AND b.year = h.year - 1 AND b.unit_key = h.unit_key AND b.criterion_code = h.criterion_code
  WHERE h.weak GROUP BY h.year, h.bloc, h.criterion_code
)
SELECT s.year, s.bloc, s.version, s.criterion_code, s.criterion_name, s.units, s.mean_attainment_pct,
       CAST(${weakness_threshold_pct} AS DOUBLE) AS threshold_pct, s.units_below,
       s.units_below / s.units * 100 AS share_below_pct, coalesce(p.persistent_units, 0) AS persistent_units,
       p.persistent_unit_codes
FROM s LEFT JOIN p ON p.year = s.year AND p.bloc = s.bloc AND p.criterion_code = s.criterion_code
;
CREATE OR REPLACE TEMP TABLE e_appraisal_gaps AS
WITH items AS (
  SELECT * FROM e_score_facts WHERE applicable AND assessment = 'SELF' AND self_points IS NOT NULL
), g AS (
  SELECT year, unit_code, unit_key, bloc, 'UNIT' AS level, '*' AS field_code, ssum(self_points) AS self_points,
         ssum(final_points) AS appraised_points FROM items GROUP BY year, unit_code, unit_key, bloc
  UNION ALL
  SELECT year, unit_code, unit_key, bloc, 'FIELD', field_code, ssum(self_points), ssum(final_points)
  FROM items GROUP BY year, unit_code, unit_key, bloc, field_code
), gaps AS (
  SELECT *, self_points - appraised_points AS gap_points,
         CASE WHEN self_points > 0 THEN (self_points - appraised_points) / self_points * 100 END AS gap_pct
  FROM g
), q AS (
  SELECT year, bloc, level, field_code, quantile_cont(gap_pct, 0.5) AS med, quantile_cont(gap_pct, 0.25) AS q1,
         quantile_cont(gap_pct, 0.75) AS q3
  FROM gaps WHERE gap_pct IS NOT NULL GROUP BY year, bloc, level, field_code
), m AS (
  SELECT g.year, g.bloc, g.level, g.field_code, quantile_cont(abs(g.gap_pct - q.med), 0.5) AS mad
  FROM gaps g JOIN q USING (year, bloc, level, field_code) WHERE g.gap_pct IS NOT NULL
  GROUP BY g.year, g.bloc, g.level, g.field_code
), z AS (
  SELECT g.*, q.q1, q.q3,
         CASE WHEN m.mad > 0 AND g.gap_pct IS NOT NULL THEN 0.6745 * (g.gap_pct - q.med) / m.mad END AS modified_z
  FROM gaps g LEFT JOIN q USING (year, bloc, level, field_code) LEFT JOIN m USING (year, bloc, level, field_code)
), f AS (
  SELECT *,
    CASE WHEN abs(modified_z) > 3.5 THEN 'MODIFIED_Z' END AS z_out,
    CASE WHEN gap_pct < q1 - 1.5 * (q3 - q1) OR gap_pct > q3 + 1.5 * (q3 - q1) THEN 'IQR' END AS iqr_out
  FROM z
)
SELECT year, unit_code, unit_key, bloc, level, field_code, self_points, appraised_points, gap_points, gap_pct, modified_z,
       q1 AS q1_pct, q3 AS q3_pct, (z_out IS NOT NULL OR iqr_out IS NOT NULL) AS outlier,
       CASE WHEN z_out IS NOT NULL OR iqr_out IS NOT NULL THEN concat_ws(';', z_out, iqr_out) END AS outlier_reason
FROM f
;
CREATE OR REPLACE TEMP TABLE e_satisfaction AS
WITH a AS (
  SELECT r.year, r.unit_code, r.unit_key, r.survey_code, q.component, r.respondent_id, r.weight,
         TRY_CAST(trim(r.answer) AS INTEGER) AS score
  FROM d_responses r JOIN raw_survey_questions q USING (survey_code, question_code)
  WHERE q.component IN ('TIEP_CAN', 'THU_TUC', 'CONG_CHUC', 'KET_QUA', 'GOP_Y') AND q.scale = 'LIKERT5'
    AND r.unit_key IS NOT NULL
), ok AS (SELECT * FROM a WHERE score BETWEEN 1 AND 5
), both_ AS (SELECT * FROM ok
  UNION ALL SELECT year, unit_code, unit_key, survey_code, 'OVERALL', respondent_id, weight, score FROM ok
), s AS (
  SELECT year, unit_code, unit_key, survey_code, component,
         CAST(count(DISTINCT respondent_id) AS INTEGER) AS respondents,
         CAST(count(*) AS INTEGER) AS answers,
         ssum(CASE WHEN score >= 4 THEN weight ELSE 0.0 END) / ssum(weight) AS p,
         ssum(weight * score) / ssum(weight) AS mean_score
  FROM both_ GROUP BY year, unit_code, unit_key, survey_code, component
), designs AS (
  SELECT year, min(survey_code) AS design FROM ok GROUP BY year
), breaks AS (
  SELECT d.year, coalesce(p.design IS NOT NULL AND p.design <> d.design, false) AS design_break
  FROM designs d LEFT JOIN designs p ON p.year = d.year - 1
), w AS (
  SELECT s.*, 1.959963984540054 AS z FROM s
)
SELECT w.year, unit_code, unit_key, survey_code, component, respondents, answers, p * 100 AS satisfied_pct, mean_score,
       greatest(0.0, (p + z * z / (2 * respondents)) / (1 + z * z / respondents)
         - z * sqrt(p * (1 - p) / respondents + z * z / (4 * respondents * respondents)) / (1 + z * z / respondents)) * 100
         AS wilson_low_pct,
       least(1.0, (p + z * z / (2 * respondents)) / (1 + z * z / respondents)
         + z * sqrt(p * (1 - p) / respondents + z * z / (4 * respondents * respondents)) / (1 + z * z / respondents)) * 100
         AS wilson_high_pct,
       respondents < ${small_sample_respondents} AS small_sample, b.design_break
FROM w JOIN breaks b ON b.year = w.year
;
CREATE OR REPLACE TEMP TABLE d_finding_status AS
WITH f AS (
  SELECT *, CASE WHEN remediated_on <= DATE '${as_of}' THEN remediated_on END AS remediated
  FROM d_findings WHERE unit_key IS NOT NULL
)
SELECT *, remediated IS NOT NULL AND remediated <= due_date AS on_time,
       remediated IS NOT NULL AND remediated > due_date AS late, remediated IS NULL AS is_open,
       remediated IS NULL AND due_date < DATE '${as_of}' AS overdue,
       CASE WHEN remediated IS NOT NULL THEN CAST(greatest(0, remediated - closed_on) AS DOUBLE) END AS days
FROM f
;
CREATE OR REPLACE TEMP TABLE e_inspection_outcomes AS
SELECT year, unit_code, unit_key, field_code, CAST(count(*) AS INTEGER) AS findings,
       CAST(count(*) FILTER (WHERE on_time) AS INTEGER) AS remediated_on_time,
       CAST(count(*) FILTER (WHERE late) AS INTEGER) AS remediated_late,
       CAST(count(*) FILTER (WHERE is_open) AS INTEGER) AS open_findings,
       CAST(count(*) FILTER (WHERE overdue) AS INTEGER) AS overdue,
       quantile_cont(days, 0.5) AS median_days_to_remediate, DATE '${as_of}' AS as_of_date
FROM d_finding_status GROUP BY year, unit_code, unit_key, field_code
;
CREATE OR REPLACE TEMP TABLE e_inspection_targets AS
WITH latest AS (
  SELECT * FROM e_index_scores WHERE year = (SELECT max(year) FROM e_index_scores)
), weak AS (
  SELECT year, unit_key, count(*) AS n, string_agg(criterion_code, ', ' ORDER BY criterion_code) AS codes
  FROM e_criterion_heatmap WHERE weak GROUP BY year, unit_key
), sat AS (
  SELECT unit_key, arg_max(year, year) AS sat_year, arg_max(satisfied_pct, year) AS satisfied_pct
  FROM e_satisfaction WHERE component = 'OVERALL' GROUP BY unit_key
), fin AS (
  SELECT unit_key, count(*) FILTER (WHERE is_open AND NOT overdue) AS open_not_due,
         count(*) FILTER (WHERE overdue) AS overdue
  FROM d_finding_status GROUP BY unit_key
), insp AS (
  SELECT unit_key, max(year) AS last_inspected FROM d_inspections WHERE unit_key IS NOT NULL GROUP BY unit_key
), j AS (
  SELECT l.year + 1 AS plan_year, l.unit_code, l.unit_key, l.unit_name, l.bloc, l.year AS index_year, l.index_pct,
         l.index_pct_rounded, l.rank_in_bloc, l.units_ranked, coalesce(w.n, 0) AS weak_criteria, w.codes,
         s.sat_year, s.satisfied_pct, coalesce(f.open_not_due, 0) AS open_not_due, coalesce(f.overdue, 0) AS overdue,
         i.last_inspected
  FROM latest l LEFT JOIN weak w ON w.year = l.year AND w.unit_key = l.unit_key
  LEFT JOIN sat s ON s.unit_key = l.unit_key LEFT JOIN fin f ON f.unit_key = l.unit_key
  LEFT JOIN insp i ON i.unit_key = l.unit_key
), sc AS (
  SELECT *,
    CASE WHEN rank_in_bloc * 4 > units_ranked * 3 THEN 30.0 ELSE 0.0 END AS score_low_index,
    CAST(least(25, weak_criteria * 5) AS DOUBLE) AS score_failing_criteria,
    CASE WHEN satisfied_pct < ${low_satisfaction_pct} THEN 20.0 ELSE 0.0 END AS score_low_satisfaction,
    CAST(least(25, open_not_due * 3 + overdue * 5) AS DOUBLE) AS score_findings,
    CASE WHEN last_inspected IS NULL THEN 20.0 ELSE CAST(least(20, (plan_year - last_inspected) * 5) AS DOUBLE) END
      AS score_since_inspection
  FROM j
), tot AS (
  SELECT *, score_low_index + score_failing_criteria + score_low_satisfaction + score_findings
            + score_since_inspection AS total_score FROM sc
)
SELECT plan_year, unit_code, unit_key, unit_name, bloc, index_year, index_pct, score_low_index, score_failing_criteria,
       score_low_satisfaction, score_findings, score_since_inspection, total_score,
       CAST(rank() OVER (PARTITION BY plan_year ORDER BY total_score DESC) AS INTEGER) AS priority_rank,
       concat_ws('; ',
         CASE WHEN score_low_index > 0 THEN printf('Chỉ số CCHC năm %d đạt %s%%, xếp hạng %d/%d trong khối (thuộc nhóm 25%% thấp nhất)',
           index_year, replace(printf('%.2f', index_pct_rounded), '.', ','), rank_in_bloc, units_ranked) END,
         CASE WHEN weak_criteria > 0 THEN printf('%d tiêu chí đạt dưới %s%% số điểm: %s', weak_criteria,
           '${weakness_threshold_label}', codes) END,
         CASE WHEN score_low_satisfaction > 0 THEN printf('Tỷ lệ hài lòng năm %d chỉ đạt %s%% (ngưỡng %s%%)',
           sat_year, replace(printf('%.2f', satisfied_pct), '.', ','), '${low_satisfaction_label}') END,
         CASE WHEN score_findings > 0 THEN printf('Còn %d tồn tại chưa khắc phục, trong đó %d quá hạn',
           open_not_due + overdue, overdue) END,
         CASE WHEN last_inspected IS NULL THEN 'Chưa được kiểm tra lần nào'
              ELSE printf('Lần kiểm tra gần nhất năm %d', last_inspected) END) AS reasons_vi
FROM tot
;
CREATE OR REPLACE TEMP TABLE e_data_quality AS
WITH unresolved AS (
  SELECT 1 AS o, 'self_scores' AS tbl, year, unit_code, count(*) AS n FROM d_self WHERE unit_key IS NULL
  GROUP BY year, unit_code
  UNION ALL
  SELECT 2, 'appraisals', year, unit_code, count(*) FROM d_appraisals WHERE unit_key IS NULL GROUP BY year, unit_code
  UNION ALL
  SELECT 3, 'adjustments', year, unit_code, count(*) FROM d_adjustments WHERE unit_key IS NULL GROUP BY year, unit_code
  UNION ALL
  SELECT 4, 'survey_responses', year, unit_code, count(*) FROM d_responses WHERE unit_key IS NULL
  GROUP BY year, unit_code
  UNION ALL
  SELECT 5, 'inspections', year, unit_code, count(*) FROM d_inspections WHERE unit_key IS NULL GROUP BY year, unit_code
  UNION ALL
  SELECT 6, 'findings', year, unit_code, count(*) FROM d_findings WHERE unit_key IS NULL GROUP BY year, unit_code
  UNION ALL
  SELECT 7, 'unit_lineage', y, code, count(*) FROM (
    SELECT from_code, to_code, effective_date, year(effective_date) AS y, from_code AS code
    FROM d_links_all WHERE from_key IS NULL
    UNION
    SELECT from_code, to_code, effective_date, year(effective_date), to_code FROM d_links_all WHERE to_key IS NULL)
  GROUP BY y, code
)
SELECT 'UNIT_NO_SCORES' AS rule, 'ERROR' AS severity, a.year, a.unit_code, a.unit_key,
       CAST(NULL AS VARCHAR) AS sub_criterion_code,
       printf('Đơn vị không có điểm tự đánh giá hay thẩm định nào năm %d: không tính chỉ số', a.year) AS detail_vi
FROM d_assessed a WHERE NOT EXISTS (SELECT 1 FROM d_scored s WHERE s.year = a.year AND s.unit_key = a.unit_key)
UNION ALL
SELECT 'MISSING_ROUND1', 'WARNING', year, unit_code, unit_key, sub_criterion_code,
       'Điểm tự đánh giá ' || CAST(self_points AS VARCHAR) || ' chưa được thẩm định: tạm tính điểm tự chấm, chỉ số của đơn vị là tạm tính'
FROM e_score_facts WHERE score_source = 'SELF_PROVISIONAL'
UNION ALL
SELECT 'MISSING_SELF_SCORE', 'ERROR', year, unit_code, unit_key, sub_criterion_code,
       'Không có điểm tự đánh giá hay thẩm định: tính 0 điểm'
FROM e_score_facts WHERE score_source = 'MISSING'
UNION ALL
SELECT 'SURVEY_NO_ANSWERS', 'ERROR', year, unit_code, unit_key, sub_criterion_code,
       'Tiêu chí đánh giá qua điều tra xã hội học không có câu trả lời nào được tính (không có câu hỏi nào ghi mã'
       || ' tiêu chí này, hoặc không ai trả lời về đơn vị trong năm): tạm tính 0 điểm, chỉ số của đơn vị là tạm tính'
FROM e_score_facts WHERE score_source = 'NO_ANSWERS'
UNION ALL
SELECT 'APPRAISED_ABOVE_MAX', 'ERROR', year, unit_code, unit_key, sub_criterion_code,
       'Điểm thẩm định vượt điểm tối đa ' || CAST(max_points AS VARCHAR)
FROM e_score_facts WHERE appraisal_r1_points > max_points + 1e-9 OR appraisal_r2_points > max_points + 1e-9
UNION ALL
SELECT 'ROUND2_WITHOUT_ROUND1', 'WARNING', r2.year, r2.unit_code, r2.unit_key, r2.sub_criterion_code,
       'Có điểm thẩm định lần 2 (' || CAST(r2.points AS VARCHAR) || ') nhưng không có lần 1; dùng điểm lần 2'
FROM d_appraisals r2 WHERE r2.round = 2 AND NOT EXISTS (SELECT 1 FROM raw_appraisals r1 WHERE r1.round = 1
  AND r1.year = r2.year AND r1.unit_code = r2.unit_code AND r1.sub_criterion_code = r2.sub_criterion_code)
UNION ALL
SELECT 'SURVEY_UNKNOWN_ANSWER', 'ERROR', year, unit_code, unit_key, sub_criterion_code,
       printf('%d câu trả lời không thuộc các phương án của câu hỏi: bỏ qua', count(*))
FROM d_index_answers WHERE answer_weight IS NULL GROUP BY year, unit_code, unit_key, sub_criterion_code
UNION ALL
SELECT 'NO_BAND_SCALE', 'WARNING', i.year, i.unit_code, i.unit_key, NULL,
       printf('Phiên bản %s không có thang xếp loại cho khối %s: không xếp loại', i.version, i.bloc)
FROM e_index_scores i WHERE NOT EXISTS (SELECT 1 FROM raw_bands b WHERE b.version = i.version AND b.bloc = i.bloc)
UNION ALL
SELECT 'UNRESOLVED_UNIT', 'ERROR', year, unit_code, NULL, NULL,
       printf('Mã đơn vị %s không ứng với đơn vị nào có hiệu lực vào ngày tra cứu của năm %d (31/12 với điểm và khảo sát,'
              || ' ngày bắt đầu với đợt kiểm tra, ngày hiệu lực với sáp nhập): %s bị loại khỏi chỉ số và các bảng kết quả',
              unit_code, year, string_agg(printf('%d dòng %s', n, tbl), ', ' ORDER BY o))
FROM unresolved GROUP BY year, unit_code
UNION ALL
SELECT 'LINEAGE_CYCLE', 'ERROR', year(effective_date), from_code,
       CASE WHEN count(DISTINCT from_key) = 1 THEN min(from_key) END, NULL,
       printf('Liên kết %s nằm trong một vòng lặp của lịch sử đơn vị (một phiên bản đơn vị thành tiền thân của chính'
              || ' nó): bỏ qua khi quy đổi AS_IS',
              string_agg(from_code || ' → ' || to_code || ' ngày ' || strftime(effective_date, '%d/%m/%Y'), ', '
                         ORDER BY from_code || ' → ' || to_code || ' ngày ' || strftime(effective_date, '%d/%m/%Y')))
FROM d_links_cyclic GROUP BY year(effective_date), from_code
;
