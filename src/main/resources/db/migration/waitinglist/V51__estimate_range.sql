-- Issue 18, honest forecasts: each estimate also keeps its 90 % date (admitted by then with probability at least
-- 90 %, exits modelled as a Poisson process; docs/estimates.md). Where a free place was there the range is a
-- single date; older rows keep no range ("sin rango"): the next recomputation adds a row with it, and since only
-- the 90 % date changes, no oficio is drafted.
alter table admission_estimate add column latest_on date;
update admission_estimate set latest_on = estimated_on where rank <= free_places;
alter table admission_estimate add constraint admission_estimate_range_ck
    check (latest_on is null or latest_on >= estimated_on);
