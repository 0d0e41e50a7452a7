package vn.cchc.model.survey;

/**
 * What a survey code ({@code survey_code} of {@code survey_questions} and {@code survey_responses})
 * says about its survey. Only the prefix matters, compared as written (case-sensitive):
 *
 * <ul>
 *   <li>{@value #SIPAS_PREFIX}… (e.g. {@code SIPAS-2022}): a SIPAS satisfaction survey; its LIKERT5
 *       answers feed the {@code satisfaction} mart;
 *   <li>{@value #INDEX_SURVEY_PREFIX}&lt;version&gt; (e.g. {@code DTXHH-V2022}): the sociological
 *       survey of the index (điều tra xã hội học); its answers give the SURVEY sub-criteria of
 *       methodology version &lt;version&gt; their points in {@code score_facts}.
 * </ul>
 *
 * A code with neither prefix is stored but feeds no mart.
 */
public final class SurveyCodes {
  /** Prefix of the SIPAS satisfaction surveys' codes. */
  public static final String SIPAS_PREFIX = "SIPAS-";

  /** Prefix of the index surveys' codes; the rest of the code is the methodology version. */
  public static final String INDEX_SURVEY_PREFIX = "DTXHH-";

  private SurveyCodes() {}
}
