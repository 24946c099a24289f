package nl.intervisie.attendance;

import nl.intervisie.store.Config;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The HMAC key of the statement links, read once per container on first use: STATEMENT_LINK_KEY when set (the
 * local server generates one at every start), else the Secrets Manager secret named by STATEMENT_LINK_SECRET (what
 * template.yaml creates and grants). A missing or short key fails loudly: links signed with a guessable key would
 * open everyone's statement.
 */
public final class StatementKey implements Supplier<byte[]> {
    static final int MIN_LENGTH = 32;
    private static final StatementKey STANDARD = new StatementKey();
    private byte[] key;

    /** The one key of this container (read once). */
    public static StatementKey standard() {
        return STANDARD;
    }

    @Override
    public synchronized byte[] get() {
        if (key == null) {
            key = load();
        }
        return key.clone();
    }

    private static byte[] load() {
        String value = Config.get("STATEMENT_LINK_KEY", null);
        if (value == null) {
            String secret = Config.get("STATEMENT_LINK_SECRET", null);
            if (secret == null) {
                throw new IllegalStateException("Missing setting STATEMENT_LINK_KEY or STATEMENT_LINK_SECRET");
            }
            try (SecretsManagerClient client = SecretsManagerClient.builder()
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                value = client.getSecretValue(b -> b.secretId(secret)).secretString();
            }
        }
        if (value == null || value.length() < MIN_LENGTH) {
            throw new IllegalStateException("The statement link key is shorter than " + MIN_LENGTH + " characters");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
