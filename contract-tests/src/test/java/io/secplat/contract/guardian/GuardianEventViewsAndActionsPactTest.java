package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.noContent;
import static io.secplat.contract.guardian.GuardianPact.object;
import static io.secplat.contract.guardian.GuardianPact.status;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.generated.model.EventActionCreateAttributes;
import io.secplat.guardian.generated.model.EventActionUpdateAttributes;
import io.secplat.guardian.generated.model.EventViewCreateAttributes;
import io.secplat.guardian.generated.model.EventViewUpdateAttributes;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Event Views and Event Actions. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianEventViewsAndActionsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact eventViews(PactDslWithProvider builder) {
    String state = "event view 1 exists";
    return GuardianPact.interactions(builder)
        .get(state, "getEventViewTemplate", "a request for the skeleton of an event view", "/api/v2/event_views/new.json",
            object(GuardianPact::eventView))
        .get(state, "listEventViews", "a request for the event views", "/api/v2/event_views.json?page=1&per_page=20",
            array(1, GuardianPact::eventView))
        .call(state, "createEventView", "a request to create an event view", "POST", "/api/v2/event_views.json",
            json(object(o -> o.object("event_view").stringValue("name", "User Logins").stringValue("query", "type=User Logged In")
                .integerType("view_type", 2).closeObject())), status(201, object(GuardianPact::eventView)))
        .get(state, "getEventView", "a request for an event view", "/api/v2/event_views/1.json", object(GuardianPact::eventView))
        .call(state, "updateEventView", "a request to rename an event view", "PUT", "/api/v2/event_views/1.json",
            json(object(o -> o.object("event_view").stringValue("name", "Logins").closeObject())), noContent())
        .call(state, "deleteEventView", "a request to delete an event view", "DELETE", "/api/v2/event_views/1.json",
            UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "eventViews")
  void eventViews(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.eventViews().template().getQuery()).isEqualTo("type=User Logged In");
      assertThat(guardian.eventViews().list().stream().count()).isEqualTo(1);
      assertThat(guardian.eventViews().create(new EventViewCreateAttributes().name("User Logins").query("type=User Logged In")
          .viewType(2)).getId()).isEqualTo(1L);
      assertThat(guardian.eventViews().get(1).getViewType()).isEqualTo(2);
      guardian.eventViews().update(1, new EventViewUpdateAttributes().name("Logins"));
      guardian.eventViews().delete(1);
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact eventActions(PactDslWithProvider builder) {
    String state = "event action 1 exists";
    return GuardianPact.interactions(builder)
        .get(state, "getEventActionTemplate", "a request for the skeleton of an event action", "/api/v2/event_actions/new.json",
            object(GuardianPact::eventAction))
        .get(state, "listEventActions", "a request for the event actions", "/api/v2/event_actions.json?page=1&per_page=20",
            array(1, GuardianPact::eventAction))
        .call(state, "createEventAction", "a request to create an event action", "POST", "/api/v2/event_actions.json",
            json(object(o -> o.object("event_action").stringValue("name", "Send Email").integerType("action_type", 2)
                .integerType("event_view_id", 1L).closeObject())), status(201, object(GuardianPact::eventAction)))
        .get(state, "getEventAction", "a request for an event action", "/api/v2/event_actions/1.json",
            object(o -> o.integerType("id", 1L).stringType("name", "Send Email").stringType("status", "enabled")
                .stringType("type", "slack").stringType("view", "User Logins.")))
        .call(state, "updateEventAction", "a request to rename an event action", "PUT", "/api/v2/event_actions/1.json",
            json(object(o -> o.object("event_action").stringValue("name", "Page on-call").closeObject())), noContent())
        .call(state, "deleteEventAction", "a request to delete an event action", "DELETE", "/api/v2/event_actions/1.json",
            UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "eventActions")
  void eventActions(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.eventActions().template().getActionType()).isEqualTo(2);
      assertThat(guardian.eventActions().list().stream().count()).isEqualTo(1);
      assertThat(guardian.eventActions().create(new EventActionCreateAttributes().name("Send Email").actionType(2)
          .eventViewId(1L)).getEventViewId()).isEqualTo(1L);
      assertThat(guardian.eventActions().get(1).getType()).isEqualTo("slack");
      guardian.eventActions().update(1, new EventActionUpdateAttributes().name("Page on-call"));
      guardian.eventActions().delete(1);
    }
  }
}
