package vn.cchc.api.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard's pages are static resources (META-INF/resources/dashboard); the root opens the
 * overview.
 */
@Controller
class DashboardController {
  @GetMapping({"/", "/dashboard", "/dashboard/"})
  String root() {
    return "redirect:/dashboard/overview.html";
  }
}
