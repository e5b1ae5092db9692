-- One row per job that must never run twice at once, even across several Payara instances:
-- starting a run locks its row (SELECT ... FOR UPDATE) while it checks for a run in progress.
create table job_lock (
    name varchar(40) not null primary key
);
insert into job_lock (name) values ('claim-submission');

-- ST02 of every transaction set sent is unique forever too: the pair with its interchange is
-- enforced here, the value itself comes from st_control_seq.
create unique index uq_claim_st02 on claim (transaction_control_number);
