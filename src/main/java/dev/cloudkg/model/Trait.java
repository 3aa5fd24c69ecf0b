package dev.cloudkg.model;

/** A trait services can have or lack. */
public record Trait(String id, String name) {
}
