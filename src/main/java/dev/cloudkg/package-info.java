/**
 * cloudkg: a knowledge-graph query service for cloud services, built from study notes into Neo4j and answered
 * over GraphQL; the application class and one package per part.
 */
package dev.cloudkg;
