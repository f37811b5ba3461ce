package org.flaskapp.platform.operations.backup;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;

/**
 * {@code POST /admin/backup}: an online backup of the embedded database (web.xml lets only the
 * operations token in). Answers when it is done, with where the copy is, as JSON:
 * {@code {"database":"/.../flaskapp","began":"...","seconds":1.234}}; 409 when it cannot be made
 * here (PostgreSQL, or a backup already running), with the reason.
 */
public class BackupServlet extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(BackupServlet.class.getName());

    @Inject
    OnlineBackup backup;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            OnlineBackup.Backup made = backup.run();
            LOG.log(System.Logger.Level.INFO, "Backup of the database made in " + made.took().toMillis() + " ms: " + made.database());
            Json.createWriter(response.getWriter()).write(Json.createObjectBuilder()
                    .add("database", made.database().toString())
                    .add("began", made.began().toString())
                    .add("seconds", made.took().toMillis() / 1000.0)
                    .build());
        } catch (OnlineBackup.NotPossible e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Json.createWriter(response.getWriter()).write(Json.createObjectBuilder().add("error", e.getMessage()).build());
        } catch (SQLException e) {
            throw new ServletException("The backup failed", e); // logged under the request id; a 500 for the command
        }
    }
}
