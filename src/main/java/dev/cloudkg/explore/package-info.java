/**
 * Questions beyond one service: compare, paths between services, full-text search and ask, which reads a
 * plain-English question into a filter.
 */
package dev.cloudkg.explore;
