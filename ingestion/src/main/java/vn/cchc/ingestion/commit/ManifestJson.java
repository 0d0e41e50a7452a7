package vn.cchc.ingestion.commit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.ingestion.commit.Manifest.Batch;
import vn.cchc.ingestion.commit.Manifest.Change;
import vn.cchc.ingestion.commit.Manifest.FileEntry;
import vn.cchc.ingestion.commit.Manifest.PartitionState;
import vn.cchc.ingestion.commit.Manifest.TableState;

/**
 * The manifest's JSON, written and read with Jackson's streaming API rather than its object mapper:
 * every ingest reads a manifest as it starts, and binding records by reflection costs a fresh JVM
 * some 600 classes and a few hundred milliseconds. The JSON is what the mapper wrote: snake_case
 * names in the records' order, indented by Jackson's default pretty printer, map keys sorted, null
 * fields left out of a manifest, a batch and a file entry (and written as null elsewhere). Unknown
 * fields are skipped, missing ones read as null or 0.
 */
final class ManifestJson {
  private static final JsonFactory JSON = new JsonFactory();

  private ManifestJson() {}

  static Manifest read(Path file) throws IOException {
    try (JsonParser p = JSON.createParser(file.toFile())) {
      p.nextToken();
      return manifest(p);
    }
  }

