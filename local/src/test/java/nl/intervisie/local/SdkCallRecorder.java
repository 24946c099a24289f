package nl.intervisie.local;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Records, for the test JVM, which IAM permission every AWS SDK call of a Lambda handler needs, by handler class
 * (registered for all SDK clients through software/amazon/awssdk/global/handlers/execution.interceptors).
 * PolicyTest compares that with the policies in template.yaml. Calls made by test code or the local server
 * itself (no handler on the stack) are not recorded.
 */
public final class SdkCallRecorder implements ExecutionInterceptor {
    /** handler class → permissions, e.g. "dynamodb:Query index/gsi1", "dynamodb:PutItem table". */
    static final Map<String, Set<String>> CALLS = new ConcurrentHashMap<>();
    private static final Pattern HANDLER = Pattern.compile("nl\\.intervisie\\.(?!http\\.)\\w+\\.\\w+Handler");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        handlerOnStack().ifPresent(handler -> {
            Set<String> calls = CALLS.computeIfAbsent(handler, k -> ConcurrentHashMap.newKeySet());
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            calls.addAll(permissions(service, operation, context.request()));
        });
    }

    /** The IAM actions a request is authorised by (a transaction is authorised per item, by the item's action). */
    static List<String> permissions(String service, String operation, SdkRequest request) {
        if (!request.getClass().getPackageName().startsWith("software.amazon.awssdk.services.dynamodb")) {
            return List.of(service.toLowerCase(java.util.Locale.ROOT) + ":" + operation);
        }
        return switch (request) {
            case QueryRequest q -> List.of("dynamodb:Query " + resource(q.indexName()));
            case ScanRequest s -> List.of("dynamodb:Scan " + resource(s.indexName()));
            case TransactWriteItemsRequest t -> t.transactItems().stream().map(SdkCallRecorder::transactAction).toList();
            default -> List.of("dynamodb:" + (operation.equals("TransactGetItems") ? "GetItem" : operation) + " table");
        };
    }

    private static String transactAction(TransactWriteItem item) {
        String action = item.put() != null ? "PutItem" : item.update() != null ? "UpdateItem"
                : item.delete() != null ? "DeleteItem" : "ConditionCheckItem";
        return "dynamodb:" + action + " table";
    }

    private static String resource(String index) {
        return index == null ? "table" : "index/" + index;
    }

    private static Optional<String> handlerOnStack() {
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
                .filter(name -> HANDLER.matcher(name).matches())
                .findFirst());
    }
}
