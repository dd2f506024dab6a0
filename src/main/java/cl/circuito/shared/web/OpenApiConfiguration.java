package cl.circuito.shared.web;

import cl.circuito.shared.Versions;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI document (/v3/api-docs, UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI circuitoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Circuito API").version("v1").description("""
                        API de Circuito para clientes automatizados. Autentíquese con un token personal creado en \
                        «Mi cuenta» (encabezado `Authorization: Bearer ctk_…`). Cada consulta queda limitada a los \
                        programas del usuario dueño del token y queda registrada en la auditoría. Los errores siguen \
                        RFC 9457 (application/problem+json), con un mensaje en español por campo en `errors`."""))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("Token personal de API (ctk_…)")));
    }

    /**
     * Every change names the version of the record it was based on (shared.Versions): said once, for every request
     * body that carries one, so no endpoint documents an older rule.
     */
    @Bean
    OpenApiCustomizer versionRule() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            api.getComponents().getSchemas().forEach((name, schema) -> {
                if (name.endsWith("Body") && schema.getProperties() != null
                        && schema.getProperties().get(Versions.FIELD) instanceof Schema<?> version) {
                    String saidBefore = version.getDescription() == null ? "" : version.getDescription() + ". ";
                    version.setDescription(saidBefore + VERSION_RULE);
                }
            });
        };
    }

    private static final String VERSION_RULE = "Obligatoria para cambiar un registro existente: si falta, 422 con el "
            + "campo «version»; si el registro cambió desde que se leyó, 409.";
}
