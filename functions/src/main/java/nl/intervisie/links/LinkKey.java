package nl.intervisie.links;

import nl.intervisie.store.Config;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The HMAC key of the links in mails ({@link SignedLinks}), read once per container on first use: LINK_KEY when
 * set (the local server generates one at every start), else the Secrets Manager secret named by LINK_KEY_SECRET
 * (template.yaml creates and grants it; rotating it revokes every link once containers restart). A missing or short
 * key fails loudly: links signed with a guessable key would open everyone's application.
 */
public final class LinkKey implements Supplier<byte[]> {
    static final int MIN_LENGTH = 32;
    private static final LinkKey STANDARD = new LinkKey();
    private byte[] key;

    /** The one key of this container. */
    public static LinkKey standard() {
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
        String value = Config.get("LINK_KEY", null);
        if (value == null) {
            String secret = Config.get("LINK_KEY_SECRET", null);
            if (secret == null) {
                throw new IllegalStateException("Missing setting LINK_KEY or LINK_KEY_SECRET");
            }
            try (SecretsManagerClient client = SecretsManagerClient.builder()
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                value = client.getSecretValue(b -> b.secretId(secret)).secretString();
            }
        }
        if (value == null || value.length() < MIN_LENGTH) {
            throw new IllegalStateException("The link key is shorter than " + MIN_LENGTH + " characters");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
