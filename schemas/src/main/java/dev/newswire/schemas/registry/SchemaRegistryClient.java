package dev.newswire.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A small client of the Confluent Schema Registry REST API (Confluent itself, or Apicurio's
 * {@code /apis/ccompat/v7}). Confluent's own Java client is not on Maven Central, hence this.
 *
 * <p>Ids and schemas are immutable once registered, so both directions are cached for the life of the
 * client; a serde on the hot path asks the server once per schema.
 */
public final class SchemaRegistryClient {
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();

  public SchemaRegistryClient(String baseUrl) {
    this(baseUrl, Duration.ofSeconds(10));
  }

  public SchemaRegistryClient(String baseUrl, Duration timeout) {
    String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.base = URI.create(trimmed + "/");
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public String baseUrl() {
    return base.toString();
  }

  /** Registers the schema under the subject (or finds it there) and returns its global id. */
  public int register(String subject, Schema schema) {
    String cacheKey = subject + '\n' + schema.toString();
    Integer cached = idsBySubjectAndSchema.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    JsonNode reply = send("POST", "subjects/" + encode(subject) + "/versions", schemaBody(schema));
    int id = reply.path("id").asInt(-1);
    if (id < 0) {
      throw new RegistryException("registry answered no id for subject " + subject + ": " + reply);
    }
    idsBySubjectAndSchema.put(cacheKey, id);
    schemasById.putIfAbsent(id, schema);
    return id;
  }

  /** Looks up the id of a schema already registered under the subject, without registering it. */
  public int lookup(String subject, Schema schema) {
    String cacheKey = subject + '\n' + schema.toString();
    Integer cached = idsBySubjectAndSchema.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    JsonNode reply = send("POST", "subjects/" + encode(subject), schemaBody(schema));
    int id = reply.path("id").asInt(-1);
    if (id < 0) {
      throw new RegistryException("schema not registered under " + subject);
    }
    idsBySubjectAndSchema.put(cacheKey, id);
    // The registry found this very schema under the id: reading its records needs no second request.
    schemasById.putIfAbsent(id, schema);
    return id;
  }

  /** The schema with this global id. */
  public Schema schemaById(int id) {
    return schemasById.computeIfAbsent(id, key -> {
      JsonNode reply = send("GET", "schemas/ids/" + key, null);
      return new Schema.Parser().parse(reply.path("schema").asText());
    });
  }

  /** Whether the schema may be registered next under the subject; true when the subject is new. */
  public boolean isCompatible(String subject, Schema schema) {
    try {
      JsonNode reply = send("POST",
          "compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema));
      return reply.path("is_compatible").asBoolean(false);
    } catch (RegistryException e) {
      if (e.status() == 404) {
        return true;
      }
      throw e;
    }
  }

  /** Sets the subject's compatibility level (BACKWARD, FORWARD, FULL, NONE, ...). */
  public void setCompatibility(String subject, String level) {
    send("PUT", "config/" + encode(subject), "{\"compatibility\":\"" + level + "\"}");
  }

  public List<String> subjects() {
    JsonNode reply = send("GET", "subjects", null);
    List<String> out = new ArrayList<>();
    reply.forEach(node -> out.add(node.asText()));
    return out;
  }

  private static String schemaBody(Schema schema) {
    try {
      return JSON.writeValueAsString(Map.of("schema", schema.toString()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode send(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(timeout)
        .header("Accept", CONTENT_TYPE + ", application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", CONTENT_TYPE)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new RegistryException("schema registry at " + base + " unreachable: " + e.getMessage(), -1, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException("interrupted while calling the schema registry", -1, e);
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      String message = method + " " + path + " -> HTTP " + status + ": " + response.body();
      if (status == 409) {
        throw new IncompatibleSchemaException(message);
      }
      throw new RegistryException(message, status, null);
    }
    try {
      String text = response.body();
      return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new RegistryException("registry answered malformed JSON: " + e.getMessage(), status, e);
    }
  }
}
