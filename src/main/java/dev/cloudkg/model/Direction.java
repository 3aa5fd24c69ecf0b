package dev.cloudkg.model;

/** Which way a relationship points, seen from the service asked about. */
public enum Direction {

	OUT, IN, BOTH

}
