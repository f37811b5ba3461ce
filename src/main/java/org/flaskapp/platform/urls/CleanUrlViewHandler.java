package org.flaskapp.platform.urls;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Map;

/**
 * Makes every URL that Faces writes (links, form actions, redirects) use the folder form
 * {@code /posts/} instead of the view file {@code /posts/index.xhtml}. The container's welcome
 * file ({@code index.xhtml}, see web.xml) maps the folder back to the view, so visitors never
 * see a {@code .xhtml} path.
 */
public class CleanUrlViewHandler extends ViewHandlerWrapper {

    public CleanUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * A form posts back to the address it was shown at: for a view that a route serves (see
     * {@link AddressRoutesFilter}), that is the address before the forward, such as /posts/42/edit/.
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object routedFrom = context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        if (routedFrom != null && context.getViewRoot() != null && viewId.equals(context.getViewRoot().getViewId())) {
            return (String) routedFrom;
        }
        return clean(context, viewId, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId,
                                     Map<String, List<String>> parameters, boolean includeViewParams) {
        return clean(context, viewId,
                super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId,
                                 Map<String, List<String>> parameters, boolean includeViewParams) {
        return clean(context, viewId,
                super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    /** Replaces the view's file path at the start of {@code url} by its folder path. */
    private static String clean(FacesContext context, String viewId, String url) {
        String filePath = context.getExternalContext().getRequestContextPath() + viewId;
        String folderPath = CleanUrls.folderOf(filePath);
        if (folderPath.equals(filePath) || !url.startsWith(filePath)) {
            return url;
        }
        return folderPath + url.substring(filePath.length());
    }
}
