package nl.intervisie.signup;

import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.http.Json;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 50 sign-ups at once, 10 of them repeating an address another one uses: exactly 40 applicants, no failures. */
class SignupConcurrencyTest {
    @Test
    void parallelSignUpsWithRepeatedAddressesCreateOneApplicantPerAddress() throws Exception {
        OptInFixture f = new OptInFixture();
        String table = f.table;
        var store = f.store;
        var handler = f.signup;
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            addresses.add("person" + i + "@example.org");
        }
        for (int i = 0; i < 10; i++) {
            addresses.add("PERSON" + (i * 4) + "@example.org"); // same address, other case
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (String address : addresses) {
                answers.add(pool.submit(() -> {
                    Map<String, Object> body = SignupHandlerTest.body();
                    body.put("email", address);
                    start.await();
                    return handler.handleRequest(Events.json("POST", "/api/signup", Json.write(body)), null).getStatusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertTrue(status >= 200 && status < 400, "status " + status);
            }
        }
        assertEquals(40, store.listByStatus(ApplicantStatus.UNCONFIRMED).size());
        assertEquals(0, store.listByStatus(ApplicantStatus.WAITING).size());
        long guards = TestDynamo.client().scan(b -> b.tableName(table).filterExpression("#t = :e")
                .expressionAttributeNames(Map.of("#t", "type"))
                .expressionAttributeValues(Map.of(":e", nl.intervisie.store.Items.s("EMAIL_GUARD")))).count();
        assertEquals(40, guards);
        assertEquals(50, f.sent.size(), "one confirmation mail per post: a repeat gets the link of the stored sign-up");
        assertEquals(40, f.sent.stream().map(m -> m.to().toLowerCase()).distinct().count());
    }
}
