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
CREATE OR REPLACE TEMP TABLE d_year_version AS
SELECT y.year, v.version
FROM (SELECT year FROM raw_self_scores UNION SELECT year FROM raw_appraisals) y
JOIN raw_methodology_versions v ON y.year >= v.from_year AND (v.to_year IS NULL OR y.year <= v.to_year)
;
CREATE OR REPLACE TEMP TABLE d_assessed AS
SELECT yv.year, u.unit_code, u.name AS unit_name, u.bloc, yv.version
FROM raw_units u CROSS JOIN d_year_version yv
WHERE u.bloc IN ('SO', 'HUYEN', 'XA')
  AND u.valid_from <= make_date(yv.year, 12, 31)
  AND (u.valid_to IS NULL OR u.valid_to >= make_date(yv.year, 12, 31))
;
CREATE OR REPLACE TEMP TABLE d_scored AS
SELECT year, unit_code FROM raw_self_scores UNION SELECT year, unit_code FROM raw_appraisals
;
CREATE OR REPLACE TEMP TABLE d_index_questions AS
SELECT * FROM raw_survey_questions WHERE sub_criterion_code IS NOT NULL AND survey_code LIKE 'DTXHH-%'
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
SELECT r.year, r.unit_code, r.survey_code, q.sub_criterion_code, r.weight, o.w AS answer_weight
FROM raw_survey_responses r
JOIN d_index_questions q USING (survey_code, question_code)
LEFT JOIN d_options o ON o.survey_code = r.survey_code AND o.question_code = r.question_code
  AND o.opt = CASE WHEN q.option_weights IS NULL THEN trim(r.answer) ELSE upper(trim(r.answer)) END
;
CREATE OR REPLACE TEMP TABLE d_survey AS
SELECT year, unit_code, substr(survey_code, 7) AS version, sub_criterion_code,
       ssum(weight * answer_weight) / ssum(weight) AS share, count(*) AS answers
