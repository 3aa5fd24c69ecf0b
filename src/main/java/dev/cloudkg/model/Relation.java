package dev.cloudkg.model;

/**
 * A relationship seen from one service.
 *
 * @param type relationship type
 * @param direction OUT when the service asked about is the subject
 * @param service the service at the other end
 * @param subject id of the relationship's start (whose note states it)
 * @param object id of the relationship's end
 * @param via for {@code RELATED_TO}: the words the note relates them with ("polls", "→"), else null
 */
public record Relation(String type, Direction direction, Service service, String subject, String object, String via) {
}
