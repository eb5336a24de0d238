package org.inspectorate.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What must survive a redirect: messages ("Your account has been created") and values (new recovery codes, a
 * receipt's reference). They are kept in the HTTP session and taken by the next page rendered in it. The Faces
 * flash did the same but lost them now and then under load; this is deterministic. Registered as a phase
 * listener in faces-config.xml, which shows kept messages on the next page.
 */
public class NextPage implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String KEY = NextPage.class.getName();

    private record Kept(String clientId, FacesMessage message) implements Serializable {
    }

    /** Moves this request's messages to the session, for the page the browser is about to be redirected to. */
    public static void keepMessages(FacesContext faces) {
        List<Kept> kept = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            faces.getMessages(id).forEachRemaining(m -> kept.add(new Kept(id, m)));
        }
        if (!kept.isEmpty()) {
            faces.getExternalContext().getSessionMap().put(KEY, new ArrayList<>(kept));
        }
    }

    /** Keeps a value for the next page; {@link #take} reads it once. */
    public static void put(String key, Serializable value) {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(KEY + "." + key, value);
    }

    /** The value kept for this page, removed so that it shows once; null if there is none. */
    public static Object take(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getSession(false) == null ? null
                : faces.getExternalContext().getSessionMap().remove(KEY + "." + key);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        if (faces.getExternalContext().getSession(false) != null && session.remove(KEY) instanceof List<?> kept) {
            for (Object k : kept) {
                Kept m = (Kept) k;
                faces.addMessage(m.clientId(), m.message());
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing to do after rendering.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
