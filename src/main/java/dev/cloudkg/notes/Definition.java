package dev.cloudkg.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Name: description", "Name – description", "Name - description", "Name = description". */
record Definition(String name, String rest) {

	private static final Pattern DEFINITION = Pattern
			.compile("^([^:–—=]{1,60}?)\\s*(?::|\\s[–—-]\\s|[–—]|\\s?=\\s)\\s*(.*)$", Pattern.DOTALL);

	static Definition of(String text) {
		Matcher matcher = DEFINITION.matcher(text.strip());
		return matcher.matches() ? new Definition(matcher.group(1).strip(), matcher.group(2).strip()) : null;
	}

}
