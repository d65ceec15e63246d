package com.fundguard.notification.delivery.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.notification.delivery.application.ChannelSender;
import com.fundguard.notification.delivery.domain.Channel;
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

/**
 * A person's preferences over HTTP, on a deployment without an SMS sender ({@code fundguard.notification.sms.sender}
 * set to false): the service starts with every other channel, and SMS cannot be chosen.
 */
@SpringBootTest(properties = "fundguard.notification.sms.sender=false")
@AutoConfigureMockMvc
@WithRealInfrastructure
class PreferencesApiIT {

    static final String PATH = "/api/enterprises/{e}/users/{u}/notification-preferences";

    @Autowired MockMvc mvc;
    @Autowired List<ChannelSender> senders;

    final UUID enterprise = UUID.randomUUID();
    final UUID person = UUID.randomUUID();

    ResultActions choose(String body) throws Exception {
        return mvc.perform(put(PATH, enterprise, person).with(as(person, enterprise))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void quietHoursAndChannelsAreKeptAsChosen() throws Exception {
        choose("""
                {"channels": {"APPROVAL_PENDING": ["INBOX", "EMAIL"]},
                 "quietHours": {"from": "22:00", "until": "07:00", "zone": "Asia/Shanghai"}, "email": "cfo@example.com"}
                """).andExpect(status().isOk());

        mvc.perform(get(PATH, enterprise, person).with(as(person, enterprise)))
                .andExpect(jsonPath("$.quietHours.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.quietHours.until").value("07:00:00"))
                .andExpect(jsonPath("$.channels.APPROVAL_PENDING.length()").value(2))
                .andExpect(jsonPath("$.email").value("cfo@example.com"));
    }

    @Test
    void aKindOfNoticeCanHaveChannelsOfItsOwnAndAnUnknownKindIsRefusedNamingItAndChangingNothing() throws Exception {
        choose("""
                {"channels": {"TRANSFER_PROGRESS": ["INBOX", "SSE"]}, "events": {"execution.claimed": ["INBOX"], "execution.executed": ["EMAIL"]},
                 "email": "cashier@example.com"}
                """).andExpect(status().isOk());

        mvc.perform(get(PATH, enterprise, person).with(as(person, enterprise)))
                .andExpect(jsonPath("$.events['execution.claimed'].length()").value(1))
                .andExpect(jsonPath("$.events['execution.claimed'][0]").value("INBOX"))
                .andExpect(jsonPath("$.events['execution.executed'].length()").value(2));
        choose("""
                {"channels": {}, "events": {"execution.exploded": ["SSE"]}}
                """).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("events.execution.exploded"));
        mvc.perform(get(PATH, enterprise, person).with(as(person, enterprise)))
                .andExpect(jsonPath("$.events['execution.claimed'][0]").value("INBOX"))
                .andExpect(jsonPath("$.email").value("cashier@example.com"));
    }

    @Test
    void badQuietHoursAreRefusedNamingTheField() throws Exception {
        choose("""
                {"channels": {}, "quietHours": {"from": "22:00", "until": "07:00", "zone": "Mars/Olympus"}}
                """).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quietHours.zone"));
        choose("""
                {"channels": {}, "quietHours": {"from": "22:00", "until": "22:00", "zone": "Asia/Shanghai"}}
                """).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quietHours.until"));
    }

    @Test
    void withoutAnSmsSenderTheServiceRunsTheOtherChannelsAndRefusesSmsAsAChoiceNamingTheField() throws Exception {
        assertThat(senders).extracting(ChannelSender::channel).doesNotContain(Channel.SMS).contains(Channel.INBOX, Channel.EMAIL);

        choose("{\"channels\": {\"APPROVAL_PENDING\": [\"INBOX\", \"SMS\"]}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channels"));
        mvc.perform(get(PATH, enterprise, person).with(as(person, enterprise)))
                .andExpect(jsonPath("$.channels.APPROVAL_PENDING.length()").value(3));
    }
}
