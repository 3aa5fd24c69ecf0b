package dev.cloudkg.catalog;

/** A way a service is charged. */
public record PricingModel(String id, String name) {
}
