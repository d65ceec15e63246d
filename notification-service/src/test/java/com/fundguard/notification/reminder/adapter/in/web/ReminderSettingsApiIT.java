package com.fundguard.notification.reminder.adapter.in.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The enterprise's reminder settings over HTTP: its admins only, bad input named by field and changing nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class ReminderSettingsApiIT {

    static final String PATH = "/api/enterprises/{enterpriseId}/notification-settings/reminders";
    static final String VALID = """
            {"remindAfter": "PT2H", "escalateAfterReminder": "PT3H30M", "zone": "Asia/Shanghai", "opens": "08:30",
             "closes": "17:30", "weekend": ["SUNDAY", "SATURDAY"], "holidays": ["2026-10-02", "2026-10-01"],
             "extraWorkingDays": ["2026-09-27"]}
            """;

    @Autowired MockMvc mvc;

    final UUID enterprise = UUID.randomUUID();
    final UUID admin = UUID.randomUUID();

    static RequestPostProcessor holding(UUID person, UUID enterpriseId, String role) {
        return jwt().jwt(t -> t.subject(person.toString()).claim("enterprise_id", enterpriseId.toString())
                .claim("roles", List.of(role)));
    }

    ResultActions read(RequestPostProcessor caller) throws Exception {
        return mvc.perform(get(PATH, enterprise).with(caller));
    }

    ResultActions set(RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(put(PATH, enterprise).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anAdminReadsThePlatformDefaultsUntilTheEnterpriseSetsItsOwnPolicy() throws Exception {
        read(holding(admin, enterprise, "ENTERPRISE_ADMIN")).andExpect(status().isOk()).andExpect(content().json("""
                {"remindAfter": "PT4H", "escalateAfterReminder": "PT4H", "zone": "Asia/Shanghai", "opens": "09:00:00",
                 "closes": "18:00:00", "weekend": ["SATURDAY", "SUNDAY"], "holidays": [], "extraWorkingDays": []}
                """, org.springframework.test.json.JsonCompareMode.STRICT));

        set(holding(admin, enterprise, "ENTERPRISE_ADMIN"), VALID).andExpect(status().isOk());

        read(holding(admin, enterprise, "ENTERPRISE_ADMIN")).andExpect(content().json("""
                {"remindAfter": "PT2H", "escalateAfterReminder": "PT3H30M", "zone": "Asia/Shanghai", "opens": "08:30:00",
                 "closes": "17:30:00", "weekend": ["SATURDAY", "SUNDAY"], "holidays": ["2026-10-01", "2026-10-02"],
                 "extraWorkingDays": ["2026-09-27"]}
                """, org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void nobodyButTheEnterprisesOwnAdminsReadsOrSetsIt() throws Exception {
        UUID otherEnterprise = UUID.randomUUID();
        set(holding(admin, enterprise, "ENTERPRISE_ADMIN"), VALID).andExpect(status().isOk());
        String changed = VALID.replace("PT2H", "PT9H");

        for (RequestPostProcessor notAdmin : List.of(holding(UUID.randomUUID(), enterprise, "AUDITOR"),
                holding(UUID.randomUUID(), enterprise, "AUTHORIZER"),
                holding(UUID.randomUUID(), otherEnterprise, "ENTERPRISE_ADMIN"))) {
            read(notAdmin).andExpect(status().isForbidden());
            set(notAdmin, changed).andExpect(status().isForbidden());
        }
        mvc.perform(get(PATH, enterprise)).andExpect(status().isUnauthorized());

        read(holding(admin, enterprise, "ENTERPRISE_ADMIN")).andExpect(jsonPath("$.remindAfter").value("PT2H"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        RequestPostProcessor asAdmin = holding(admin, enterprise, "ENTERPRISE_ADMIN");
        set(asAdmin, VALID).andExpect(status().isOk());
        record Bad(String body, String field) {
        }
        List<Bad> bad = List.of(
                new Bad(VALID.replace("\"PT2H\"", "\"PT-2H\""), "remindAfter"),
                new Bad(VALID.replace("\"PT3H30M\"", "\"PT0S\""), "escalateAfterReminder"),
                new Bad(VALID.replace("\"PT2H\"", "\"PT2H30S\""), "remindAfter"),
                new Bad(VALID.replace("\"PT2H\"", "\"two hours\""), "remindAfter"),
                new Bad(VALID.replace("\"2026-10-02\"", "\"2026-02-30\""), "holidays[0]"),
                new Bad(VALID.replace("\"Asia/Shanghai\"", "\"Mars/Olympus\""), "zone"),
                new Bad(VALID.replace("\"17:30\"", "\"08:00\""), "closes"),
                new Bad(VALID.replace("[\"SUNDAY\", \"SATURDAY\"]",
                        "[\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\", \"SATURDAY\", \"SUNDAY\"]"), "weekend"),
                new Bad(VALID.replace("[\"SUNDAY\", \"SATURDAY\"]", "[\"SUNDAY\", \"HOLIDAY\"]"), "weekend[1]"),
                new Bad(VALID.replace("\"2026-09-27\"", "\"2026-10-01\""), "extraWorkingDays"),
                new Bad(VALID.replace("\"zone\": \"Asia/Shanghai\", ", ""), "zone"));

        for (Bad b : bad) {
            set(asAdmin, b.body()).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(b.field()));
        }

        read(asAdmin).andExpect(jsonPath("$.remindAfter").value("PT2H")).andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.closes").value("17:30:00"));
    }
}
