package ceiling;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * The least a server can do for a page: a servlet that sends the same bytes as the site's kept
 * home page (2,072), with nothing in front of it (no filters, no CDI, no security mechanism, no
 * sessions). ceiling.sh deploys it beside the site to measure what the server itself allows.
 */
@WebServlet("/page")
public class Ceiling extends HttpServlet {

    private static final byte[] PAGE = new byte[2_072];

    static {
        Arrays.fill(PAGE, (byte) 'a');
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(PAGE.length);
        response.getOutputStream().write(PAGE);
    }
}
