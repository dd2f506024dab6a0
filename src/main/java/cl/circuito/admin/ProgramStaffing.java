package cl.circuito.admin;

import cl.circuito.identity.UserAdministration;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;
import java.util.UUID;

/**
 * Saves a program and appoints its director in one transaction: the network records who directs the
 * program, identity gives that user access to it. Either both happen or neither does.
 */
@Service
class ProgramStaffing {

    private final NetworkAdministration network;
    private final UserAdministration users;

    ProgramStaffing(NetworkAdministration network, UserAdministration users) {
        this.network = network;
        this.users = users;
    }

    @Transactional
    ProgramSummary create(Actor actor, UUID institutionId, ProgramData data, UUID directorUserId) {
        ProgramSummary program = network.createProgram(actor, institutionId, data);
        appoint(actor, program.id(), null, directorUserId);
        return program;
    }

    @Transactional
    ProgramSummary update(Actor actor, UUID programId, Long version, ProgramData data, UUID directorUserId) {
        ProgramSummary program = network.updateProgram(actor, programId, version, data);
        appoint(actor, programId, program.directorUserId(), directorUserId);
        return program;
    }

    private void appoint(Actor actor, UUID programId, UUID current, UUID chosen) {
        if (Objects.equals(current, chosen)) {
            return;
        }
        if (chosen != null) {
            users.grantDirectorAccess(actor, chosen, programId);
        }
        network.appointDirector(actor, programId, chosen);
    }
}
