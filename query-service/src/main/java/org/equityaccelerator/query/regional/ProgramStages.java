package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.ProgramRegistered;

import java.util.List;

/**
 * The process-change stages of a cohort's program (a program's own, e.g. an SNI pilot's or a hospital's
 * impact-purchasing stages; the contracting lifecycle when it declared none). The program's stream is not the
 * cohort's, so the regional view joins them when served, as the participant view joins the session calendar.
 */
public final class ProgramStages {
    private ProgramStages() {
    }

    public static List<String> of(List<EventEnvelope> programEvents) {
        for (EventEnvelope event : programEvents) {
            if (event.data() instanceof ProgramRegistered registered && registered.processChangeStages() != null) {
                return registered.processChangeStages();
            }
        }
        return ProgramRegistered.DEFAULT_PROCESS_CHANGE_STAGES;
    }
}
