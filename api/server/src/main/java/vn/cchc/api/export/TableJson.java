package vn.cchc.api.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.jackson.JsonComponent;
import vn.cchc.query.QueryResult;

/** A list in JSON: {@code {"columns": […], "count": n, "truncated": false, "rows": [{…}, …]}}. */
@JsonComponent
public class TableJson extends StdSerializer<QueryResult> {
  private static final long serialVersionUID = 1L;

  public TableJson() {
    super(QueryResult.class);
  }

  @Override
  public void serialize(QueryResult table, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeArrayFieldStart("columns");
    for (String c : table.columns()) {
      gen.writeString(c);
    }
    gen.writeEndArray();
    gen.writeNumberField("count", table.size());
    gen.writeBooleanField("truncated", table.truncated());
    gen.writeArrayFieldStart("rows");
    for (List<Object> row : table.rows()) {
      gen.writeStartObject();
      for (int i = 0; i < row.size(); i++) {
        gen.writeFieldName(table.columns().get(i));
        provider.defaultSerializeValue(row.get(i), gen);
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
