package org.equityaccelerator.command.web;

import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One example request body per command, drawn from the 2023 demo, in {@code openapi/examples.json} (path -> body).
 * Kept in one file so a test can post every example and prove each is valid input.
 */
@Configuration(proxyBeanMethods = false)
class CommandExamples {
    static final String RESOURCE = "/openapi/examples.json";

    @Bean
    OpenApiCustomizer commandRequestExamples() {
        Map<String, Object> examples = load();
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            io.swagger.v3.oas.models.Operation post = item.readOperationsMap().get(PathItem.HttpMethod.POST);
            Object example = examples.get(path);
            if (post == null || example == null || post.getRequestBody() == null) {
                return;
            }
            MediaType json = post.getRequestBody().getContent().get("application/json");
            if (json != null) {
                json.setExample(example);
            }
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load() {
        try (InputStream in = CommandExamples.class.getResourceAsStream(RESOURCE)) {
            JsonNode tree = JsonMapper.builder().build().readTree(in);
            return JsonMapper.builder().build().convertValue(tree, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
