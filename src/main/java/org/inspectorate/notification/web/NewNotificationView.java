package org.inspectorate.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notification.application.DraftService;
import org.inspectorate.notification.domain.NotificationAudience;
import org.inspectorate.notification.domain.NotificationCatalogue;
import org.inspectorate.notification.domain.NotificationCatalogue.TypeSpec;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.registry.application.LocationSummary;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.LocationSearch;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/** Starting a notification: which location and which type. It becomes a draft kept on the server. */
@Named
@ViewScoped
public class NewNotificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftService drafts;

    @Inject
    RegisterQueries register;

    @Inject
    RegisterLookups lookups;

    @Inject
    ProviderAccess access;

    @Inject
    LocationDirectory directory;

    private String location;
    private String type;
    private List<LocationSummary> locations;
    private transient LocationFacts chosenFacts;
    private transient LocationSummary chosen;

    public void start() {
        try {
            UUID id = drafts.start(location, type);
            Pages.redirect("/portal/notifications/draft.xhtml?id=" + id);
        } catch (ValidationFailure e) {
            FacesErrors.show("start", e);
        } catch (NotFound | Forbidden e) {
            FacesErrors.field("start:location", Messages.get("notification.start.location"));
        }
    }

    /**
     * The locations the caller may submit for, by name: all of the organisation's (a chain with more than a
     * hundred starts from a location's page), or for a location manager or contributor only their own.
     */
    public List<LocationSummary> getLocations() {
        if (locations == null) {
            String provider = access.requireProvider();
            locations = access.locationScope().map(lookups::locations)
                    .orElseGet(() -> register.listLocations(LocationSearch.ofProvider(provider),
                            new PageRequest(1, PageRequest.MAX_SIZE)));
        }
        return locations;
    }

    /**
     * The kinds of notification the chosen location's services make (every kind until one is chosen): a dental
     * practice is not offered Mental Health Act notifications. The server refuses the others too.
     */
    public List<TypeSpec> getTypes() {
        LocationFacts facts = getChosenFacts();
        return facts == null ? NotificationCatalogue.all() : NotificationCatalogue.all().stream()
                .filter(t -> NotificationAudience.appliesTo(t.type(), facts.serviceTypes())).toList();
    }

    /** The location chosen in the first step, if it is one the caller may notify about. */
    public LocationSummary getChosen() {
        if (location == null || location.isBlank()) {
            return null;
        }
        if (chosen == null) {
            chosen = find(location.strip());
        }
        return chosen;
    }

    private LocationSummary find(String id) {
        return getLocations().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseGet(() -> access.locationScope().isPresent() ? null
                        : lookups.locations(List.of(id)).stream()
                                .filter(l -> l.providerId().equals(access.requireProvider())).findFirst().orElse(null));
    }

    private LocationFacts getChosenFacts() {
        if (chosenFacts == null && getChosen() != null) {
            chosenFacts = directory.facts(getChosen().id()).orElse(null);
        }
        return chosenFacts;
    }

    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
}
