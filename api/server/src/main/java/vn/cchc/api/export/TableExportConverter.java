package vn.cchc.api.export;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cchc.query.QueryResult;
import vn.cchc.query.export.TableCsv;
import vn.cchc.query.export.TableXlsx;

/**
 * Writes any list endpoint's {@link QueryResult} as a CSV or XLSX download when the request says
 * {@code ?format=csv|xlsx}; the file is named after the endpoint and its year and bloc.
 */
public abstract class TableExportConverter extends AbstractHttpMessageConverter<QueryResult> {
  public static final MediaType CSV =
      MediaType.parseMediaType(TableCsv.MEDIA_TYPE + ";charset=UTF-8");
  public static final MediaType XLSX = MediaType.parseMediaType(TableXlsx.MEDIA_TYPE);

  private final String extension;

  TableExportConverter(MediaType type, String extension) {
    super(type);
    this.extension = extension;
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return QueryResult.class.isAssignableFrom(clazz);
  }

  @Override
  protected boolean canRead(MediaType mediaType) {
    return false;
  }

  @Override
  protected QueryResult readInternal(Class<? extends QueryResult> clazz, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("Tables are not read", input);
  }

  @Override
  protected void writeInternal(QueryResult table, HttpOutputMessage out) throws IOException {
    String name = fileName();
    out.getHeaders()
        .setContentDisposition(
            ContentDisposition.attachment()
                .filename(name + "." + extension, StandardCharsets.UTF_8)
                .build());
    write(table, name, out);
  }

  abstract void write(QueryResult table, String name, HttpOutputMessage out) throws IOException;

  static String fileName() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return "cchc";
    }
    HttpServletRequest r = attrs.getRequest();
    StringBuilder name = new StringBuilder("cchc-");
    name.append(
        r.getRequestURI().replaceFirst("^.*/api/v1/", "").replaceAll("[^A-Za-z0-9_-]+", "-"));
    for (String p :
        List.of("year", "plan_year", "bloc", "basis", "level", "unit", "field", "status")) {
      String v = r.getParameter(p);
      if (v != null && v.matches("[A-Za-z0-9_.@-]{1,32}")) {
        name.append('-').append(v.toLowerCase(Locale.ROOT).replace('@', '-'));
      }
    }
    return name.toString();
  }

  /** {@code ?format=csv}. */
  public static final class Csv extends TableExportConverter {
    public Csv() {
      super(CSV, "csv");
    }

    @Override
    void write(QueryResult table, String name, HttpOutputMessage out) throws IOException {
      TableCsv.write(table, out.getBody());
    }
  }

  /** {@code ?format=xlsx}. */
  public static final class Xlsx extends TableExportConverter {
    public Xlsx() {
      super(XLSX, "xlsx");
    }

    @Override
    void write(QueryResult table, String name, HttpOutputMessage out) throws IOException {
      TableXlsx.write(table, name, out.getBody());
    }
  }
}
