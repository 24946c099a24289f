package nl.intervisie.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import java.net.ServerSocket;

/**
 * DynamoDB Local in memory, on a loopback port, so the handlers use their normal client with only an
 * endpoint override, exactly as when deployed. Nothing to download, no Docker.
 */
final class LocalDynamo implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final int port;

    private LocalDynamo(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static LocalDynamo start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[]{"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        return new LocalDynamo(server, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("DynamoDB Local did not stop cleanly: " + e.getClass().getSimpleName());
        }
    }
}