FROM d_index_answers WHERE answer_weight IS NOT NULL
GROUP BY ALL
;
CREATE OR REPLACE TEMP TABLE e_score_facts AS
WITH grid AS (
  SELECT a.year, a.unit_code, a.bloc, a.version, c.field_code, c.criterion_code, c.sub_criterion_code,
         c.assessment, c.max_points
  FROM d_assessed a
  JOIN d_scored s ON s.year = a.year AND s.unit_code = a.unit_code
  JOIN raw_criteria c ON c.version = a.version AND c.bloc = a.bloc AND c.sub_criterion_code IS NOT NULL
), joined AS (
  SELECT g.*, ss.points AS self_points, ss.applicable AS self_applicable,
         ss.batch_id AS s_batch, ss.source_file AS s_file, ss.source_row AS s_row,
         r1.points AS r1_points, r1.batch_id AS r1_batch, r1.source_file AS r1_file, r1.source_row AS r1_row,
         r2.points AS r2_points, r2.batch_id AS r2_batch, r2.source_file AS r2_file, r2.source_row AS r2_row,
         sv.share, sv.answers,
         CASE WHEN g.assessment = 'SURVEY' THEN true ELSE coalesce(ss.applicable, true) END AS applicable
  FROM grid g
  LEFT JOIN raw_self_scores ss ON ss.year = g.year AND ss.unit_code = g.unit_code
    AND ss.sub_criterion_code = g.sub_criterion_code
  LEFT JOIN raw_appraisals r1 ON r1.year = g.year AND r1.unit_code = g.unit_code
    AND r1.sub_criterion_code = g.sub_criterion_code AND r1.round = 1
  LEFT JOIN raw_appraisals r2 ON r2.year = g.year AND r2.unit_code = g.unit_code
    AND r2.sub_criterion_code = g.sub_criterion_code AND r2.round = 2
  LEFT JOIN d_survey sv ON sv.year = g.year AND sv.unit_code = g.unit_code AND sv.version = g.version
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
SELECT year, unit_code, bloc, version, field_code, criterion_code, sub_criterion_code, assessment, max_points,
       applicable, self_points, r1_points AS appraisal_r1_points, r2_points AS appraisal_r2_points,
       CASE WHEN assessment = 'SURVEY' THEN max_points * share END AS survey_points,
       CAST(answers AS INTEGER) AS survey_answers,
       CASE src WHEN 'NOT_APPLICABLE' THEN NULL WHEN 'SURVEY' THEN max_points * share
                WHEN 'APPRAISAL_R2' THEN r2_points WHEN 'APPRAISAL_R1' THEN r1_points
                WHEN 'SELF_PROVISIONAL' THEN self_points ELSE 0.0 END AS final_points,
       src AS score_source, src = 'SELF_PROVISIONAL' AS provisional,
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
  SELECT year, unit_code, bloc, version,
    ssum(CASE WHEN applicable AND assessment = 'SELF' THEN coalesce(self_points, 0) ELSE 0 END) AS self_total,
    ssum(CASE WHEN applicable AND assessment = 'SELF' THEN final_points ELSE 0 END) AS appraised_total,
    ssum(CASE WHEN applicable AND assessment <> 'SELF' THEN final_points ELSE 0 END) AS survey_total,
    ssum(CASE WHEN applicable THEN max_points ELSE 0 END) AS applicable_max,
    count(*) FILTER (WHERE applicable) AS n_applicable,
    count(*) FILTER (WHERE applicable AND score_source IN ('APPRAISAL_R1', 'APPRAISAL_R2', 'SURVEY')) AS n_final,
    bool_or(provisional) AS provisional
  FROM e_score_facts GROUP BY year, unit_code, bloc, version
), adj AS (
  SELECT year, unit_code, ssum(CASE WHEN kind = 'BONUS' THEN points ELSE 0 END) AS bonus,
         ssum(CASE WHEN kind = 'PENALTY' THEN points ELSE 0 END) AS penalty
  FROM raw_adjustments GROUP BY year, unit_code
), scored AS (
  SELECT t.*, u.name AS unit_name, coalesce(a.bonus, 0.0) AS bonus_points, coalesce(a.penalty, 0.0) AS penalty_points,
         t.appraised_total + t.survey_total + coalesce(a.bonus, 0.0) - coalesce(a.penalty, 0.0) AS total_points
  FROM totals t LEFT JOIN adj a ON a.year = t.year AND a.unit_code = t.unit_code
  JOIN raw_units u ON u.unit_code = t.unit_code
  WHERE t.applicable_max > 0
), pct AS (
  SELECT *, total_points / applicable_max * 100 AS index_pct FROM scored
), rounded AS (
  SELECT *, round2(index_pct) AS index_pct_rounded FROM pct
)
SELECT year, unit_code, unit_name, bloc, version, self_total, appraised_total, survey_total, bonus_points,
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
  WHERE applicable AND EXISTS (SELECT 1 FROM e_index_scores i WHERE i.year = s.year AND i.unit_code = s.unit_code)
), g AS (
  SELECT year, unit_code, bloc, version, 'FIELD' AS level, field_code, CAST(NULL AS VARCHAR) AS criterion_code,
         field_code AS code, ssum(final_points) AS points, ssum(max_points) AS max_points
  FROM f GROUP BY year, unit_code, bloc, version, field_code
  UNION ALL
  SELECT year, unit_code, bloc, version, 'CRITERION', field_code, criterion_code, criterion_code,
         ssum(final_points), ssum(max_points)
  FROM f GROUP BY year, unit_code, bloc, version, field_code, criterion_code
), named AS (
  SELECT g.*, coalesce(n.name, g.code) AS name,
         CASE WHEN g.max_points > 0 THEN g.points / g.max_points * 100 END AS pct
  FROM g LEFT JOIN raw_criteria n ON n.sub_criterion_code IS NULL AND n.version = g.version AND n.bloc = g.bloc
    AND coalesce(n.criterion_code, n.field_code) = g.code
)
SELECT year, unit_code, bloc, version, level, field_code, criterion_code, code, name, points, max_points, pct,
       CASE WHEN pct IS NOT NULL THEN CAST(rank() OVER (PARTITION BY year, bloc, level, code, pct IS NULL
         ORDER BY round2(pct) DESC) AS INTEGER) END AS rank_in_bloc
