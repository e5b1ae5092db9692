-- Ids are handed out in blocks of 500 instead of 50 for the two busiest sequences: an 835 import
-- writes about 9 rows per claim (payment, lines, adjustments) and a claim submission several per
-- claim, and each block costs a round trip to the database. EclipseLink's allocationSize on every
-- generator of these sequences (RemittanceRow; ClaimLine, ClaimStatusChange, ClaimFinding,
-- FeeScheduleEntry) is 500 to match.
--
-- One nextval first: on a sequence never used, the first nextval after the change would return its
-- start value (50), and EclipseLink would compute a block below 1. After it, the next value is at
-- least 500 above anything handed out, so blocks already in use (of 50) stay unique.
SELECT nextval('remittance_seq');
SELECT nextval('claim_seq');
ALTER SEQUENCE remittance_seq INCREMENT BY 500;
ALTER SEQUENCE claim_seq INCREMENT BY 500;
