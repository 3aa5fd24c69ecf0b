/**
 * The Neo4j Browser guide to the cloudkg graph, served from the jar so it works offline.
 */
package dev.cloudkg.embedded.guide;
