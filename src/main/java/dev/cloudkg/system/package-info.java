/**
 * The HTTP and GraphQL plumbing every part shares: who may write (local only, API key), cross-site refusal,
 * request size and time limits, error mapping and the home page.
 */
package dev.cloudkg.system;
