-- The letters' listeners moved into the drafting capability (issue 15). The event publication registry names each
-- pending delivery by its listener's class and method; a delivery still pending under the old name at the upgrade
-- would be resubmitted to a listener that no longer exists, and its oficio never drafted or brought up to date.
-- Pending deliveries follow the listeners to their new names.
update event_publication
   set listener_id = 'cl.circuito.letters.drafting.' || substr(listener_id, length('cl.circuito.letters.') + 1)
 where completion_date is null
   and (listener_id like 'cl.circuito.letters.LetterDrafts.%'
        or listener_id like 'cl.circuito.letters.DraftFollowing.%'
        or listener_id like 'cl.circuito.letters.EstimateLetters.%');
