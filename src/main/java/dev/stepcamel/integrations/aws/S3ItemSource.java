package dev.stepcamel.integrations.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.ItemSource;
import dev.stepcamel.data.Json;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * What a Distributed Map's ItemReader reads from S3: an object's text ({@code s3:getObject}) or
 * the objects under a prefix ({@code s3:listObjectsV2}, every page, each item as in
 * {@code Contents}).
 */
final class S3ItemSource implements ItemSource {
    private final AwsClients clients;
    private final boolean list;

    S3ItemSource(AwsClients clients, boolean list) {
        this.clients = clients;
        this.list = list;
    }

    @Override
    public JsonNode read(JsonNode parameters) {
        try {
            if (!list) {
                GetObjectRequest request = (GetObjectRequest) SdkJson.build(GetObjectRequest.builder(), parameters, "");
                return TextNode.valueOf(clients.s3().getObjectAsBytes(request).asUtf8String());
            }
            ListObjectsV2Request request = (ListObjectsV2Request) SdkJson.build(ListObjectsV2Request.builder(),
                    parameters, "");
            var items = Json.MAPPER.createArrayNode();
            for (ListObjectsV2Response page : clients.s3().listObjectsV2Paginator(request)) {
                page.contents().forEach(o -> items.add(SdkJson.toJson(o)));
            }
            return items;
        } catch (IllegalArgumentException e) {
            throw new AslException(ErrorNames.RUNTIME, "The ItemReader Parameters '" + Json.write(parameters)
                    + "' could not be used: [" + e.getMessage() + "]");
        } catch (SdkException e) {
            throw AwsErrors.sdkIntegration(AwsService.S3, e);
        }
    }
}
