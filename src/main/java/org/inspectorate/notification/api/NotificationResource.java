package org.inspectorate.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.notification.application.Acknowledgement;
import org.inspectorate.notification.application.NotificationIntake;
import org.inspectorate.notification.application.NotificationQueries;
import org.inspectorate.notification.application.NotificationRecord;
import org.inspectorate.notification.application.Submission;
import org.inspectorate.shared.api.JsonBatch;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.json.Jsons;

/**
 * Statutory notifications over the API, for a provider's users (HTTP Basic) and API clients (Bearer key).
 * POST one notification as a JSON object, or a batch (up to 100) as a JSON array: a batch is all or
 * nothing. The answer comes only after the notifications are committed.
 */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    NotificationIntake intake;

    @Inject
    NotificationQueries queries;

    /** The answer to a batch: one acknowledgement per notification, in the order sent. */
    public record BatchAcknowledgement(List<Acknowledgement> notifications) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVIDER")
    @Operation(summary = "Submit a notification, or a batch of them",
            description = "A JSON object is one notification: {clientKey, locationId, type, details, attachments}. A JSON"
                    + " array is a batch of up to 100, stored all or nothing. GET /api/v1/notification-types lists each"
                    + " type's fields. A clientKey used before returns the original acknowledgement (200, header"
                    + " Idempotent-Replayed: true) and stores nothing; the Idempotency-Key header may give the key of a"
                    + " single notification. Problems are reported per field, e.g. [2].details.dateOfDeath.")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, @JsonBatch String body) {
        JsonValue json = parse(body);
        List<FieldError> errors = new ArrayList<>();
        if (json.getValueType() == JsonValue.ValueType.ARRAY) {
            List<Submission> batch = new ArrayList<>();
            var array = json.asJsonArray();
            if (array.isEmpty() || array.size() > NotificationIntake.MAX_BATCH) {
                throw ValidationFailure.of("notifications", "Send between 1 and " + NotificationIntake.MAX_BATCH
                        + " notifications in a batch");
            }
            for (int i = 0; i < array.size(); i++) {
                batch.add(SubmissionJson.read(array.get(i), "[" + i + "].", null, errors));
            }
            failOn(errors);
            List<Acknowledgement> acks = retryOnce(() -> intake.submitBatch(batch));
            boolean allReplayed = acks.stream().allMatch(Acknowledgement::replayed);
            return Response.status(allReplayed ? 200 : 201).header(REPLAYED, allReplayed)
                    .entity(new BatchAcknowledgement(acks)).build();
        }
        Submission one = SubmissionJson.read(json, "", idempotencyKey, errors);
        failOn(errors);
        Acknowledgement ack = retryOnce(() -> intake.submit(one));
        return Response.status(ack.replayed() ? 200 : 201).header(REPLAYED, ack.replayed())
                .location(URI.create("/api/v1/notifications/" + ack.reference())).entity(ack).build();
    }

    @GET
    @RolesAllowed({"PROVIDER", "STAFF"})
    @Operation(summary = "Your organisation's notifications, newest first", description = "Paged.")
    public PagedResponse<NotificationQueries.Summary> list(@QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.ofCallerOrganisation(request));
    }

    @GET
    @Path("/{reference}")
    @RolesAllowed({"PROVIDER", "STAFF"})
    @Operation(summary = "One notification by its reference", description = "Only your own organisation's.")
    public NotificationRecord get(@PathParam("reference") String reference) {
        String ref = reference.strip().toUpperCase(java.util.Locale.ROOT);
        return queries.byReference(ref).orElseThrow(() -> new NotFound("notification", ref));
    }

    private static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationFailure.of("body", "Send the notification as JSON");
        }
        try (JsonReader r = Jsons.JSON.createReader(new StringReader(body))) {
            return r.readValue();
        } catch (JsonException e) {
            throw ValidationFailure.of("body", "The request body is not valid JSON");
        }
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    /**
     * Two requests with the same new client key may race: the unique index lets one commit and the other fail.
     * Trying again, the loser finds the winner's notification and answers with its acknowledgement.
     */
    private static <T> T retryOnce(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return work.get();
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof PersistenceException && t.getMessage() != null && t.getMessage().contains("23505")) {
                return true;
            }
        }
        return false;
    }
}
