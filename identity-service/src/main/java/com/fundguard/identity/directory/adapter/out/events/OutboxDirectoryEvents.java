package com.fundguard.identity.directory.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.identity.directory.adapter.out.events.DirectoryEventContracts.EnterpriseRegisteredV1;
import com.fundguard.identity.directory.adapter.out.events.DirectoryEventContracts.UserRegisteredV1;
import com.fundguard.identity.directory.application.DirectoryEvents;
import com.fundguard.identity.directory.domain.Enterprise;
import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.directory.domain.User;

public class OutboxDirectoryEvents implements DirectoryEvents {

    private static final String FAMILY = "identity";

    private final EventOutbox outbox;

    public OutboxDirectoryEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void enterpriseRegistered(Enterprise enterprise) {
        outbox.append(new OutgoingEvent(FAMILY, EnterpriseRegisteredV1.TYPE, enterprise.id().toString(), enterprise.id(),
                new EnterpriseRegisteredV1(enterprise.id(), enterprise.name(), enterprise.registeredAt())));
    }

    @Override
    public void userRegistered(User user) {
        outbox.append(new OutgoingEvent(FAMILY, UserRegisteredV1.TYPE, user.id().toString(), user.enterpriseId(),
                new UserRegisteredV1(user.id(), user.username(), user.displayName(),
                        user.roles().stream().map(Role::name).sorted().toList(), user.registeredAt())));
    }

    @Override
    public void rolesChanged(User user, java.time.Instant changedAt) {
        outbox.append(new OutgoingEvent(FAMILY, DirectoryEventContracts.RolesChangedV1.TYPE, user.id().toString(), user.enterpriseId(),
                new DirectoryEventContracts.RolesChangedV1(user.id(), user.roles().stream().map(Role::name).sorted().toList(),
                        changedAt)));
    }
}
