package vn.cchc.sample.methodology;

import java.util.List;

/**
 * The shape of the methodology before points are allotted: fields, criteria and sub-criteria with
 * their scope.
 */
final class Template {
  private Template() {}

  /**
   * Which versions ('0' = V2020, '2' = V2022, '5' = V2025) and blocs ('S', 'H', 'X') a node belongs
   * to.
   */
  record Scope(String versions, String blocs) {
    static final Scope ALL = new Scope("025", "SHX");

    boolean covers(char version, char bloc) {
      return versions.indexOf(version) >= 0 && blocs.indexOf(bloc) >= 0;
    }
  }

  /**
   * A sub-criterion.
   *
   * @param difficulty how much harder than average units find it (0 = average, 0.2 = weak
   *     province-wide)
   */
  record Sub(String name, boolean survey, Scope scope, double difficulty) {
    Sub only(String blocs) {
      return new Sub(name, survey, new Scope(scope.versions(), blocs), difficulty);
    }

    Sub in(String versions) {
      return new Sub(name, survey, new Scope(versions, scope.blocs()), difficulty);
    }

    Sub weak() {
      return new Sub(name, survey, scope, 0.15);
    }
  }

  record Criterion(String name, Scope scope, List<Sub> subs) {
    Criterion only(String blocs) {
      return new Criterion(name, new Scope(scope.versions(), blocs), subs);
    }

    Criterion in(String versions) {
      return new Criterion(name, new Scope(versions, scope.blocs()), subs);
    }
  }

  /**
   * A field with its name per version and its maximum points per version.
   *
   * @param difficulty added to every sub-criterion of the field
   */
  record Field(
      String code,
      List<String> names,
      List<Integer> maxPoints,
      double difficulty,
      List<Criterion> criteria) {
    String name(int versionIndex) {
      return names.get(versionIndex);
    }
  }

  static Sub self(String name) {
    return new Sub(name, false, Scope.ALL, 0);
  }

  static Sub survey(String name) {
    return new Sub(name, true, Scope.ALL, 0);
  }

  static Criterion criterion(String name, Sub... subs) {
    return new Criterion(name, Scope.ALL, List.of(subs));
  }
}
