package dev.cloudkg.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "ECS (Elastic Container Service)" → ECS and Elastic Container Service. */
record NameParts(String name, String paren) {

	private static final Pattern PAREN = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");

	static NameParts of(String text) {
		String stripped = text.strip();
		// "Lambda:" as a heading, "**SQS**:" as a lead: a trailing colon is punctuation, not part of the name
		while (stripped.endsWith(":")) {
			stripped = stripped.substring(0, stripped.length() - 1).strip();
		}
		Matcher matcher = PAREN.matcher(stripped);
		if (matcher.matches() && !matcher.group(1).isBlank() && !matcher.group(2).isBlank()) {
			return new NameParts(matcher.group(1).strip(), matcher.group(2).strip());
		}
		return new NameParts(stripped, null);
	}

}
