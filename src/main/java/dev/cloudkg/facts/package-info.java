/**
 * What a fact is and how it lands: the vocabulary (relationship types, traits, known services), the curated
 * facts files and the writer that turns statements into a service's properties and relationships.
 */
package dev.cloudkg.facts;
