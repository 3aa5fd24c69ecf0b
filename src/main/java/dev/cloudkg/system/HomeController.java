package dev.cloudkg.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The bare address opens GraphiQL. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/graphiql";
	}

}
