-- How many READY claims a run's batch step found when it started (plus those it had read before a
-- restart): the progress bar's denominator, recorded once instead of counted on every poll.
alter table submission_run add column claims_to_batch integer not null default 0;
