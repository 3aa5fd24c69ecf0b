/**
 * The one door to Neo4j: read and write transactions, the schema migrations, the per-request statement log and
 * the checks that refuse a write before it fails (disk space, time).
 */
package dev.cloudkg.graph;
