-- How the program reaches the child's family (issue 16, part 3): the child's address, the responsible adult and how
-- to contact them safely. It is the program's knowledge, kept with its entry and never in the shared child registry,
-- so another program never sees it. One row per entry, its own version: editing the contact does not race with a
-- decision on the entry. Everything is optional: a referral often arrives without it.
create table entry_contact (
    entry_id           uuid primary key references waiting_list_entry (id) on delete cascade,
    version            bigint       not null default 0,
    street             varchar(200),
    street_number      varchar(30),
    comuna_code        varchar(5) references comuna (code),
    adult_name         varchar(200),
    adult_relationship varchar(100),
    phone              varchar(20),
    other_phone        varchar(20),
    email              varchar(254),
    safety_notes       text,
    updated_at         timestamptz  not null,
    updated_by         uuid         not null,
    updated_by_name    varchar(200) not null
);
