package org.flaskapp.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.junit.jupiter.api.Test;

/**
 * /openapi: a valid OpenAPI 3 document, the same in JSON and YAML, and true: every documented
 * read answers 200 with the fields its schema requires, and every documented write, sent without
 * a token and with an empty object, answers a status that the document names for it.
 */
class OpenApiIT extends DeployedSite {

    @Test
    void theDocumentIsValidOpenApiAndTheSameInJsonAndYaml() {
        SiteClient client = new SiteClient(base);
        SiteClient.Response json = client.get("openapi", "Accept", "application/json");
        SiteClient.Response yaml = client.get("openapi");
        assertEquals("application/json", json.header("Content-Type").orElseThrow().split(";")[0]);
        assertEquals("application/yaml", yaml.header("Content-Type").orElseThrow().split(";")[0]);
        SwaggerParseResult fromJson = parse(json.body());
        assertEquals(List.of(), fromJson.getMessages(), "the document is valid OpenAPI 3");
        assertEquals(fromJson.getOpenAPI(), parse(yaml.body()).getOpenAPI(), "YAML says what JSON says");
        assertEquals(304, client.get("openapi", "Accept", "application/json",
                "If-None-Match", json.header("ETag").orElseThrow()).status());
    }

    @Test
    void everyDocumentedReadAnswersWithTheFieldsItsSchemaRequires() {
        SiteClient client = new SiteClient(base);
        OpenAPI api = parse(client.get("openapi", "Accept", "application/json").body()).getOpenAPI();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            Operation read = path.getValue().getGet();
            if (read == null) {
                continue;
            }
            String address = "api/v1" + concrete(client, path.getKey())
                    + (path.getKey().equals("/search") ? "?q=post" : "");
            SiteClient.Response answer = client.get(address);
            assertEquals(200, answer.status(), address + ": " + answer.body());
            Schema<?> schema = resolve(api, read.getResponses().get("200").getContent().get("application/json").getSchema());
            assertHasRequired(api, schema, Json.createReader(new StringReader(answer.body())).readObject(), address);
            assertTrue(answer.header("ETag").isPresent(), address + " has an ETag");
            checked.add(address);
        }
        assertEquals(7, checked.size(), "every read: " + checked);
    }

    @Test
    void everyDocumentedWriteAnswersAStatusItDocuments() {
        SiteClient client = new SiteClient(base);
        OpenAPI api = parse(client.get("openapi", "Accept", "application/json").body()).getOpenAPI();
        int checked = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                String method = operation.getKey().name();
                if (method.equals("GET")) {
                    continue;
                }
                String address = "api/v1" + concrete(client, path.getKey());
                boolean takesBody = operation.getValue().getRequestBody() != null;
                SiteClient.Response answer = client.request(method, address, takesBody ? "application/json" : null,
                        takesBody ? "{}".getBytes(StandardCharsets.UTF_8) : null);
                Map<String, ApiResponse> documented = operation.getValue().getResponses();
                assertTrue(documented.containsKey(Integer.toString(answer.status())),
                        method + " " + address + " answered " + answer.status() + ", documented: " + documented.keySet());
                assertEquals("application/problem+json", answer.header("Content-Type").orElseThrow().split(";")[0]);
                checked++;
            }
        }
        assertEquals(5, checked, "every write");
    }

    /** The path with a real post's or question's id in place of {id}. */
    private static String concrete(SiteClient client, String path) {
        if (!path.contains("{id}")) {
            return path;
        }
        String list = path.startsWith("/posts") ? "api/v1/posts" : "api/v1/questions";
        JsonObject first = Json.createReader(new StringReader(client.get(list).body())).readObject()
                .getJsonArray("items").getJsonObject(0);
        return path.replace("{id}", first.getJsonNumber("id").toString());
    }

    private static void assertHasRequired(OpenAPI api, Schema<?> schema, JsonValue value, String where) {
        if (schema.getRequired() != null) {
            JsonObject object = value.asJsonObject();
            for (String field : schema.getRequired()) {
                assertTrue(object.containsKey(field), where + " has " + field + ": " + object);
                Schema<?> property = resolve(api, schema.getProperties().get(field));
                if (!object.isNull(field)) {
                    assertHasRequired(api, property, object.get(field), where + "." + field);
                }
            }
        }
        if (schema.getItems() != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : value.asJsonArray()) {
                assertHasRequired(api, resolve(api, schema.getItems()), item, where + "[]");
            }
        }
    }

    private static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
        if (schema.get$ref() != null) {
            return resolve(api, api.getComponents().getSchemas().get(schema.get$ref().substring("#/components/schemas/".length())));
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return resolve(api, (Schema<?>) schema.getAllOf().get(0));
        }
        return schema;
    }

    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }
}
