-- Acknowledgment outcomes are words (OK, PARTIAL, TA1-A), not just the 999's one-letter codes.
alter table interchange alter column ack_status set data type varchar(16);
