/**
 * The shared model every part speaks: services, notes, sources, relationships, traits, pricing and durations,
 * as plain records with no dependency on the rest.
 */
package dev.cloudkg.model;
