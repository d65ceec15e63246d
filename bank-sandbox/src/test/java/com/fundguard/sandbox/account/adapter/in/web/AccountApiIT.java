package com.fundguard.sandbox.account.adapter.in.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
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
class AccountApiIT {

    @Autowired MockMvc mvc;

    ResultActions open(String account, String owner, String balance) throws Exception {
        return mvc.perform(put("/sandbox/accounts/{a}", account).contentType(MediaType.APPLICATION_JSON)
                .content("{\"ownerName\": \"" + owner + "\", \"currency\": \"CNY\", \"openingBalance\": \"" + balance + "\"}"));
    }

    @Test
    void anOpenedAccountShowsItsBalanceAndOpeningItAgainChangesNothing() throws Exception {
        open("CN6222000011110001", "Hangzhou Tea Trading Co.", "1000000.00").andExpect(status().isCreated());
        open("CN6222000011110001", "Hangzhou Tea Trading Co.", "5.00").andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value("1000000.00"));

        mvc.perform(get("/sandbox/accounts/{a}", "CN6222000011110001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value("1000000.00"))
                .andExpect(jsonPath("$.currency").value("CNY"));
    }

    @Test
    void theSameNumberForAnotherOwnerIsAConflict() throws Exception {
        open("CN6222000011110002", "Hangzhou Tea Trading Co.", "1.00").andExpect(status().isCreated());

        open("CN6222000011110002", "Someone Else", "1.00").andExpect(status().isConflict());
    }

    @Test
    void badInputNamesTheFieldAndOpensNothing() throws Exception {
        open("CN6222000011110003", "A", "0.005").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openingBalance"));
        mvc.perform(get("/sandbox/accounts/{a}", "CN6222000011110003")).andExpect(status().isNotFound());
        mvc.perform(put("/sandbox/accounts/{a}", "CN6222000011110004").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerName\": \"A\", \"currency\": \"XYZ\", \"openingBalance\": \"1\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currency"));
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/sandbox/accounts/{accountNumber}");
    }
}
