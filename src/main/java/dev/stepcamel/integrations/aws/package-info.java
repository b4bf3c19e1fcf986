/**
 * AWS service integrations: which resources are supported ({@code AwsOperation}), how Parameters
 * become SDK requests and responses become results ({@code SdkJson}, {@code SdkMetadata}), how AWS
 * failures become ASL errors ({@code AwsErrors}), and where and as whom calls go
 * ({@code AwsSettings}, {@code AwsClients}, built lazily per service).
 */
package dev.stepcamel.integrations.aws;
