package nl.intervisie.local;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ApiRoutesTest {
    private static final String TEMPLATE = """
            Resources:
              A:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.A::handleRequest
                  Events:
                    Exact: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: GET, Path: /api/groups/new, Auth: {Authorizer: NONE}}}
                    Param: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: GET, Path: "/api/groups/{id}"}}
              B:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.B::handleRequest
                  Policies: [!GetAtt T.Arn]
                  Events:
                    Greedy: {Type: HttpApi, Properties: {Method: ANY, Path: "/api/{proxy+}"}}
            """;

    private final ApiRoutes routes = ApiRoutes.fromTemplate(new StringReader(TEMPLATE));

    @Test
    void exactBeatsParameterBeatsGreedy() {
        assertEquals("A", routes.find("GET", "/api/groups/new").route().functionName());
        var param = routes.find("GET", "/api/groups/g1");
        assertEquals("A", param.route().functionName());
        assertEquals(Map.of("id", "g1"), param.pathParameters());
        var greedy = routes.find("POST", "/api/groups/g1");
        assertEquals("B", greedy.route().functionName());
        assertEquals(Map.of("proxy", "groups/g1"), greedy.pathParameters());
    }

    @Test
    void authIsRequiredUnlessTheRouteSaysNone() {
        assertEquals(false, routes.find("GET", "/api/groups/new").route().authorized());
        assertEquals(true, routes.find("GET", "/api/groups/x").route().authorized());
        assertEquals(true, routes.find("DELETE", "/api/anything").route().authorized());
    }

    @Test
    void nothingMatchesOutsideTheRoutes() {
        assertNull(routes.find("GET", "/other"));
        assertNull(routes.find("GET", "/api"));
        assertEquals("B", routes.find("GET", "/api/groups/").route().functionName()); // greedy takes what is left
    }
}
