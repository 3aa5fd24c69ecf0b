package dev.cloudkg.catalog;

/** Which way a relationship points, seen from the service asked about. */
public enum Direction {

	OUT, IN, BOTH

}
