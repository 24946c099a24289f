package nl.intervisie.mail;

import nl.intervisie.store.Config;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Sends plain-text mail through Amazon SES (API v2) from MAIL_FROM, with the network's contact address as Reply-To
 * when set. The client is built once per container.
 */
public final class SesMailer implements Mailer {
    private static final class Holder {
        static final SesV2Client CLIENT = build();

        /** As the DynamoDB client (store.Dynamo): region and, in Lambda, credentials named, no provider chains. */
        private static SesV2Client build() {
            var builder = SesV2Client.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .region(Region.of(Config.get("AWS_REGION", "eu-central-1")));
            if (System.getenv("AWS_ACCESS_KEY_ID") != null) {
                builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create());
            }
            return builder.build();
        }
    }

    private final SesV2Client client;
    private final String from;
    private final String replyTo;

    SesMailer(String from) {
        this(Holder.CLIENT, from, ContactAddress.get());
    }

    /** @param replyTo where replies go; empty: none set (SES then replies to the sender, which no one reads) */
    public SesMailer(SesV2Client client, String from, String replyTo) {
        this.client = client;
        this.from = from;
        this.replyTo = replyTo;
    }

    @Override
    public void send(Mail mail) {
        client.sendEmail(b -> b.fromEmailAddress(from)
                .replyToAddresses(replyTo.isBlank() ? java.util.List.of() : java.util.List.of(replyTo))
                .destination(d -> d.toAddresses(mail.to()))
                .content(c -> c.simple(m -> m
                        .subject(s -> s.data(mail.subject()).charset("UTF-8"))
                        .body(body -> body.text(t -> t.data(mail.text()).charset("UTF-8"))))));
    }
}
