package cl.circuito.waitinglist.priority;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface ProgramPrioritySettings extends JpaRepository<ProgramPrioritySetting, UUID> {
}
