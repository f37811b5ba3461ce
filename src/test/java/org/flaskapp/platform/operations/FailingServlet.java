package org.flaskapp.platform.operations;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Added to the WAR by {@link RequestIdIT} alone: a request that fails as a bug would make it fail. */
@WebServlet("/failing-for-a-test")
public class FailingServlet extends HttpServlet {

    static final String MESSAGE = "a failure made by the test";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException(MESSAGE + " " + request.getParameter("mark"));
    }
}
