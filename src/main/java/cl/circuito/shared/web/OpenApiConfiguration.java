package cl.circuito.shared.web;

import io.swagger.v3.oas.models.Components;
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
}
