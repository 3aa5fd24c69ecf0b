/**
 * The Neo4j that runs in this process when no NEO4J_URI is set: Bolt, HTTP and the Neo4j Browser on this
 * machine only, data kept on disk, its password and health.
 */
package dev.cloudkg.embedded;
