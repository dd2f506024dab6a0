-- The day the family court ordered the referral (the resolution's date), which the court's own records go by and
-- which is often days or weeks before the program receives it. Optional: the form asks for it when a court refers.
alter table waiting_list_entry add column court_ordered_on date;
alter table waiting_list_entry add constraint entry_ordered_before_received
    check (court_ordered_on is null or court_ordered_on <= received_on);
