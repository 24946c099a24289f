package nl.intervisie.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.util.HashMap;
import java.util.Map;

/** Builds API Gateway HTTP API (v2) events as API Gateway sends them, for handler tests. */
public final class Events {
    private Events() {
    }

    public static APIGatewayV2HTTPEvent request(String method, String path) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRawPath(path)
                .withHeaders(new HashMap<>())
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .build())
                .build();
    }

    public static APIGatewayV2HTTPEvent json(String method, String path, String body) {
        APIGatewayV2HTTPEvent event = request(method, path);
        event.getHeaders().put("content-type", "application/json");
        event.setBody(body);
        return event;
    }

    /** The claims the Cognito JWT authorizer passes on. */
    public static APIGatewayV2HTTPEvent withClaims(APIGatewayV2HTTPEvent event, Map<String, String> claims) {
        event.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                .build());
        return event;
    }

    public static APIGatewayV2HTTPEvent asCoordinator(APIGatewayV2HTTPEvent event) {
        return withClaims(event, Map.of("sub", "coordinator-1", "username", "coordinator-1",
                "cognito:groups", "[coordinators]"));
    }
}
