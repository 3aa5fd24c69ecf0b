package dev.cloudkg.model;

/** A way a service is charged. */
public record PricingModel(String id, String name) {
}
