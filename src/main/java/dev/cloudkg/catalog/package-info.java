/**
 * The GraphQL read API over the graph: services, filters, ordering, cursors, nested relationships loaded in
 * batches, notes and sources, and the limits that refuse a query before it runs.
 */
package dev.cloudkg.catalog;
