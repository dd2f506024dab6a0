package cl.circuito.implementation.scorecards;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThresholdRepository extends JpaRepository<Threshold, IndicatorKind> {
}
