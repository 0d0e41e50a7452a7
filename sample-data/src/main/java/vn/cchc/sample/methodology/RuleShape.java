package vn.cchc.sample.methodology;

/** The scoring rules the sample uses, each turning a share of work done into admissible points. */
public enum RuleShape {
  /** LEVELS:max|max/2|0: done on time, late or incomplete, missing. */
  LEVELS3,
  /** LEVELS:max|0: done or not. */
  LEVELS2,
  /** THRESHOLD:90%=max|70%=max/2|0%=0. */
  THRESHOLD3,
  /** Any value from 0 to max. */
  PROPORTIONAL,
  /** From survey answers. */
  SURVEY
}
