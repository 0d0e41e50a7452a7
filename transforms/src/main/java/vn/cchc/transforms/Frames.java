package vn.cchc.transforms;

import java.util.List;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Java-side glue for Spark's Scala signatures. */
public final class Frames {
  private Frames() {}

  /** Join columns for {@code Dataset.join(other, using(...), joinType)}. */
  public static Seq<String> using(String... columns) {
    return CollectionConverters.asScala(List.of(columns)).toSeq();
  }
}
