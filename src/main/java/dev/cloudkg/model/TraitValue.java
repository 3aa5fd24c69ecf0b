package dev.cloudkg.model;

/** A trait of one service: {@code value} false means recorded as lacking it. */
public record TraitValue(Trait trait, boolean value, String serviceId) {
}
