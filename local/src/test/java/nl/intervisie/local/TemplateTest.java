package nl.intervisie.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import nl.intervisie.store.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What template.yaml must keep true as features add routes and policies: handlers exist, policies are narrow,
 * admin routes need a token, every function logs into a group with retention and is snapshotted, and the CDN
 * sends the same security headers as the local server. (cfn-lint and the SAM translator: TemplateToolsTest.)
 */
class TemplateTest {
    @RegisterExtension
    static final TestServer server = new TestServer(); // its handlers list the routes they serve

    private static final Set<String> FUNCTIONS = Set.of(
            "HealthFunction", "SignupFunction", "SelfServiceFunction", "MatchingFunction", "AttendanceFunction",
            "AdminFunction", "GroupsFunction", "ReminderFunction");
    /** Functions no route reaches: run by a schedule. */
    private static final Set<String> SCHEDULED = Set.of("ReminderFunction");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> template() throws IOException {
        try (Reader reader = Files.newBufferedReader(TestServer.ROOT.resolve("template.yaml"))) {
            return new Yaml(new ApiRoutes.CloudFormationConstructor()).load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, what + " is a mapping");
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : value == null ? List.of() : List.of(value);
    }

    private static Map<String, Object> resources(Map<String, Object> template) {
        return map(template.get("Resources"), "Resources");
    }

