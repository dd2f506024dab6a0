-- Re-validation of long waits (issue 18), as the NHS re-validates its waiting lists at 12, 26 and 52 weeks: a child
-- who has waited past a set point since the last re-validation is asked again whether the program is still needed and
-- whether the family can still be reached.

-- The set points, as data the national team changes: weeks since the referral was received, ascending, then every
-- repeat_every_weeks after the last one. One row.
create table revalidation_schedule (
    id                 smallint primary key check (id = 1),
    version            bigint not null default 0,
    set_point_weeks    integer[] not null check (cardinality(set_point_weeks) between 1 and 10),
    repeat_every_weeks integer not null check (repeat_every_weeks between 4 and 104),
    changed_at         timestamptz,
    changed_by_name    varchar(200)
);
insert into revalidation_schedule (id, set_point_weeks, repeat_every_weeks) values (1, '{12,26,52}', 26);

-- A re-validation is a monitoring action with two answers (both, or neither), and the whole weeks waited on its day.
alter table monitoring_action
    add column still_needs_program boolean,
    add column still_reachable     boolean,
    add column weeks_waited        integer check (weeks_waited >= 0),
    add constraint monitoring_action_revalidation_complete
        check ((still_needs_program is null) = (still_reachable is null)
           and (still_needs_program is null) = (weeks_waited is null));
-- An entry's last re-validation.
create index monitoring_action_revalidation_idx on monitoring_action (entry_id, performed_on desc)
    where still_needs_program is not null;

-- The month's plan proposes the children due for re-validation, with that reason.
alter table monitoring_plan_item drop constraint monitoring_plan_item_reason_check;
alter table monitoring_plan_item add constraint monitoring_plan_item_reason_check
    check (reason in ('HIGHEST_RISK', 'LONGEST_WITHOUT_MONITORING', 'LONGEST_WAITING', 'ADDED_BY_DIRECTOR',
                      'EVERY_WAITING_CHILD', 'REVALIDATION'));
