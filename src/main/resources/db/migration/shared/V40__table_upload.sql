-- Files uploaded to be imported (a program's waiting list, the network's programs and staff), kept between the
-- upload, the preview the user checks and the confirmation, which may reach another app node: nothing is held
-- in memory. They hold children's data, so they are purged a few days after upload (Uploads.purge).
create table table_upload
(
    id          uuid primary key,
    purpose     varchar(40)  not null,
    owner_id    uuid         not null,
    scope_key   varchar(100) not null,
    file_name   varchar(255) not null,
    checksum    char(64)     not null,
    content     bytea        not null,
    uploaded_at timestamptz  not null
);
create index table_upload_age_idx on table_upload (uploaded_at);
