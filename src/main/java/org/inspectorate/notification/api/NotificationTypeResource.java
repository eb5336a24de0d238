package org.inspectorate.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.notification.domain.Choice;
import org.inspectorate.notification.domain.FieldSpec;
import org.inspectorate.notification.domain.NotificationCatalogue;
import org.inspectorate.notification.domain.NotificationCatalogue.TypeSpec;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.shared.domain.NotFound;

/** The notification catalogue: every type with its regulation, time limit and fields. Public: it is documentation. */
@Path("/notification-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationTypeResource {

    public record Field(String name, String kind, String label, String hint, boolean required, Integer maxLength,
            Integer min, Integer max, Boolean notFuture, List<Choice> choices) {
        static Field of(FieldSpec f) {
            boolean text = f.isText() || f.isLongText();
            return new Field(f.name(), f.kind().name(), f.label(), f.hint(), f.required(), text ? f.maxLength() : null,
                    f.isNumber() ? f.min() : null, f.isNumber() ? f.max() : null,
                    f.isDate() || f.isDateTime() ? f.notFuture() : null, f.choices().isEmpty() ? null : f.choices());
        }
    }

    public record Type(String type, String regulation, String label, String description, String timeLimit,
            List<Field> fields) {
        static Type of(TypeSpec s) {
            return new Type(s.type().name(), s.type().regulation(), s.type().label(), s.description(),
                    s.type().timeLimit(), s.fields().stream().map(Field::of).toList());
        }
    }

    @GET
    @Operation(summary = "Every notification type and its fields",
            description = "DATE values are \"2026-11-23\", DATE_TIME \"2026-11-23T14:30\" (UK time), YES_NO true or false,"
                    + " CHOICE one code, MULTI_CHOICE a list of codes.")
    public List<Type> all() {
        return NotificationCatalogue.all().stream().map(Type::of).toList();
    }

    @GET
    @Path("/{type}")
    @Operation(summary = "One notification type and its fields")
    public Type one(@PathParam("type") String type) {
        return NotificationType.parse(type).map(NotificationCatalogue::spec).map(Type::of)
                .orElseThrow(() -> new NotFound("notification type", type));
    }
}