FROM named
;
CREATE OR REPLACE TEMP TABLE d_as_is AS
WITH RECURSIVE cur AS (
  SELECT unit_code, bloc FROM e_index_scores WHERE year = (SELECT max(year) FROM e_index_scores)
), yrs AS (
  SELECT DISTINCT year FROM e_index_scores
), walk(root, bloc, year, node, weight, depth, done) AS (
  SELECT c.unit_code, c.bloc, y.year, c.unit_code, 1.0::DOUBLE, 0, false FROM cur c, yrs y
  UNION ALL
  SELECT w.root, w.bloc, w.year, l.from_code, w.weight * coalesce(l.share, 1.0), w.depth + 1, l.from_code = w.node
  FROM walk w JOIN raw_unit_lineage l ON l.to_code = w.node AND l.effective_date > make_date(w.year, 12, 31)
  WHERE NOT w.done AND w.depth < 32
), leaves AS (
  SELECT w.*, i.index_pct AS v
  FROM walk w LEFT JOIN e_index_scores i ON i.year = w.year AND i.unit_code = w.node
  WHERE w.done OR NOT EXISTS (SELECT 1 FROM raw_unit_lineage l
                              WHERE l.to_code = w.node AND l.effective_date > make_date(w.year, 12, 31))
), restated AS (
  SELECT root AS unit_code, bloc, year,
         ssum(CASE WHEN v IS NOT NULL THEN weight * v END) / ssum(CASE WHEN v IS NOT NULL THEN weight END) AS index_pct,
         count(*) FILTER (WHERE node <> root) > 0 AS restated,
         count(*) FILTER (WHERE v IS NULL) > 0 AS partial,
         string_agg(node || ':' || printf('%.4f', weight), ';' ORDER BY node || ':' || printf('%.4f', weight))
           FILTER (WHERE v IS NOT NULL) AS parts
  FROM leaves GROUP BY root, bloc, year
  HAVING ssum(CASE WHEN v IS NOT NULL THEN weight END) > 0
)
SELECT 'AS_IS' AS basis, r.unit_code, r.year, r.bloc, v.version, r.index_pct,
       CAST(rank() OVER (PARTITION BY r.year, r.bloc ORDER BY round2(r.index_pct) DESC) AS INTEGER) AS rank_in_bloc,
       r.restated, r.partial, CASE WHEN r.restated THEN r.parts END AS restated_from
FROM restated r JOIN raw_methodology_versions v ON r.year >= v.from_year AND (v.to_year IS NULL OR r.year <= v.to_year)
;
CREATE OR REPLACE TEMP TABLE e_index_trends AS
WITH was AS (
  SELECT 'AS_WAS' AS basis, unit_code, year, bloc, version, index_pct, rank_in_bloc, false AS restated,
         false AS partial, CAST(NULL AS VARCHAR) AS restated_from
  FROM e_index_scores
), rows_ AS (SELECT * FROM was UNION ALL SELECT * FROM d_as_is
), paired AS (
  SELECT c.*, p.index_pct AS previous_index_pct, p.rank_in_bloc AS previous_rank, p.version AS previous_version
  FROM rows_ c LEFT JOIN rows_ p ON p.basis = c.basis AND p.unit_code = c.unit_code AND p.year = c.year - 1
), lineage_reason AS (
  SELECT to_code AS unit_code, year(effective_date) AS year,
         CASE max(CASE kind WHEN 'MERGE' THEN 3 WHEN 'SPLIT' THEN 2 ELSE 1 END)
           WHEN 3 THEN 'UNIT_MERGED' WHEN 2 THEN 'UNIT_SPLIT' ELSE 'UNIT_RENAMED' END AS reason
  FROM raw_unit_lineage GROUP BY to_code, year(effective_date)
), reasoned AS (
  SELECT p.*,
    CASE WHEN p.basis = 'AS_WAS' THEN
      CASE WHEN lr.reason IS NOT NULL THEN lr.reason
           WHEN p.previous_index_pct IS NULL AND u.valid_from > make_date(p.year - 1, 12, 31) THEN 'UNIT_CREATED'
           WHEN p.previous_index_pct IS NULL THEN 'NO_PREVIOUS_VALUE'
           WHEN p.previous_version <> p.version THEN 'METHODOLOGY_CHANGED' END
    ELSE
      CASE WHEN p.previous_index_pct IS NULL THEN 'NO_PREVIOUS_VALUE'
           WHEN p.previous_version <> p.version THEN 'METHODOLOGY_CHANGED' END
    END AS comparability_reason
  FROM paired p
  LEFT JOIN lineage_reason lr ON lr.unit_code = p.unit_code AND lr.year = p.year
  LEFT JOIN raw_units u ON u.unit_code = p.unit_code
)
SELECT basis, unit_code, year, bloc, version, index_pct, rank_in_bloc, previous_index_pct,
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
       (SELECT t.unit_code FROM e_index_trends t WHERE t.basis = c.basis AND t.year = c.year AND t.bloc = c.bloc
          AND t.change_pp > 0 ORDER BY t.change_pp DESC, t.unit_code LIMIT 1) AS largest_rise_unit,
       (SELECT max(t.change_pp) FROM e_index_trends t WHERE t.basis = c.basis AND t.year = c.year AND t.bloc = c.bloc
          AND t.change_pp > 0) AS largest_rise_pp,
       (SELECT t.unit_code FROM e_index_trends t WHERE t.basis = c.basis AND t.year = c.year AND t.bloc = c.bloc
          AND t.change_pp < 0 ORDER BY t.change_pp ASC, t.unit_code LIMIT 1) AS largest_fall_unit,
       (SELECT min(t.change_pp) FROM e_index_trends t WHERE t.basis = c.basis AND t.year = c.year AND t.bloc = c.bloc
          AND t.change_pp < 0) AS largest_fall_pp
