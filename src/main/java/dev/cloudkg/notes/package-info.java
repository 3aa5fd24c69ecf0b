/**
 * Reading people's markdown notes into facts and importing them, whatever the door (seed folder, notes folder,
 * watcher, GraphQL, HTTP, command line), with provenance and retraction of what an edited note no longer says.
 */
package dev.cloudkg.notes;
