package vn.cchc.transforms;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.appraisal.AppraisalGaps;
import vn.cchc.transforms.component.ComponentScores;
import vn.cchc.transforms.heatmap.CriterionHeatmap;
import vn.cchc.transforms.heatmap.CriterionWeakness;
import vn.cchc.transforms.index.IndexScores;
import vn.cchc.transforms.index.ScoreFacts;
import vn.cchc.transforms.inspection.InspectionOutcomes;
import vn.cchc.transforms.inspection.InspectionTargets;
import vn.cchc.transforms.quality.DataQuality;
import vn.cchc.transforms.release.ReleaseInfo;
import vn.cchc.transforms.release.ReleasePublisher;
import vn.cchc.transforms.survey.Satisfaction;
import vn.cchc.transforms.trend.IndexTrends;
import vn.cchc.transforms.trend.TrendSummaries;

/** Reads the committed snapshot, calls the mart functions, publishes a release. Nothing else. */
public final class TransformJob {
  private final TransformConfig config;

  public TransformJob(TransformConfig config) {
    this.config = config;
  }

  public ReleaseInfo run(SparkSession spark) {
    WarehouseLayout layout = new WarehouseLayout(config.warehouse());
    String snapshotId = committedSnapshot(layout);
    TransformInputs in = WarehouseReader.read(spark, layout.snapshotDir(snapshotId));
    Map<TableSchema, Dataset<Row>> marts = computeMarts(in, config);
    return new ReleasePublisher(layout, Clock.systemUTC())
        .publish(snapshotId, config.asOf(), marts, config.keepReleases());
  }

  /** The snapshot a transform reads now; refuses a warehouse nothing was ever ingested into. */
  public static String committedSnapshot(WarehouseLayout layout) {
    return layout
        .currentSnapshotId()
        .orElseThrow(
            () ->
                new CchcException(
                    ErrorCode.NOT_FOUND,
                    "Không thể chạy biến đổi: kho "
                        + layout.root()
                        + " chưa có dữ liệu nạp (thiếu ingest/CURRENT)"));
  }

  /**
   * Every mart of {@link MartTables#ALL}, in that order, from the inputs. Marts that feed others
   * are checkpointed locally: later marts then plan against a small materialised relation instead
   * of the whole lineage of joins before it.
   */
  public static Map<TableSchema, Dataset<Row>> computeMarts(
      TransformInputs in, TransformConfig config) {
    Map<TableSchema, Dataset<Row>> marts = new LinkedHashMap<>();
    Dataset<Row> scoreFacts = ScoreFacts.compute(in).localCheckpoint();
    Dataset<Row> indexScores = IndexScores.compute(scoreFacts, in).localCheckpoint();
    Dataset<Row> componentScores =
        ComponentScores.compute(scoreFacts, indexScores, in).localCheckpoint();
    Dataset<Row> indexTrends = IndexTrends.compute(indexScores, in).localCheckpoint();
    Dataset<Row> heatmap =
        CriterionHeatmap.compute(componentScores, config.weaknessThresholdPct()).localCheckpoint();
    Dataset<Row> satisfaction =
        Satisfaction.compute(in, config.smallSampleRespondents()).localCheckpoint();
    marts.put(MartTables.SCORE_FACTS, scoreFacts);
    marts.put(MartTables.INDEX_SCORES, indexScores);
    marts.put(MartTables.COMPONENT_SCORES, componentScores);
    marts.put(MartTables.INDEX_TRENDS, indexTrends);
    marts.put(MartTables.TREND_SUMMARIES, TrendSummaries.compute(indexTrends));
    marts.put(MartTables.CRITERION_HEATMAP, heatmap);
    marts.put(
        MartTables.CRITERION_WEAKNESS,
        CriterionWeakness.compute(heatmap, config.weaknessThresholdPct()));
    marts.put(MartTables.APPRAISAL_GAPS, AppraisalGaps.compute(scoreFacts));
    marts.put(MartTables.SATISFACTION, satisfaction);
    marts.put(MartTables.INSPECTION_OUTCOMES, InspectionOutcomes.compute(in, config.asOf()));
    marts.put(
        MartTables.INSPECTION_TARGETS,
        InspectionTargets.compute(indexScores, heatmap, satisfaction, in, config));
    marts.put(MartTables.DATA_QUALITY, DataQuality.compute(in, scoreFacts, indexScores));
    return marts;
  }
}
