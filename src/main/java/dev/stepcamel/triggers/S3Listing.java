package dev.stepcamel.triggers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One poll of a watched bucket: lists the objects under the prefix that end with the suffix (keys,
 * sizes and eTags come with the listing, so no object is read). The body becomes the list; the
 * idempotent consumer downstream lets only versions not started before through.
 */
final class S3Listing implements Processor {
    private final Supplier<S3Client> s3;
    private final TriggerSettings.S3Binding binding;

    S3Listing(Supplier<S3Client> s3, TriggerSettings.S3Binding binding) {
        this.s3 = s3;
        this.binding = binding;
    }

    @Override
    public void process(Exchange exchange) {
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(binding.bucket())
                .prefix(binding.prefix().isEmpty() ? null : binding.prefix()).build();
        List<S3Object> found = new ArrayList<>();
        for (ListObjectsV2Response page : s3.get().listObjectsV2Paginator(request)) {
            for (S3Object object : page.contents()) {
                if (object.key().endsWith(binding.suffix()) && !object.key().endsWith("/")) {
                    found.add(object);
                }
            }
        }
        exchange.getMessage().setBody(found);
    }
}
