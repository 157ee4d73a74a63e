package org.equityaccelerator.command.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code accelerator.access.bootstrap-admins}: {@code subject@programId,...}, the first admins of each program.
 * {@code accelerator.access.operator-program}: the program whose admins and auditors may act on every program's data
 * (as admins and auditors of each; whole-log export, verification, rebuild). Set explicitly, never implied: it must be
 * the operator's own program, not a tenant's. Unset: no platform-wide roles (and no one can export the whole log).
 */
@Component
class AccessSettings {
    record BootstrapAdmin(String subject, String programId) {
    }

    private final List<BootstrapAdmin> bootstrapAdmins = new ArrayList<>();
    private final String operatorProgram;

    AccessSettings(@Value("${accelerator.access.bootstrap-admins:}") List<String> bootstrapAdmins,
                   @Value("${accelerator.access.operator-program:}") String operatorProgram) {
        for (String entry : bootstrapAdmins) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split("@");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("accelerator.access.bootstrap-admins: expected subject@programId, got "
                        + entry);
            }
            this.bootstrapAdmins.add(new BootstrapAdmin(parts[0], parts[1]));
        }
        // explicit only: its admins and auditors act on every program, which no tenant's admins should get by default
        this.operatorProgram = operatorProgram.trim();
    }

    List<BootstrapAdmin> bootstrapAdmins() {
        return bootstrapAdmins;
    }

    String operatorProgram() {
        return operatorProgram;
    }
}
