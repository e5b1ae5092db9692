-- The build step pages through billable doses that have no original claim yet (Claims.unbuiltDoses:
-- NOT EXISTS a claim of the dose with frequency 1). Without an index on the dose, PostgreSQL
-- scanned the claim table once per dose of each page: 32 of the 41 s of a 5,000-claim run
-- (docs/benchmarks.md, issue 4). With it each dose is one index probe.
create index ix_claim_dose on claim (dose_id, frequency);
