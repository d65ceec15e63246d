package com.fundguard.bankconnector.payeraccount.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class PayerAccountApiIT {

    @Autowired MockMvc mvc;

    final UUID enterprise = UUID.randomUUID();

    ResultActions register(UUID enterpriseId, String account, String bankCode, String currency) throws Exception {
        return mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}", enterpriseId, account).with(memberOf(enterpriseId)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Operating account\", \"bankCode\": \"" + bankCode + "\", \"currency\": \"" + currency + "\"}"));
    }

    @Test
    void aRegisteredPayerAccountIsListedAndRegisteringItAgainChangesNothing() throws Exception {
        register(enterprise, "CN6222000011110001", "FGSANDBOX", "CNY").andExpect(status().isCreated());
        register(enterprise, "CN6222000011110001", "FGSANDBOX", "CNY").andExpect(status().isOk());
        register(enterprise, "CN6222000011110001", "OTHERBANK", "CNY").andExpect(status().isConflict());

        mvc.perform(get("/api/enterprises/{e}/payer-accounts", enterprise).with(memberOf(enterprise)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].bankCode").value("FGSANDBOX"));
    }

    @Test
    void twoEnterprisesMayHoldTheSameNumberAtDifferentBanksAndSeeOnlyTheirOwn() throws Exception {
        UUID other = UUID.randomUUID();
        register(enterprise, "CN6222000011110002", "FGSANDBOX", "CNY").andExpect(status().isCreated());
        register(other, "CN6222000011110002", "OTHERBANK", "USD").andExpect(status().isCreated());

        mvc.perform(get("/api/enterprises/{e}/payer-accounts", other).with(memberOf(other)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].currency").value("USD"));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        register(enterprise, "CN6222000011110003", "fg sandbox", "CNY").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bankCode"));
        register(enterprise, "CN6222000011110003", "FGSANDBOX", "ABC").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currency"));
        mvc.perform(get("/api/enterprises/{e}/payer-accounts", enterprise).with(memberOf(enterprise))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/api/enterprises/{enterpriseId}/payer-accounts");
    }
}
