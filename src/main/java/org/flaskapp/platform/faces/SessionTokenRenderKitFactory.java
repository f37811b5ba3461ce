package org.flaskapp.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flaskapp.platform.guards.SessionToken;

/**
 * Gives every {@code h:form} of a visitor who has an HTTP session a hidden field with the
 * session's {@link SessionToken}, so that no form can forget it. Forms of visitors without a
 * session are rendered as they were: this never creates a session.
 */
public class SessionTokenRenderKitFactory extends RenderKitFactory {

    private static final String FORM_FAMILY = "jakarta.faces.Form";

    /** Render kits are asked for on every component rendered: one wrapper per kit, made once. */
    private final Map<String, RenderKit> renderKits = new ConcurrentHashMap<>();

    public SessionTokenRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit renderKit = getWrapped().getRenderKit(context, renderKitId);
        return renderKit == null ? null
                : renderKits.computeIfAbsent(renderKitId, id -> new WithTokenInForms(renderKit));
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
        renderKits.remove(renderKitId);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class WithTokenInForms extends RenderKitWrapper {

        private final Map<String, Renderer> forms = new ConcurrentHashMap<>();

        WithTokenInForms(RenderKit renderKit) {
            super(renderKit);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = super.getRenderer(family, rendererType);
            return FORM_FAMILY.equals(family) && renderer != null
                    ? forms.computeIfAbsent(rendererType, type -> new FormWithToken(renderer))
                    : renderer;
        }
    }

    /** The form as its own renderer writes it, with the hidden field before its closing tag. */
    private static final class FormWithToken extends RendererWrapper {

        FormWithToken(Renderer form) {
            super(form);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            HttpSession session = (HttpSession) context.getExternalContext().getSession(false);
            if (session != null) {
                ResponseWriter writer = context.getResponseWriter();
                writer.startElement("input", component);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", SessionToken.FIELD, null);
                writer.writeAttribute("value", SessionToken.of(session), null);
                writer.endElement("input");
            }
            super.encodeEnd(context, component);
        }
    }
}