FROM c LEFT JOIN g p ON p.basis = c.basis AND p.bloc = c.bloc AND p.year = c.year - 1
;
CREATE OR REPLACE TEMP TABLE e_criterion_heatmap AS
SELECT year, bloc, unit_code, version, field_code, criterion_code, name AS criterion_name, points, max_points,
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
    ON b.weak AND b.year = h.year - 1 AND b.unit_code = h.unit_code AND b.criterion_code = h.criterion_code
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
  SELECT year, unit_code, bloc, 'UNIT' AS level, '*' AS field_code, ssum(self_points) AS self_points,
         ssum(final_points) AS appraised_points FROM items GROUP BY year, unit_code, bloc
  UNION ALL
  SELECT year, unit_code, bloc, 'FIELD', field_code, ssum(self_points), ssum(final_points)
  FROM items GROUP BY year, unit_code, bloc, field_code
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
SELECT year, unit_code, bloc, level, field_code, self_points, appraised_points, gap_points, gap_pct, modified_z,
       q1 AS q1_pct, q3 AS q3_pct, (z_out IS NOT NULL OR iqr_out IS NOT NULL) AS outlier,
       CASE WHEN z_out IS NOT NULL OR iqr_out IS NOT NULL THEN concat_ws(';', z_out, iqr_out) END AS outlier_reason
FROM f
;
CREATE OR REPLACE TEMP TABLE e_satisfaction AS
WITH a AS (
  SELECT r.year, r.unit_code, r.survey_code, q.component, r.respondent_id, r.weight,
         TRY_CAST(trim(r.answer) AS INTEGER) AS score
  FROM raw_survey_responses r JOIN raw_survey_questions q USING (survey_code, question_code)
  WHERE q.survey_code LIKE 'SIPAS-%' AND q.scale = 'LIKERT5'
), ok AS (SELECT * FROM a WHERE score BETWEEN 1 AND 5
), both_ AS (SELECT * FROM ok UNION ALL SELECT year, unit_code, survey_code, 'OVERALL', respondent_id, weight, score FROM ok
), s AS (
  SELECT year, unit_code, survey_code, component, CAST(count(DISTINCT respondent_id) AS INTEGER) AS respondents,
         CAST(count(*) AS INTEGER) AS answers,
         ssum(CASE WHEN score >= 4 THEN weight ELSE 0.0 END) / ssum(weight) AS p,
         ssum(weight * score) / ssum(weight) AS mean_score
  FROM both_ GROUP BY year, unit_code, survey_code, component
), designs AS (
  SELECT year, min(survey_code) AS design FROM ok GROUP BY year
), breaks AS (
  SELECT d.year, coalesce(p.design IS NOT NULL AND p.design <> d.design, false) AS design_break
  FROM designs d LEFT JOIN designs p ON p.year = d.year - 1
), w AS (
  SELECT s.*, 1.959963984540054 AS z FROM s
)
SELECT w.year, unit_code, survey_code, component, respondents, answers, p * 100 AS satisfied_pct, mean_score,
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
  SELECT f.*, i.year, i.unit_code, coalesce(i.end_date, i.start_date) AS closed_on,
         CASE WHEN f.remediated_on <= DATE '${as_of}' THEN f.remediated_on END AS remediated
  FROM raw_findings f JOIN raw_inspections i USING (inspection_id)
)
SELECT *, remediated IS NOT NULL AND remediated <= due_date AS on_time,
       remediated IS NOT NULL AND remediated > due_date AS late, remediated IS NULL AS is_open,
       remediated IS NULL AND due_date < DATE '${as_of}' AS overdue,
       CASE WHEN remediated IS NOT NULL THEN CAST(greatest(0, remediated - closed_on) AS DOUBLE) END AS days
