package dev.cloudkg.explore;

import java.util.List;

import dev.cloudkg.model.Service;

/** One way two services are connected: relationships followed in order, each in its real direction. */
record Path(List<Step> steps) {

	/** One relationship of a path: {@code from -type-> to}, as stored in the graph. */
	record Step(Service from, String type, Service to) {
	}

}
