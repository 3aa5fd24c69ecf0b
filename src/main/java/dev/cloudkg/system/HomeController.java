package dev.cloudkg.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The bare address opens GraphiQL; GraphiQL is our page in {@code static/graphiql/}, served from the jar. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/graphiql";
	}

	@GetMapping("/graphiql")
	String graphiql() {
		return "forward:/graphiql/index.html";
	}

}
