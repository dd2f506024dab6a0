package cl.circuito.implementation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThresholdRepository extends JpaRepository<Threshold, IndicatorKind> {
}
