package dev.cloudkg.embedded.guide;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * Serves the Neo4j Browser guide and graph style (classpath {@code neo4j-browser-guide/}; not {@code browser/},
 * which would shadow the Browser itself) from Neo4j's own HTTP server, so the Browser loads
 * them from its own origin when it connects ({@code browser.post_connect_cmd}).
 *
 * <p>Mounted as an unmanaged extension; the package holds this class alone because Jersey scans it.
 */
@Path("/")
public class GuideResource {

	@GET
	@Path("guide.html")
	@Produces("text/html; charset=utf-8")
	public Response guide() {
		return resource("neo4j-browser-guide/guide.html", "text/html; charset=utf-8");
	}

	@GET
	@Path("style.grass")
	@Produces("text/plain; charset=utf-8")
	public Response style() {
		return resource("neo4j-browser-guide/style.grass", "text/plain; charset=utf-8");
	}

	private Response resource(String name, String type) {
		try (InputStream in = GuideResource.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				return Response.status(Response.Status.NOT_FOUND).build();
			}
			return Response.ok(in.readAllBytes(), type).header("Cache-Control", "no-cache").build();
		}
		catch (IOException ex) {
			return Response.serverError().entity(ex.getMessage()).build();
		}
	}

}