  static void write(Manifest m, Path file) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      field(g, "snapshot", m.snapshot());
      field(g, "previous", m.previous());
      if (m.batches() != null) {
        g.writeArrayFieldStart("batches");
        for (Batch b : m.batches()) {
          batch(g, b);
        }
        g.writeEndArray();
      }
      if (m.tables() != null) {
        g.writeObjectFieldStart("tables");
        for (Map.Entry<String, TableState> t : new TreeMap<>(m.tables()).entrySet()) {
          g.writeFieldName(t.getKey());
          tableState(g, t.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    Files.writeString(file, out + "\n");
  }

  private static void batch(JsonGenerator g, Batch b) throws IOException {
    if (b == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    field(g, "batch_id", b.batchId());
    field(g, "committed_at", b.committedAt());
    field(g, "on_error", b.onError());
    if (b.files() != null) {
      g.writeArrayFieldStart("files");
      for (FileEntry f : b.files()) {
        if (f == null) {
          g.writeNull();
          continue;
        }
        g.writeStartObject();
        field(g, "file", f.file());
        field(g, "sheet", f.sheet());
        field(g, "table", f.table());
        field(g, "sha256", f.sha256());
        g.writeNumberField("read", f.read());
        g.writeNumberField("accepted", f.accepted());
        g.writeNumberField("rejected", f.rejected());
        field(g, "status", f.status());
        field(g, "reason", f.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (b.changes() != null) {
      g.writeObjectFieldStart("changes");
      for (Map.Entry<String, Change> c : new TreeMap<>(b.changes()).entrySet()) {
        if (c.getValue() == null) {
          g.writeNullField(c.getKey());
          continue;
        }
        g.writeObjectFieldStart(c.getKey());
        g.writeNumberField("changed_rows", c.getValue().changedRows());
        g.writeFieldName("partitions");
        if (c.getValue().partitions() == null) {
          g.writeNull();
        } else {
          g.writeStartArray();
          for (String partition : c.getValue().partitions()) {
            g.writeString(partition);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void tableState(JsonGenerator g, TableState t) throws IOException {
    if (t == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("rows", t.rows());
    g.writeFieldName("partitions");
    if (t.partitions() == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      for (Map.Entry<String, PartitionState> e : new TreeMap<>(t.partitions()).entrySet()) {
        g.writeFieldName(e.getKey());
        if (e.getValue() == null) {
          g.writeNull();
        } else {
          g.writeStartObject();
          g.writeNumberField("rows", e.getValue().rows());
          g.writeStringField("batch_id", e.getValue().batchId());
          g.writeEndObject();
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** A field of a record whose null fields are left out. */
  private static void field(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static Manifest manifest(JsonParser p) throws IOException {
    String snapshot = null;
    String previous = null;
    List<Batch> batches = null;
    Map<String, TableState> tables = null;
    for (String name = firstField(p); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "snapshot" -> snapshot = text(p);
        case "previous" -> previous = text(p);
        case "batches" -> batches = list(p, ManifestJson::batch);
        case "tables" -> tables = map(p, ManifestJson::tableState);
        default -> p.skipChildren();
      }
    }
    return new Manifest(snapshot, previous, batches, tables);
  }

  private static Batch batch(JsonParser p) throws IOException {
    String batchId = null;
    String committedAt = null;
    String onError = null;
    List<FileEntry> files = null;
    Map<String, Change> changes = null;
    for (String name = firstField(p); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "batch_id" -> batchId = text(p);
        case "committed_at" -> committedAt = text(p);
        case "on_error" -> onError = text(p);
        case "files" -> files = list(p, ManifestJson::fileEntry);
        case "changes" -> changes = map(p, ManifestJson::change);
        default -> p.skipChildren();
      }
    }
    return new Batch(batchId, committedAt, onError, files, changes);
  }

  private static FileEntry fileEntry(JsonParser p) throws IOException {
    String file = null;
    String sheet = null;
    String table = null;
    String sha256 = null;
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    String status = null;
    String reason = null;
    for (String name = firstField(p); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "file" -> file = text(p);
        case "sheet" -> sheet = text(p);
        case "table" -> table = text(p);
        case "sha256" -> sha256 = text(p);
        case "read" -> read = number(p);
        case "accepted" -> accepted = number(p);
        case "rejected" -> rejected = number(p);
        case "status" -> status = text(p);
        case "reason" -> reason = text(p);
        default -> p.skipChildren();
      }
    }
    return new FileEntry(file, sheet, table, sha256, read, accepted, rejected, status, reason);
  }

  private static Change change(JsonParser p) throws IOException {
    long changedRows = 0;
    List<String> partitions = null;
    for (String name = firstField(p); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "changed_rows" -> changedRows = number(p);
        case "partitions" -> partitions = list(p, ManifestJson::text);
        default -> p.skipChildren();
      }
    }
    return new Change(changedRows, partitions);
  }

  private static TableState tableState(JsonParser p) throws IOException {
    long rows = 0;
    Map<String, PartitionState> partitions = null;
    for (String name = firstField(p); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "rows" -> rows = number(p);
        case "partitions" -> partitions = map(p, ManifestJson::partitionState);
        default -> p.skipChildren();
      }
    }
    return new TableState(rows, partitions);
  }

  private static PartitionState partitionState(JsonParser p) throws IOException {
    long rows = 0;
    String batchId = null;
    for (String name = firstField(p); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "rows" -> rows = number(p);
        case "batch_id" -> batchId = text(p);
        default -> p.skipChildren();
      }
    }
    return new PartitionState(rows, batchId);
  }

  /** Reads one value at the parser's current token. */
  private interface Reader<T> {
    T read(JsonParser p) throws IOException;
  }

  /** The first field name of the object at the current token, or null when it is empty. */
  private static String firstField(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new IOException(
          "Cannot read the manifest: expected an object at " + p.currentLocation());
    }
    return p.nextFieldName();
  }

  private static <T> List<T> list(JsonParser p, Reader<T> element) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(p.currentToken() == JsonToken.VALUE_NULL ? null : element.read(p));
    }
    return out;
  }

  private static <T> Map<String, T> map(JsonParser p, Reader<T> value) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Map<String, T> out = new LinkedHashMap<>();
    for (String name = firstField(p); name != null; name = p.nextFieldName()) {
      p.nextToken();
      out.put(name, p.currentToken() == JsonToken.VALUE_NULL ? null : value.read(p));
    }
    return out;
  }

  private static String text(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString();
  }

  private static long number(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? 0 : p.getValueAsLong();
  }
}
