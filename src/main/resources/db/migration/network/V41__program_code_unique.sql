-- A program's code (the SENAINFO project code) names one program: imports recognise an existing program by it,
-- and two imports of the same sheet at once must not create it twice. Codes are compared ignoring case.
create unique index program_code_uq on program (lower(code)) where code is not null;
