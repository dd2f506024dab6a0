package cl.circuito.shared;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * Scheduled jobs (the daily digest, the daily estimate of admission dates) run on every node, so each
 * job method carries {@code @SchedulerLock}: the lock lives in PostgreSQL (table {@code shedlock}) and
 * uses the database's clock, so only one node runs a job and node clocks don't matter.
 * Tests turn scheduling off ({@code circuito.jobs.enabled=false}) and call the jobs directly.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "circuito.jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
