-- A user's RUT/RUN, as "12345678-5": single sign-on through ClaveÚnica, which knows people by their RUN only,
-- recognises the user by it. Optional (most users log in with a password or by e-mail), and one account per RUT.
alter table app_user add column rut varchar(10);
create unique index app_user_rut_uq on app_user (rut);
