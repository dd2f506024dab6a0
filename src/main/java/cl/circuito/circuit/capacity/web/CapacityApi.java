package cl.circuito.circuit.capacity.web;

import cl.circuito.circuit.capacity.CapacityQuestion;
import cl.circuito.circuit.capacity.NetworkCapacity;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The capacity the network needs, over JSON: the same numbers as the page, the what-if as query parameters. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Capacidad de la red", description = "Demanda, ingresos, egresos, lista de espera y su tendencia, "
        + "esperas, carga y plazas necesarias para llevar la espera bajo la meta, con un escenario (plazas, demanda)")
@SecurityRequirement(name = "token")
class CapacityApi {

    private final CurrentActor currentActor;
    private final NetworkCapacity capacity;

    CapacityApi(CurrentActor currentActor, NetworkCapacity capacity) {
        this.currentActor = currentActor;
        this.capacity = capacity;
    }

    @GetMapping("/capacity")
    @Operation(summary = "Capacidad que necesita un área",
            description = "Para un programa, una comuna, una región o el país (dentro del alcance del usuario): "
                    + "plazas, lista actual y al cierre de cada mes, demanda, ingresos, otros egresos y casos cerrados "
                    + "por mes (promedio de los últimos 6 meses completos), mediana y percentil 90 de la espera de los "
                    + "ingresados (días corridos), carga, plazas necesarias para llevar la espera bajo la meta en N "
                    + "meses y el pronóstico mes a mes con su banda del 10 % al 90 %, para el área y cada una de sus "
                    + "partes. Modelo: docs/capacity.md. Solo conteos. Área fuera de alcance: 404; valores fuera de "
                    + "rango: 422 con el campo.")
    CapacityResponse capacity(
            @Parameter(description = "Área: nacional, region:<código>, comuna:<código> o program:<id> (por defecto, "
                    + "la primera del usuario)")
            @RequestParam(required = false) String area,
            @Parameter(description = "Meses del horizonte, de 1 a 24 (por defecto 6)")
            @RequestParam(required = false) String months,
            @Parameter(description = "Plazas que se agregan (o, negativas, se quitan) en el escenario; por defecto 0")
            @RequestParam(required = false) String places,
            @Parameter(description = "Cambio de la demanda en el escenario, en %, de −100 a 500; por defecto 0")
            @RequestParam(required = false) String demand) {
        return CapacityResponse.of(capacity.of(currentActor.get(), new CapacityQuestion(area, months, places, demand)));
    }
}
