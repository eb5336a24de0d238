package org.inspectorate.ops.application;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up work has finished, and how it failed if it did. Read by the health checks. */
@ApplicationScoped
public class StartupState {

    private volatile boolean started;
    private volatile String failure;

    void markStarted() {
        started = true;
    }

    void markFailed(String reason) {
        failure = reason;
    }

    public boolean started() {
        return started;
    }

    public String failure() {
        return failure;
    }
}
