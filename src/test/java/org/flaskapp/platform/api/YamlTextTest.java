package org.flaskapp.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class YamlTextTest {

    @Test
    void saysWhatTheJsonSaysWhateverTheStringsHold() {
        String json = "{\"200\":{\"description\":\"a: b # not a comment\\n- nor a list\"},\"/posts/{id}\":[1,true,null,{},[],"
                + "{\"$ref\":\"#/x\",\"yes\":\"no\"}],\"empty\":\"\",\"quote\":\"\\\"'\"}";
        JsonValue document = Json.createReader(new StringReader(json)).readValue();
        Map<?, ?> fromYaml = new Yaml().load(YamlText.of(document));
        Map<?, ?> fromJson = new Yaml().load(json); // YAML reads JSON as itself
        assertEquals(fromJson, fromYaml);
        assertTrue(fromYaml.containsKey("200"), "the key 200 stays the text 200, not a number");
    }
}
