package dev.stepcamel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.config.ConsoleAccess;
import dev.stepcamel.config.StepcamelConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class ConsoleAuthTest {
    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutALoginEveryoneWhoReachesThePortMayUseIt() {
        assertThat(new ConsoleAuth(ConsoleAccess.open(), true).allows(null)).isTrue();
    }

    @Test
    void withALoginOnlyTheRightCredentialsMay() {
        ConsoleAuth auth = new ConsoleAuth(new ConsoleAccess(true, "admin", "s3cret"), true);
        assertThat(auth.allows(basic("admin", "s3cret"))).isTrue();
        assertThat(auth.allows(basic("admin", "wrong"))).isFalse();
        assertThat(auth.allows("Basic not-base64!")).isFalse();
        assertThat(auth.allows("Bearer x")).isFalse();
        assertThat(auth.allows(null)).isFalse();
    }

    @Test
    void aLoopbackServerAnswersToLoopbackNamesOnly() {
        ConsoleAuth auth = new ConsoleAuth(ConsoleAccess.open(), true);
        assertThat(auth.hostAllowed("127.0.0.1:8083")).isTrue();
        assertThat(auth.hostAllowed("localhost:8083")).isTrue();
        assertThat(auth.hostAllowed("[::1]:8083")).isTrue();
        assertThat(auth.hostAllowed("evil.example:8083")).isFalse();
        assertThat(new ConsoleAuth(ConsoleAccess.open(), false).hostAllowed("stepcamel.internal:8083")).isTrue();
    }

    @Test
    void aRefusedRequestGetsA401ChallengeAndNoContent() throws Exception {
        ConsoleAuth auth = new ConsoleAuth(new ConsoleAccess(true, "admin", "s3cret"), true);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            ConsoleHttp.guarded(auth, ex -> new ConsoleHttp.Reply(200, "text/plain", "secret page")).process(exchange);
            assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(401);
            assertThat(exchange.getMessage().getHeader("WWW-Authenticate", String.class)).startsWith("Basic");
            assertThat(exchange.getMessage().getBody(String.class)).doesNotContain("secret page");
        }
    }

    @Test
    void theLoginIsReadFromTheConfigurationAndNeverPrinted() {
        Properties properties = new Properties();
        properties.setProperty("stepcamel.console.username", "admin");
        properties.setProperty("stepcamel.console.password", "s3cret");
        ConsoleAccess access = StepcamelConfig.from(properties, Path.of("routes")).console();
        assertThat(access.loginRequired()).isTrue();
        assertThat(access.enabled()).isTrue();
        assertThat(access.toString()).doesNotContain("s3cret");
        properties.remove("stepcamel.console.password");
        assertThatThrownBy(() -> StepcamelConfig.from(properties, Path.of("routes")))
                .hasMessageContaining("stepcamel.console.password");
    }
}
