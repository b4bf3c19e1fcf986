package dev.stepcamel.api.http;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Writes a response; request headers are dropped first, since platform-http echoes every header back. */
final class Responses {
    private Responses() {
    }

    static void write(Exchange exchange, int status, String contentType, String body) {
        Message message = exchange.getMessage();
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setBody(body);
    }
}
