package com.fundguard.test.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;

/** What every FundGuard service exposes besides its own API: health, Prometheus metrics, its OpenAPI description. */
public final class ServiceConventions {

    private ServiceConventions() {
    }

    /**
     * @param ownPath a path of the service's own API that its OpenAPI description must list
     */
    public static void exposesHealthMetricsAndOpenApi(MockMvc mvc, String ownPath) throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['" + ownPath + "']").exists());
        // Nothing else of the actuator is reachable: env, beans, heapdump would leak configuration and secrets.
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/heapdump")).andExpect(status().isNotFound());
    }
}