    /** Every AWS::Serverless::Function by logical id, with its Properties. */
    private static Map<String, Map<String, Object>> functions(Map<String, Object> template) {
        Map<String, Map<String, Object>> functions = new LinkedHashMap<>();
        resources(template).forEach((name, value) -> {
            Map<String, Object> resource = map(value, name);
            if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
                functions.put(name, map(resource.get("Properties"), name + ".Properties"));
            }
        });
        return functions;
    }

    private static Map<String, Object> globals(Map<String, Object> template) {
        return map(map(template.get("Globals"), "Globals").get("Function"), "Globals.Function");
    }

    /** The inline policy statements of a function; a policy template or managed policy name fails the test. */
    private static List<Map<String, Object>> statements(String function, Map<String, Object> props) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : list(props.get("Policies"))) {
            assertTrue(policy instanceof Map<?, ?> m && m.containsKey("Statement") && m.size() == 1,
                    function + ": only inline policy statements, no managed policies or policy templates: " + policy);
            for (Object statement : list(map(policy, function).get("Statement"))) {
                statements.add(map(statement, function + " statement"));
            }
        }
        return statements;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    @Test
    void everyFeatureHasItsOwnFunctionAndEveryHandlerIsARequestHandler() throws Exception {
        Map<String, Map<String, Object>> functions = functions(template());
        assertEquals(FUNCTIONS, functions.keySet());
        for (var entry : functions.entrySet()) {
            String handler = (String) entry.getValue().get("Handler");
            assertNotNull(handler, entry.getKey() + " names its handler");
            assertTrue(handler.endsWith("::handleRequest"), handler);
            String className = handler.substring(0, handler.indexOf("::"));
            Class<?> type = Class.forName(className);
            assertTrue(RequestHandler.class.isAssignableFrom(type), className + " implements RequestHandler");
            type.getConstructor(); // Lambda needs a public no-argument constructor
        }
    }

    @Test
    void everyRouteAHandlerServesReachesItThroughTheTemplate() throws Exception {
        ApiRoutes routes = ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml"));
        List<ServedRoutes.Served> served = ServedRoutes.all(server);
        Set<String> functionsServing = new java.util.HashSet<>();
        for (ServedRoutes.Served route : served) {
            ApiRoutes.Match match = routes.find(route.method(), route.path());
            assertNotNull(match, route.key() + " (" + route.handlerClass() + ") has no route in template.yaml");
            assertEquals(route.handlerClass(), match.route().handlerClass(),
                    route.key() + " reaches another function: " + match.route().functionName());
            assertEquals(route.pattern().startsWith("/api/admin/"), match.route().authorized(),
                    route.key() + ": admin routes, and only they, need the authorizer");
            functionsServing.add(route.functionName());
        }
        Set<String> withRoutes = new java.util.HashSet<>(FUNCTIONS);
        withRoutes.removeAll(SCHEDULED);
        assertEquals(withRoutes, functionsServing, "every function but the scheduled ones serves a route");
        System.out.println("TemplateTest: " + served.size() + " served routes, each reached through template.yaml");
    }

    @Test
    void policiesNameActionsAndResourcesWithoutWildcards() throws IOException {
        Map<String, Object> template = template();
        for (var entry : functions(template).entrySet()) {
            List<Map<String, Object>> statements = statements(entry.getKey(), entry.getValue());
            assertFalse(statements.isEmpty(), entry.getKey() + " has a policy");
            for (Map<String, Object> statement : statements) {
                assertEquals("Allow", statement.get("Effect"), entry.getKey());
                assertFalse(statement.containsKey("NotAction") || statement.containsKey("NotResource"), entry.getKey());
                List<String> actions = strings(statement.get("Action"));
                List<String> resources = strings(statement.get("Resource"));
                assertFalse(actions.isEmpty() || resources.isEmpty(), entry.getKey() + ": " + statement);
                for (String s : actions) {
                    assertFalse(s.contains("*"), entry.getKey() + " action " + s);
                }
                for (String s : resources) {
                    assertFalse(s.contains("*"), entry.getKey() + " resource " + s);
                }
            }
        }
    }

    /**
     * The public function reads one item by key at most: with double opt-in a repeated sign-up reads the posted
     * address's e-mail guard and the application it points to, to mail the right link (confirm, or self-service).
     * It can never list, query or scan applicants.
     */
    @Test
    void signUpCanWriteAndReadByKeyButNeverListApplicants() throws IOException {
        List<String> actions = new ArrayList<>();
        for (Map<String, Object> statement : statements("SignupFunction", functions(template()).get("SignupFunction"))) {
            actions.addAll(strings(statement.get("Action")));
        }
        assertTrue(actions.contains("dynamodb:PutItem"), "sign-up stores the application");
        for (String action : actions.stream().filter(a -> a.startsWith("dynamodb:")).toList()) {
            String verb = action.substring(action.indexOf(':') + 1).toLowerCase(Locale.ROOT);
            assertFalse(verb.startsWith("batchget") || verb.startsWith("query")
                    || verb.startsWith("scan") || verb.startsWith("transactget") || verb.startsWith("partiql"),
                    "sign-up must not list the table: " + action);
        }
    }

    /** The reminders run once a day, at 07:00 Amsterdam time whatever the season, on the published version. */
    @Test
    void theReminderFunctionRunsDailyAtSevenAmsterdamTime() throws IOException {
        Map<String, Object> events = map(functions(template()).get("ReminderFunction").get("Events"), "Events");
        assertEquals(1, events.size(), events.toString());
        Map<String, Object> event = map(events.values().iterator().next(), "event");
        assertEquals("ScheduleV2", event.get("Type"));
        Map<String, Object> props = map(event.get("Properties"), "schedule");
        assertEquals("cron(0 7 * * ? *)", props.get("ScheduleExpression"));
        assertEquals("Europe/Amsterdam", props.get("ScheduleExpressionTimezone"));
        assertEquals("OFF", map(props.get("FlexibleTimeWindow"), "window").get("Mode"));
        Map<String, Object> env = map(map(functions(template()).get("ReminderFunction").get("Environment"), "env")
                .get("Variables"), "vars");
        assertEquals("7", env.get("REMINDER_DAYS_BEFORE"));
    }

    @Test
    void healthOnlyDescribesTheTable() throws IOException {
        List<Map<String, Object>> statements = statements("HealthFunction", functions(template()).get("HealthFunction"));
        assertEquals(List.of("dynamodb:DescribeTable"),
                statements.stream().flatMap(s -> strings(s.get("Action")).stream()).toList());
    }

    @Test
    void adminRoutesRequireTheAuthorizerAndPublicRoutesAreExplicit() throws IOException {
        Map<String, Object> template = template();
        Map<String, Object> auth = map(map(map(resources(template).get("HttpApi"), "HttpApi").get("Properties"),
                "HttpApi.Properties").get("Auth"), "HttpApi.Auth");
        String authorizer = (String) auth.get("DefaultAuthorizer");
        assertNotNull(authorizer, "the HTTP API has a default authorizer");
        Map<String, Object> jwt = map(map(map(auth.get("Authorizers"), "Authorizers").get(authorizer), authorizer)
                .get("JwtConfiguration"), "JwtConfiguration");
        assertEquals(List.of("AdminPageClient"), strings(jwt.get("audience")), "tokens of the admin page's client");

        ApiRoutes routes = ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml"));
        assertFalse(routes.routes().isEmpty());
        for (ApiRoutes.Route route : routes.routes()) {
            if (route.path().startsWith("/api/admin")) {
                assertTrue(route.authorized(), route.routeKey() + " must have the JWT authorizer");
            }
        }
        for (var entry : functions(template).entrySet()) {
            for (Object event : map(entry.getValue().getOrDefault("Events", Map.of()), "Events").values()) {
                Map<String, Object> props = map(map(event, "event").get("Properties"), "event properties");
                Object eventAuth = props.get("Auth");
                if (eventAuth != null && String.valueOf(props.get("Path")).startsWith("/api/admin")) {
                    Object named = map(eventAuth, "Auth").get("Authorizer");
                    assertTrue(named == null || named.equals(authorizer), entry.getKey() + " " + props.get("Path")
                            + " names authorizer " + named);
                }
            }
        }
        assertEquals("HealthFunction", routes.find("GET", "/api/health").route().functionName());
        assertFalse(routes.find("GET", "/api/health").route().authorized());
        assertFalse(routes.find("POST", "/api/signup").route().authorized());
    }

    @Test
    void everyFunctionLogsIntoItsOwnGroupWithRetentionAndIsSnapshotted() throws IOException {
        Map<String, Object> template = template();
        Map<String, Object> globals = globals(template);
        Set<String> groups = new java.util.HashSet<>();
        for (var entry : functions(template).entrySet()) {
            Map<String, Object> props = entry.getValue();
            Map<String, Object> logging = map(props.get("LoggingConfig"), entry.getKey() + ".LoggingConfig");
            String group = String.valueOf(logging.get("LogGroup"));
            assertTrue(groups.add(group), entry.getKey() + " has a log group of its own");
            Map<String, Object> resource = map(resources(template).get(group), "log group " + group);
            assertEquals("AWS::Logs::LogGroup", resource.get("Type"));
            assertNotNull(map(resource.get("Properties"), group).get("RetentionInDays"), group + " has a retention");

            Object snapStart = props.getOrDefault("SnapStart", globals.get("SnapStart"));
            assertEquals("PublishedVersions", map(snapStart, entry.getKey() + ".SnapStart").get("ApplyOn"));
            assertNotNull(props.getOrDefault("AutoPublishAlias", globals.get("AutoPublishAlias")),
                    entry.getKey() + " publishes versions behind an alias (SnapStart applies to versions only)");
            // SAM merges a function's variables into the global ones.
            Map<String, Object> env = new LinkedHashMap<>(map(map(globals.get("Environment"), "Environment")
                    .get("Variables"), "Variables"));
            if (props.get("Environment") != null) {
                env.putAll(map(map(props.get("Environment"), "Environment").get("Variables"), "Variables"));
            }
            Object loggingFormat = logging.getOrDefault("LogFormat",
                    map(globals.get("LoggingConfig"), "Globals.LoggingConfig").get("LogFormat"));
            assertEquals("JSON", loggingFormat, entry.getKey() + " logs in Lambda's JSON format");
            for (String name : List.of("TABLE_NAME", "MAIL_FROM", "COORDINATOR_MAIL", "SITE_URL")) {
                assertTrue(env.containsKey(name), entry.getKey() + " gets " + name);
            }
        }
        assertEquals("java21", globals.get("Runtime"));
    }

    @Test
    void theApiIsThrottled() throws IOException {
        Map<String, Object> settings = map(map(map(resources(template()).get("HttpApi"), "HttpApi").get("Properties"),
                "HttpApi.Properties").get("DefaultRouteSettings"), "DefaultRouteSettings");
        assertTrue(((Number) settings.get("ThrottlingBurstLimit")).intValue() > 0);
        assertTrue(((Number) settings.get("ThrottlingRateLimit")).doubleValue() > 0);
    }

    @Test
    void theTableKeepsRecoveryExpiryAndIsProtected() throws IOException {
        Map<String, Object> table = map(map(resources(template()).get("Table"), "Table").get("Properties"), "Table");
        assertEquals(Boolean.TRUE, table.get("DeletionProtectionEnabled"));
        assertEquals(Boolean.TRUE, map(table.get("PointInTimeRecoverySpecification"), "PITR").get("PointInTimeRecoveryEnabled"));
        Map<String, Object> ttl = map(table.get("TimeToLiveSpecification"), "TTL");
        assertEquals(Keys.TTL, ttl.get("AttributeName"));
        assertEquals(Boolean.TRUE, ttl.get("Enabled"));
    }

    @Test
    void theCdnSendsTheSameSecurityHeadersAsTheLocalServer() throws IOException {
        Map<String, Object> config = map(map(map(resources(template()).get("SecurityHeadersPolicy"), "policy")
                .get("Properties"), "policy").get("ResponseHeadersPolicyConfig"), "ResponseHeadersPolicyConfig");
        Map<String, Object> security = map(config.get("SecurityHeadersConfig"), "SecurityHeadersConfig");
        Map<String, String> headers = new LinkedHashMap<>();
        security.forEach((name, value) -> {
            Map<String, Object> header = map(value, name);
            assertEquals(Boolean.TRUE, header.get("Override"), name + " overrides what the origin sends");
            switch (name) {
                case "ContentSecurityPolicy" -> headers.put("Content-Security-Policy", (String) header.get(name));
                case "StrictTransportSecurity" -> headers.put("Strict-Transport-Security",
                        "max-age=" + header.get("AccessControlMaxAgeSec")
                                + (Boolean.TRUE.equals(header.get("IncludeSubdomains")) ? "; includeSubDomains" : "")
                                + (Boolean.TRUE.equals(header.get("Preload")) ? "; preload" : ""));
                case "ContentTypeOptions" -> headers.put("X-Content-Type-Options", "nosniff");
                case "FrameOptions" -> headers.put("X-Frame-Options", (String) header.get("FrameOption"));
                case "ReferrerPolicy" -> headers.put("Referrer-Policy", (String) header.get("ReferrerPolicy"));
                default -> headers.put(name, String.valueOf(value));
            }
        });
        for (Object item : list(map(config.get("CustomHeadersConfig"), "CustomHeadersConfig").get("Items"))) {
            Map<String, Object> header = map(item, "custom header");
            assertEquals(Boolean.TRUE, header.get("Override"), header.get("Header") + " overrides what the origin sends");
            headers.put((String) header.get("Header"), (String) header.get("Value"));
        }
        // Deployed, the admin page also fetches its tokens from the Cognito hosted UI's token endpoint
        // (locally it signs in with the printed token): that one source is the only difference.
        Map<String, String> expected = new LinkedHashMap<>(LocalHttp.SECURITY_HEADERS);
        expected.computeIfPresent("Content-Security-Policy", (k, csp) -> csp.replace("connect-src 'self';",
                "connect-src 'self' https://${AuthDomainPrefix}.auth.${AWS::Region}.amazoncognito.com;"));
        assertEquals(expected, headers);
    }

    @Test
    void theDistributionServesThePrivateBucketAndTheApiOnOneOrigin() throws IOException {
        Map<String, Object> resources = resources(template());
        Map<String, Object> bucket = map(map(resources.get("SiteBucket"), "SiteBucket").get("Properties"), "bucket");
        Map<String, Object> block = map(bucket.get("PublicAccessBlockConfiguration"), "PublicAccessBlockConfiguration");
        assertEquals(4, block.size());
        block.values().forEach(v -> assertEquals(Boolean.TRUE, v));
        assertNotNull(bucket.get("BucketEncryption"));

        Map<String, Object> config = map(map(map(resources.get("Distribution"), "Distribution").get("Properties"),
                "Distribution").get("DistributionConfig"), "DistributionConfig");
        assertFalse(config.containsKey("CustomErrorResponses"),
                "custom error pages would replace the API's JSON errors too");
        Map<String, Object> api = null;
        for (Object behaviour : list(config.get("CacheBehaviors"))) {
            if ("/api/*".equals(map(behaviour, "behaviour").get("PathPattern"))) {
                api = map(behaviour, "api behaviour");
            }
        }
        assertNotNull(api, "/api/* goes to the HTTP API");
        assertEquals("api", api.get("TargetOriginId"));
        assertTrue(strings(api.get("AllowedMethods")).contains("POST"));
        assertNotNull(api.get("ResponseHeadersPolicyId"));
        assertNotNull(map(config.get("DefaultCacheBehavior"), "default").get("ResponseHeadersPolicyId"));
    }

    private static Map<String, Object> properties(Map<String, Object> template, String resource) {
        Map<String, Object> r = map(resources(template).get(resource), resource);
        return map(r.get("Properties"), resource + ".Properties");
    }

    @Test
    void theAuthorizerAcceptsOnlyAccessTokensWithTheAdminScope() throws IOException {
        Map<String, Object> template = template();
        Map<String, Object> auth = map(properties(template, "HttpApi").get("Auth"), "HttpApi.Auth");
        Map<String, Object> authorizer = map(map(auth.get("Authorizers"), "Authorizers")
                .get((String) auth.get("DefaultAuthorizer")), "authorizer");
        // An ID token carries no scope claim, so a route that asks for a scope refuses it.
        List<String> scopes = strings(authorizer.get("AuthorizationScopes"));
        assertEquals(List.of("intervisie/admin"), scopes);
        Map<String, Object> server = properties(template, "AdminApiScope");
        List<String> defined = list(server.get("Scopes")).stream()
                .map(s -> server.get("Identifier") + "/" + map(s, "scope").get("ScopeName")).toList();
        assertTrue(defined.containsAll(scopes), "the user pool's resource server defines " + scopes);
        assertTrue(strings(properties(template, "AdminPageClient").get("AllowedOAuthScopes")).containsAll(scopes),
                "the admin page's client may ask for " + scopes);
        String adminJs = Files.readString(TestServer.ROOT.resolve("site/assets/js/signin.js"));
        assertTrue(adminJs.contains("scope: 'openid email intervisie/admin'"), "the workspace sign-in asks for the scope");
        assertTrue(adminJs.contains("tokens.access_token"), "the workspace sign-in keeps the access token");
    }

    @Test
    void signInNeedsAnAuthenticatorAppAndThreatProtectionIsOnByDefault() throws IOException {
        Map<String, Object> template = template();
        Map<String, Object> pool = properties(template, "UserPool");
        assertEquals("ON", pool.get("MfaConfiguration"), "MFA required, not optional");
        assertEquals(List.of("SOFTWARE_TOKEN_MFA"), strings(pool.get("EnabledMfas")), "TOTP only (no SMS)");
        assertEquals(List.of("HasThreatProtection", "PLUS", "ESSENTIALS"), strings(pool.get("UserPoolTier")),
                "threat protection needs the Plus plan");
        List<Object> addOns = list(pool.get("UserPoolAddOns"));
        assertEquals("HasThreatProtection", addOns.get(0));
        assertEquals("ThreatProtection", map(addOns.get(1), "add-ons").get("AdvancedSecurityMode"));
        Map<String, Object> parameter = map(map(template.get("Parameters"), "Parameters").get("ThreatProtection"), "p");
        assertEquals("ENFORCED", parameter.get("Default"));
        assertEquals(Boolean.TRUE, map(pool.get("AdminCreateUserConfig"), "admin create").get("AllowAdminCreateUserOnly"));
    }

    @Test
    void theUserPoolHasTheGroupsTheCodeChecks() throws IOException {
        Map<String, Object> template = template();
        Set<String> groups = new java.util.TreeSet<>();
        resources(template).forEach((name, value) -> {
            Map<String, Object> resource = map(value, name);
            if ("AWS::Cognito::UserPoolGroup".equals(resource.get("Type"))) {
                groups.add((String) map(resource.get("Properties"), name).get("GroupName"));
            }
        });
        assertEquals(Set.of(nl.intervisie.http.Caller.COORDINATORS, nl.intervisie.http.Caller.FACILITATORS), groups);
    }

    @Test
    void theExecuteApiEndpointIsOffWhenTheApiHasItsOwnNameAndTheCdnCallsThatName() throws IOException {
        Map<String, Object> template = template();
        assertEquals(List.of("HasApiDomain", true, false), list(properties(template, "HttpApi").get("DisableExecuteApiEndpoint")));
        Map<String, Object> config = map(properties(template, "Distribution").get("DistributionConfig"), "config");
        Map<String, Object> api = list(config.get("Origins")).stream().map(o -> map(o, "origin"))
                .filter(o -> "api".equals(o.get("Id"))).findFirst().orElseThrow();
        List<Object> domain = list(api.get("DomainName"));
        assertEquals(List.of("HasApiDomain", "ApiDomainName"), domain.subList(0, 2),
                "with the endpoint off, CloudFront calls the API by its own name");
        assertEquals("HasApiDomain", map(resources(template).get("ApiDomainMapping"), "mapping").get("Condition"));
    }

    @Test
    void theApiLogsEveryCallWithoutPersonalData() throws Exception {
        Map<String, Object> template = template();
        Map<String, Object> settings = map(properties(template, "HttpApi").get("AccessLogSettings"), "AccessLogSettings");
        assertEquals("ApiAccessLogGroup.Arn", settings.get("DestinationArn"));
        assertNotNull(properties(template, "ApiAccessLogGroup").get("RetentionInDays"));
        String format = (String) settings.get("Format");
        Map<String, Object> fields = com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(format);
        // Route keys are patterns (/api/admin/{proxy+}); the path, the query, the caller's address and claims
        // could name or point at a person.
        Set<String> allowed = Set.of("$context.requestId", "$context.requestTime", "$context.routeKey",
                "$context.status", "$context.responseLatency", "$context.responseLength",
                "$context.integrationStatus", "$context.error.message", "$context.authorizer.error");
        for (Object value : fields.values()) {
            assertTrue(allowed.contains(value), "access log field " + value + " is not on the list of PII-free fields");
        }
        assertTrue(fields.containsValue("$context.requestId") && fields.containsValue("$context.status"));
    }

    @Test
    void theCdnLogsIntoABucketThatExpiresThemWithoutCookies() throws IOException {
        Map<String, Object> template = template();
        Map<String, Object> logging = map(map(properties(template, "Distribution").get("DistributionConfig"), "config")
                .get("Logging"), "Logging");
        assertEquals("CdnLogBucket.DomainName", logging.get("Bucket"));
        assertEquals(Boolean.FALSE, logging.get("IncludeCookies"));
        Map<String, Object> bucket = properties(template, "CdnLogBucket");
        Map<String, Object> rule = map(list(map(bucket.get("LifecycleConfiguration"), "lifecycle").get("Rules")).get(0), "rule");
        assertEquals("LogRetentionDays", rule.get("ExpirationInDays"));
        map(bucket.get("PublicAccessBlockConfiguration"), "block").values().forEach(v -> assertEquals(Boolean.TRUE, v));
    }

    /** Settings the local server or Lambda itself provides: not the template's business. */
    private static final Set<String> NOT_FROM_THE_TEMPLATE = Set.of("AWS_REGION", "MAIL_OUTBOX", "DYNAMODB_ENDPOINT",
            "LINK_KEY"); // the link key's value: the local server generates one; deployed it is LINK_KEY_SECRET's

    /**
     * Every setting the functions read comes from template.yaml, and the code's fallback (for the local server and
     * tests) is the template's value, so there is one number to change. Settings are found in the source by their
     * readers: Config.get/require and the small number parsers next to them.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everySettingTheFunctionsReadIsSetInTheTemplateWithTheCodesDefault() throws IOException {
        java.util.regex.Pattern reader = java.util.regex.Pattern.compile(
                "(?:Config\\.get|Config\\.require|number|seconds|intSetting)\\(\"([A-Z][A-Z0-9_]+)\"(?:,\\s*\"?([0-9]+)\"?)?");
        Map<String, String> defaults = new java.util.TreeMap<>();
        try (var files = Files.walk(TestServer.ROOT.resolve("functions/src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = reader.matcher(Files.readString(file));
                while (m.find()) {
                    defaults.merge(m.group(1), m.group(2) == null ? "" : m.group(2), (a, b) -> a.isEmpty() ? b : a);
                }
            }
        }
        assertTrue(defaults.containsKey("ATTENDANCE_PERIOD_YEARS") && defaults.containsKey("TABLE_NAME"), defaults.toString());
        Map<String, Object> template = template();
        Map<String, Object> global = map(map(globals(template).get("Environment"), "Environment").get("Variables"), "Variables");
        Map<String, Object> anywhere = new LinkedHashMap<>(global);
        for (var props : functions(template).values()) {
            Object env = props.get("Environment");
            if (env != null) {
                anywhere.putAll(map(map(env, "Environment").get("Variables"), "Variables"));
            }
        }
        for (var setting : defaults.entrySet()) {
            if (NOT_FROM_THE_TEMPLATE.contains(setting.getKey())) {
                continue;
            }
            assertTrue(anywhere.containsKey(setting.getKey()), setting.getKey() + " is read but template.yaml does not set it");
            Object value = anywhere.get(setting.getKey());
            if (!setting.getValue().isEmpty() && value instanceof String literal) {
                assertEquals(literal, setting.getValue(), setting.getKey() + ": the code's fallback differs from the template");
            }
        }
        // Read by two functions (admin: a member leaving; attendance: reports), so set once for all.
        for (String shared : List.of("ATTENDANCE_MEETINGS_PER_YEAR", "ATTENDANCE_HOURS_PER_PERIOD", "ATTENDANCE_PERIOD_YEARS")) {
            assertTrue(global.containsKey(shared), shared + " belongs in Globals");
        }
    }
}
