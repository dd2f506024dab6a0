-- The listener of the estimated admission dates moved into the admission capability (issue 15). The event
-- publication registry names each pending delivery by its listener's class and method; a delivery still pending
-- under the old name at the upgrade would be resubmitted to a listener that no longer exists, and the estimate it
-- asked for would never be recomputed. Pending deliveries follow the listener to its new name.
update event_publication
   set listener_id = replace(listener_id, 'cl.circuito.waitinglist.AdmissionEstimateTriggers.',
                             'cl.circuito.waitinglist.admission.AdmissionEstimateTriggers.')
 where completion_date is null
   and listener_id like 'cl.circuito.waitinglist.AdmissionEstimateTriggers.%';
