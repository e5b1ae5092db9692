-- After V14's ALTER SEQUENCE ... INCREMENT BY 500, PostgreSQL's next value is 500 above the last
-- one, but H2's next value still comes from the old increment (50 above): EclipseLink took it as
-- the end of a 500-id block starting below 1 and refused it ("sequence setup incorrectly"), so the
-- zero-setup run on H2 failed its first start. One more value from each sequence, thrown away,
-- puts H2 on whole blocks too. On PostgreSQL (and on an H2 database that already got past it) it
-- only skips one unused block: blocks stay unique.
SELECT nextval('remittance_seq');
SELECT nextval('claim_seq');
