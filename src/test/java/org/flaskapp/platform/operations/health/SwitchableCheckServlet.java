package org.flaskapp.platform.operations.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Added to the WAR by {@link HealthIT} alone: sets {@link SwitchableCheck} ({@code ?state=up},
 * down, hanging), or tells how often it ran since (no state).
 */
@WebServlet("/switch-check-for-a-test")
public class SwitchableCheckServlet extends HttpServlet {

    @Inject
    SwitchableCheck check;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String state = request.getParameter("state");
        if (state == null) {
            response.setContentType("text/plain");
            response.getWriter().print(check.runs());
            return;
        }
        check.set(state);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
