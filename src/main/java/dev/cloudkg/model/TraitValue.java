package dev.cloudkg.model;

/** A trait of one service: {@code value} false means recorded as lacking it. */
public record TraitValue(Trait trait, boolean value, String serviceId, java.time.OffsetDateTime asOf) {

	/** A trait of a service as the graph is now. */
	public TraitValue(Trait trait, boolean value, String serviceId) {
		this(trait, value, serviceId, null);
	}

}