FROM f
;
CREATE OR REPLACE TEMP TABLE e_inspection_outcomes AS
SELECT year, unit_code, field_code, CAST(count(*) AS INTEGER) AS findings,
       CAST(count(*) FILTER (WHERE on_time) AS INTEGER) AS remediated_on_time,
       CAST(count(*) FILTER (WHERE late) AS INTEGER) AS remediated_late,
       CAST(count(*) FILTER (WHERE is_open) AS INTEGER) AS open_findings,
       CAST(count(*) FILTER (WHERE overdue) AS INTEGER) AS overdue,
       quantile_cont(days, 0.5) AS median_days_to_remediate, DATE '${as_of}' AS as_of_date
FROM d_finding_status GROUP BY year, unit_code, field_code
;
CREATE OR REPLACE TEMP TABLE e_inspection_targets AS
WITH latest AS (
  SELECT * FROM e_index_scores WHERE year = (SELECT max(year) FROM e_index_scores)
), weak AS (
  SELECT year, unit_code, count(*) AS n, string_agg(criterion_code, ', ' ORDER BY criterion_code) AS codes
  FROM e_criterion_heatmap WHERE weak GROUP BY year, unit_code
), sat AS (
  SELECT unit_code, arg_max(year, year) AS sat_year, arg_max(satisfied_pct, year) AS satisfied_pct
  FROM e_satisfaction WHERE component = 'OVERALL' GROUP BY unit_code
), fin AS (
  SELECT unit_code, count(*) FILTER (WHERE is_open AND NOT overdue) AS open_not_due,
         count(*) FILTER (WHERE overdue) AS overdue
  FROM d_finding_status GROUP BY unit_code
), insp AS (
  SELECT unit_code, max(year) AS last_inspected FROM raw_inspections GROUP BY unit_code
), j AS (
  SELECT l.year + 1 AS plan_year, l.unit_code, l.unit_name, l.bloc, l.year AS index_year, l.index_pct,
         l.index_pct_rounded, l.rank_in_bloc, l.units_ranked, coalesce(w.n, 0) AS weak_criteria, w.codes,
         s.sat_year, s.satisfied_pct, coalesce(f.open_not_due, 0) AS open_not_due, coalesce(f.overdue, 0) AS overdue,
         i.last_inspected
  FROM latest l LEFT JOIN weak w ON w.year = l.year AND w.unit_code = l.unit_code
  LEFT JOIN sat s ON s.unit_code = l.unit_code LEFT JOIN fin f ON f.unit_code = l.unit_code
  LEFT JOIN insp i ON i.unit_code = l.unit_code
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
SELECT plan_year, unit_code, unit_name, bloc, index_year, index_pct, score_low_index, score_failing_criteria,
       score_low_satisfaction, score_findings, score_since_inspection, total_score,
       CAST(rank() OVER (PARTITION BY plan_year ORDER BY total_score DESC) AS INTEGER) AS priority_rank,
       concat_ws('; ',
         CASE WHEN score_low_index > 0 THEN printf('Chỉ số CCHC năm %d đạt %.2f%%, xếp hạng %d/%d trong khối (thuộc nhóm 25%% thấp nhất)',
           index_year, index_pct_rounded, rank_in_bloc, units_ranked) END,
         CASE WHEN weak_criteria > 0 THEN printf('%d tiêu chí đạt dưới %s%% số điểm: %s', weak_criteria,
           '${weakness_threshold_label}', codes) END,
         CASE WHEN score_low_satisfaction > 0 THEN printf('Tỷ lệ hài lòng năm %d chỉ đạt %.2f%% (ngưỡng %s%%)',
           sat_year, satisfied_pct, '${low_satisfaction_label}') END,
         CASE WHEN score_findings > 0 THEN printf('Còn %d tồn tại chưa khắc phục, trong đó %d quá hạn',
           open_not_due + overdue, overdue) END,
         CASE WHEN last_inspected IS NULL THEN 'Chưa được kiểm tra lần nào'
              ELSE printf('Lần kiểm tra gần nhất năm %d', last_inspected) END) AS reasons_vi
FROM tot
;
CREATE OR REPLACE TEMP TABLE e_data_quality AS
SELECT 'UNIT_NO_SCORES' AS rule, 'ERROR' AS severity, a.year, a.unit_code, CAST(NULL AS VARCHAR) AS sub_criterion_code,
       printf('Đơn vị không có điểm tự đánh giá hay thẩm định nào năm %d: không tính chỉ số', a.year) AS detail_vi
FROM d_assessed a WHERE NOT EXISTS (SELECT 1 FROM d_scored s WHERE s.year = a.year AND s.unit_code = a.unit_code)
UNION ALL
SELECT 'MISSING_ROUND1', 'WARNING', year, unit_code, sub_criterion_code,
       'Điểm tự đánh giá ' || CAST(self_points AS VARCHAR) || ' chưa được thẩm định: tạm tính điểm tự chấm, chỉ số của đơn vị là tạm tính'
FROM e_score_facts WHERE score_source = 'SELF_PROVISIONAL'
UNION ALL
SELECT 'MISSING_SELF_SCORE', 'ERROR', year, unit_code, sub_criterion_code,
       'Không có điểm tự đánh giá hay thẩm định: tính 0 điểm'
FROM e_score_facts WHERE score_source = 'MISSING'
UNION ALL
SELECT 'SURVEY_NO_ANSWERS', 'ERROR', year, unit_code, sub_criterion_code,
       'Tiêu chí đánh giá qua điều tra xã hội học không có câu trả lời: tính 0 điểm'
FROM e_score_facts WHERE score_source = 'NO_ANSWERS'
UNION ALL
SELECT 'APPRAISED_ABOVE_MAX', 'ERROR', year, unit_code, sub_criterion_code,
       'Điểm thẩm định vượt điểm tối đa ' || CAST(max_points AS VARCHAR)
FROM e_score_facts WHERE appraisal_r1_points > max_points + 1e-9 OR appraisal_r2_points > max_points + 1e-9
UNION ALL
SELECT 'ROUND2_WITHOUT_ROUND1', 'WARNING', r2.year, r2.unit_code, r2.sub_criterion_code,
       'Có điểm thẩm định lần 2 (' || CAST(r2.points AS VARCHAR) || ') nhưng không có lần 1; dùng điểm lần 2'
FROM raw_appraisals r2 WHERE r2.round = 2 AND NOT EXISTS (SELECT 1 FROM raw_appraisals r1 WHERE r1.round = 1
  AND r1.year = r2.year AND r1.unit_code = r2.unit_code AND r1.sub_criterion_code = r2.sub_criterion_code)
UNION ALL
SELECT 'SURVEY_UNKNOWN_ANSWER', 'ERROR', year, unit_code, sub_criterion_code,
       printf('%d câu trả lời không thuộc các phương án của câu hỏi: bỏ qua', count(*))
FROM d_index_answers WHERE answer_weight IS NULL GROUP BY year, unit_code, sub_criterion_code
UNION ALL
SELECT 'NO_BAND_SCALE', 'WARNING', i.year, i.unit_code, NULL,
       printf('Phiên bản %s không có thang xếp loại cho khối %s: không xếp loại', i.version, i.bloc)
FROM e_index_scores i WHERE NOT EXISTS (SELECT 1 FROM raw_bands b WHERE b.version = i.version AND b.bloc = i.bloc)
;
