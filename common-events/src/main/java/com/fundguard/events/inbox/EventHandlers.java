package com.fundguard.events.inbox;

import java.util.List;

/** Several handlers declared as one bean, for a family of similar event types (e.g. one handler class per type). */
public record EventHandlers(List<EventHandler> handlers) {

    public EventHandlers {
        handlers = List.copyOf(handlers);
    }
}
