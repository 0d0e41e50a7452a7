package vn.cchc.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.cchc.model.appraisal.GapLevel;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.catalog.CatalogConnections;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * Every query of the query layer runs on a {@link DeclaredCatalog}, so a query that names a table
 * or column no schema declares fails here, named, without building a warehouse. The queries are
 * found, not listed: every public method of every class of {@code vn.cchc.query} built on a {@link
 * QueryExecutor} (the {@code *Queries} classes and {@link Dimensions}), called with a value for
 * every argument and again with each object argument null (a method that refuses the null is
 * skipped for it), and every SQL constant ({@link UnitSql#VERSIONS} …).
 *
 * <p>The catalog holds no data but three rows: the lookups that refuse an unknown year, methodology
 * version or unit (and would stop a method before its own SQL) find {@link #YEAR}, V2022 and {@link
 * #UNIT_KEY}.
 */
class QueriesAgainstSchemasTest {
  /**
   * How many queries the layer had when this test was written; fewer found means the discovery
   * broke.
   */
  static final int KNOWN_QUERIES = 43;

  static final int YEAR = 2025;
  static final String UNIT_KEY = "30307@2025-07-01";

  /**
   * The value every argument of a type gets; a method taking another type fails the test until one
   * is added.
   */
  static final Map<Class<?>, Object> ARGUMENTS =
      Map.of(
          int.class,
          YEAR,
          Integer.class,
          YEAR,
          boolean.class,
          true,
          String.class,
          UNIT_KEY,
          Bloc.class,
          Bloc.XA,
          Basis.class,
          Basis.AS_WAS,
          GapLevel.class,
          GapLevel.UNIT,
          double.class,
          80.0);

  private static final Pattern SQL = Pattern.compile("(?is)\\(?\\s*(SELECT|WITH)\\b.*");

  static DeclaredCatalog catalog;

  @BeforeAll
  static void declaredCatalog() throws SQLException {
    catalog = DeclaredCatalog.create();
    catalog.exec(
        "INSERT INTO raw_methodology_versions (version, name, legal_basis, from_year, to_year)"
            + " VALUES ('V2022', 'Bộ chỉ số CCHC', '103/QĐ-UBND', 2022, NULL)");
    catalog.exec(
        "INSERT INTO raw_units (unit_code, name, bloc, parent_code, valid_from, valid_to)"
            + " VALUES ('30307', 'Phường Long Xuyên', 'XA', '91', DATE '2025-07-01', NULL)");
    catalog.exec(
        "INSERT INTO index_scores (year, unit_code, unit_key, unit_name, bloc, version)"
            + " VALUES (2025, '30307', '30307@2025-07-01', 'Phường Long Xuyên', 'XA', 'V2022')");
  }

  @AfterAll
  static void close() throws SQLException {
    catalog.close();
  }

  @TestFactory
  Stream<DynamicTest> everyQueryBindsOnTheDeclaredSchemas() {
    return queries().stream().map(query -> DynamicTest.dynamicTest(query.name(), query::check));
  }

  @Test
  void theDiscoveryFindsEveryQuery() {
    List<String> found = queries().stream().map(Query::of).distinct().toList();
    assertThat(found).as("queries found: %s", found).hasSizeGreaterThanOrEqualTo(KNOWN_QUERIES);
    assertThat(found)
        .contains(
            "RankingQueries.keyFigures(int, Basis)",
            "UnitQueries.profile(String, Integer)",
            "Dimensions.years()",
            "UnitSql.VERSIONS",
            "InspectionQueries.FINDINGS");
  }

  @Test
  void aQueryNamingAnUndeclaredColumnFailsWithDuckDbsMessage() {
    assertThatThrownBy(() -> catalog.executor().query("SELECT i.index_percent FROM index_scores i"))
        .hasMessageStartingWith(
            "Binder Error: Table \"i\" does not have a column named \"index_percent\"")
        .hasMessageEndingWith("SELECT i.index_percent FROM index_scores i");
  }

  /** The declared catalog is what a release publishes: the same objects, columns and types. */
  @Test
  void theDeclaredCatalogHasTheObjectsAndColumnsOfAPublishedOne() {
    String columns =
        "SELECT table_name, column_name, data_type FROM information_schema.columns"
            + " WHERE table_schema = 'main' ORDER BY table_name, column_name";
    List<List<Object>> published;
    try (CatalogConnections sample = CatalogConnections.open(SampleWarehouse.get())) {
      published = sample.query(columns).rows();
    }
    assertThat(catalog.executor().query(columns).rows()).isEqualTo(published);
  }

  /**
   * One query: a method called with arguments, or an SQL constant; {@code of} names the method or
   * constant.
   */
  record Query(String name, String of, Runnable run) {
    void check() {
      run.run();
    }
  }

  static List<Query> queries() {
    List<Query> queries = new ArrayList<>();
    for (Class<?> c : queryLayerClasses()) {
      executorConstructor(c)
          .ifPresent(
              constructor -> {
                for (Method m : publicMethods(c)) {
                  queries.add(call(constructor, m, NONE_NULL));
                  Class<?>[] types = m.getParameterTypes();
                  for (int i = 0; i < types.length; i++) {
                    if (!types[i].isPrimitive() || types[i] == boolean.class) {
                      queries.add(call(constructor, m, i));
                    }
                  }
                }
              });
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())
            && Modifier.isFinal(f.getModifiers())
            && f.getType() == String.class) {
          f.setAccessible(true);
          String sql = (String) read(f);
          if (SQL.matcher(sql.strip()).matches()) {
            String name = c.getSimpleName() + "." + f.getName();
            String select =
                "SELECT * FROM " + (sql.strip().startsWith("(") ? sql : "(" + sql + ")") + " AS q";
            queries.add(new Query(name, name, () -> catalog.executor().query(select)));
          }
        }
      }
    }
    queries.sort(Comparator.comparing(Query::name));
    return queries;
  }

  private static final int NONE_NULL = -1;

  /**
   * A call with a value for every argument but {@code nulled} (0-based; {@link #NONE_NULL} for
   * none), which is null, or false for a flag: each branch a null argument leaves out of the SQL is
   * then run too.
   */
  private static Query call(Constructor<?> constructor, Method m, int nulled) {
    Class<?>[] types = m.getParameterTypes();
    String signature =
        m.getDeclaringClass().getSimpleName()
            + "."
            + m.getName()
            + "("
            + Arrays.stream(types).map(Class::getSimpleName).collect(Collectors.joining(", "))
            + ")";
    String name =
        nulled == NONE_NULL
            ? signature
            : signature
                + " with argument "
                + (nulled + 1)
                + (types[nulled] == boolean.class ? " false" : " null");
    return new Query(
        name,
        signature,
        () -> {
          Object[] args = new Object[types.length];
          for (int i = 0; i < types.length; i++) {
            args[i] =
                i != nulled
                    ? argument(m, types[i])
                    : types[i] == boolean.class ? Boolean.FALSE : null;
          }
          AtomicInteger ran = new AtomicInteger();
          QueryExecutor counting =
              (sql, params) -> {
                ran.incrementAndGet();
                return catalog.executor().query(sql, params);
              };
          try {
            m.invoke(constructor.newInstance(counting), args);
          } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            assumeFalse(
                nulled != NONE_NULL && cause instanceof NullPointerException,
                signature + " takes no null argument " + (nulled + 1));
            throw new AssertionError(
                name
                    + " with "
                    + Arrays.toString(args)
                    + " fails on the declared schemas: "
                    + cause.getMessage(),
                cause);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot call " + name + ": " + e, e);
          }
          assertThat(ran.get())
              .as("%s runs no query: is it part of the query layer?", name)
              .isPositive();
        });
  }

  private static Object argument(Method m, Class<?> type) {
    if (!ARGUMENTS.containsKey(type)) {
      throw new AssertionError(
          "No argument value for "
              + type.getName()
              + " of "
              + m
              + ": add one to QueriesAgainstSchemasTest.ARGUMENTS");
    }
    return ARGUMENTS.get(type);
  }

  private static Optional<Constructor<?>> executorConstructor(Class<?> c) {
    if (!Modifier.isPublic(c.getModifiers()) || Modifier.isAbstract(c.getModifiers())) {
      return Optional.empty();
    }
    try {
      return Optional.of(c.getConstructor(QueryExecutor.class));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static List<Method> publicMethods(Class<?> c) {
    return Arrays.stream(c.getDeclaredMethods())
        .filter(
            m ->
                Modifier.isPublic(m.getModifiers())
                    && !Modifier.isStatic(m.getModifiers())
                    && !m.isSynthetic())
        .sorted(Comparator.comparing(Method::toGenericString))
        .toList();
  }

  private static Object read(Field f) {
    try {
      return f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError("Cannot read " + f + ": " + e, e);
    }
  }

  /**
   * The classes of {@code vn.cchc.query} and its subpackages, from the directory or jar that holds
   * them.
   */
  static List<Class<?>> queryLayerClasses() {
    String pkg = QueryExecutor.class.getPackageName().replace('.', '/');
    try {
      Path location =
          Path.of(QueryExecutor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return classesUnder(location, location.resolve(pkg));
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return classesUnder(jar.getPath("/"), jar.getPath("/", pkg));
      }
    } catch (IOException | URISyntaxException e) {
      throw new AssertionError("Cannot list the classes of the query layer: " + e, e);
    }
  }

  private static List<Class<?>> classesUnder(Path root, Path dir) throws IOException {
    Function<Path, String> className =
        p ->
            root.relativize(p)
                .toString()
                .replace('/', '.')
                .replace('\\', '.')
                .replaceFirst("\\.class$", "");
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(className)
          .sorted()
          .<Class<?>>map(
              n -> {
                try {
                  return Class.forName(n, false, QueryExecutor.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                  throw new AssertionError("Cannot load " + n, e);
                }
              })
          .toList();
    }
  }
}
