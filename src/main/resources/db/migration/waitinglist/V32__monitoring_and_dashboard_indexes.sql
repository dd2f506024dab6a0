-- Monitoring and dashboard pages whose cost does not grow with the list (issue 14).
--
-- The month's proposal orders the waiting children by risk, then by their last monitoring, then by receipt.
-- The last monitoring lived only in monitoring_action, so every view sorted the whole list. It is kept on the
-- entry too, by a trigger: whichever way an action is written or corrected (the application, demo data, a fix
-- by hand), the entry's date is the latest action's, and one index then serves the proposal's order.
alter table waiting_list_entry add column last_monitored_on date;

update waiting_list_entry e
   set last_monitored_on = a.last_on
  from (select entry_id, max(performed_on) as last_on from monitoring_action group by entry_id) a
 where a.entry_id = e.id;

create function waiting_list_entry_last_monitored() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update waiting_list_entry
           set last_monitored_on = (select max(performed_on) from monitoring_action where entry_id = old.entry_id)
         where id = old.entry_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update waiting_list_entry
           set last_monitored_on = (select max(performed_on) from monitoring_action where entry_id = new.entry_id)
         where id = new.entry_id;
    end if;
    return null;
end
$$;

create trigger monitoring_action_last_monitored
    after insert or update of entry_id, performed_on or delete on monitoring_action
    for each row execute function waiting_list_entry_last_monitored();

-- The proposal's order (MonitoringSample.ORDER): a page of it, and the first child left out, are index reads.
create index entry_monitoring_order_idx on waiting_list_entry
    (program_id, priority, priority_score desc nulls last, last_monitored_on nulls first, received_on, registered_at, id)
    where status = 'WAITING';

-- Children on the list never monitored: the count and a page, oldest receipt first.
create index entry_never_monitored_idx on waiting_list_entry (program_id, received_on, id)
    where status in ('WAITING', 'SCHEDULED') and last_monitored_on is null;

-- Dashboard: the median and longest wait of the waiting children read from the index, not a sort.
create index entry_waiting_received_idx on waiting_list_entry (program_id, received_on) where status = 'WAITING';

-- Dashboard trend: the children on the list today, counted from the index alone.
create index entry_open_received_idx on waiting_list_entry (program_id, received_on) where exited_on is null;

-- The dashboard's trend reads the last 12 months' referrals and exits as ranges of entry_program_received_idx
-- and entry_program_exited_idx (V19).
