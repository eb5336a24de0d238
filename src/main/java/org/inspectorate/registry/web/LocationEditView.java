package org.inspectorate.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.application.RegisterService;
import org.inspectorate.registry.domain.LocationDetails;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** Correcting a location's details (registration officers and administrators). */
@Named
@ViewScoped
public class LocationEditView extends LocationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    @Inject
    RegisterService service;

    private LocationForm form;

    @Override
    protected Optional<LocationRecord> find(String locationId) {
        Optional<LocationRecord> found = register.publicLocation(locationId);
        found.ifPresent(l -> {
            if (form == null) {
                form = LocationForm.of(l.details(), l.version());
            }
        });
        return found;
    }

    public void save() {
        try {
            service.changeLocationDetails(getId(), form.getVersion(), form.toDetails());
            FacesErrors.info("The location's details have been saved.");
            Pages.redirect("/staff/location.xhtml?id=" + getId());
        } catch (ValidationFailure e) {
            FacesErrors.show("edit", e);
        } catch (OptimisticLockException e) {
            FacesErrors.field("edit:name", "Someone else changed this location while you were editing it."
                    + " Reload the page to see their changes, then make yours again.");
        }
    }

    public LocationForm getForm() {
        return form;
    }

    /** The form's fields; strings as typed, so nothing is lost when a value is refused. */
    public static class LocationForm implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String alsoKnownAs;
        private String addressLine1;
        private String addressLine2;
        private String townCity;
        private String county;
        private String postcode;
        private String phone;
        private String website;
        private Integer beds;
        private boolean dormant;
        private int version;

        static LocationForm of(LocationDetails d, int version) {
            LocationForm f = new LocationForm();
            f.name = d.name();
            f.alsoKnownAs = d.alsoKnownAs();
            f.addressLine1 = d.addressLine1();
            f.addressLine2 = d.addressLine2();
            f.townCity = d.townCity();
            f.county = d.county();
            f.postcode = d.postcode();
            f.phone = d.phone();
            f.website = d.website();
            f.beds = d.beds();
            f.dormant = d.dormant();
            f.version = version;
            return f;
        }

        LocationDetails toDetails() {
            return new LocationDetails(name, alsoKnownAs, addressLine1, addressLine2, townCity, county, postcode,
                    phone, website, beds, dormant);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAlsoKnownAs() { return alsoKnownAs; }
        public void setAlsoKnownAs(String v) { alsoKnownAs = v; }
        public String getAddressLine1() { return addressLine1; }
        public void setAddressLine1(String v) { addressLine1 = v; }
        public String getAddressLine2() { return addressLine2; }
        public void setAddressLine2(String v) { addressLine2 = v; }
        public String getTownCity() { return townCity; }
        public void setTownCity(String v) { townCity = v; }
        public String getCounty() { return county; }
        public void setCounty(String v) { county = v; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String v) { postcode = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getWebsite() { return website; }
        public void setWebsite(String v) { website = v; }
        public Integer getBeds() { return beds; }
        public void setBeds(Integer v) { beds = v; }
        public boolean isDormant() { return dormant; }
        public void setDormant(boolean v) { dormant = v; }
        public int getVersion() { return version; }
    }
}
