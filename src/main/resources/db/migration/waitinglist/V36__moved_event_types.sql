-- The priority events moved into their capability, the ranking events and the MovesTheRanking marker into the
-- entry, which raises the ranking's and which every capability builds on (issue 15): no other module listens to
-- them. The event publication registry keeps each pending delivery's event by its class name, and names its
-- listener with the type the listener takes; it reads both back when it resubmits the delivery. A delivery still
-- pending under the old names at the upgrade could not be read or would find no listener, and the estimated
-- admission dates it asked for would never be recomputed. Pending deliveries follow the moved types.
update event_publication
   set event_type = replace(event_type, 'cl.circuito.waitinglist.PriorityEvents$',
                            'cl.circuito.waitinglist.priority.PriorityEvents$')
 where completion_date is null
   and event_type like 'cl.circuito.waitinglist.PriorityEvents$%';
update event_publication
   set event_type = replace(event_type, 'cl.circuito.waitinglist.RankingEvents$',
                            'cl.circuito.waitinglist.entry.RankingEvents$')
 where completion_date is null
   and event_type like 'cl.circuito.waitinglist.RankingEvents$%';
-- The estimates' listener is named with the type it listens to: the marker, now in the entry.
update event_publication
   set listener_id = replace(listener_id, '(cl.circuito.waitinglist.MovesTheRanking)',
                             '(cl.circuito.waitinglist.entry.MovesTheRanking)')
 where completion_date is null
   and listener_id like 'cl.circuito.waitinglist.admission.AdmissionEstimateTriggers.%';
