/**
 * The text toolkit: words, phrases and spellings, with no knowledge of services or the graph; notes and
 * questions are both read with it.
 */
package dev.cloudkg.language;
