-- A child without RUT is identified by names and birth date. Until now only the code looked for an existing
-- record before creating one, so two people registering the same child at the same moment made two children.
-- The rule now lives in the database: a unique index on the normalised names and the birth date of the
-- children without RUT, which the registry's insert (ON CONFLICT DO NOTHING) relies on.

-- How names compare: accents and case ignored, spaces trimmed and collapsed, the three names kept apart.
-- translate() with an explicit list rather than unaccent(): an index needs a function that is truly
-- immutable, and unaccent() reads a dictionary that may change under the index. Only pg_catalog functions are
-- called, so the index also rebuilds under pg_restore's empty search_path.
create function child_name_key(given_names text, paternal_surname text, maternal_surname text) returns text
    language sql immutable parallel safe
as $$
select lower(btrim(regexp_replace(regexp_replace(
           translate(coalesce(given_names, '') || '|' || coalesce(paternal_surname, '') || '|'
                         || coalesce(maternal_surname, ''),
                     'ÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇÝáàâäãåéèêëíìîïóòôöõúùûüñçýÿ',
                     'AAAAAAEEEEIIIIOOOOOUUUUNCYaaaaaaeeeeiiiiooooouuuuncyy'),
           '[[:space:]\u00a0]+', ' ', 'g'),
       ' ?\| ?', '|', 'g')))
$$;

-- Children registered twice before this rule existed. They are not merged here: merging rewrites other
-- modules' records (entries, active cases, Mesa case reviews, letters) and may break their own rules (one open
-- entry per child and program), and two records with the same names and birth date may still be two children —
-- a person must decide. The earliest record stays the registry's; each later one points to it, is left out of
-- the unique index, and its entries say so (docs/architecture.md, "Child registry").
alter table child add column duplicate_of uuid references child (id);

update child c
   set duplicate_of = k.keeper
  from (select id,
               first_value(id) over (partition by child_name_key(given_names, paternal_surname, maternal_surname),
                                                  birth_date
                                         order by created_at, id) as keeper
          from child
         where rut is null) k
 where c.id = k.id
   and k.keeper <> k.id;

drop index child_unidentified_idx;
create unique index child_unidentified_uq
    on child (child_name_key(given_names, paternal_surname, maternal_surname), birth_date)
    where rut is null and duplicate_of is null;
