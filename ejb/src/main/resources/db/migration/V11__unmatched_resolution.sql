-- A biller resolves an unmatched 835 item (refund requested, posted by hand, payer asked to
-- correct...): who, when and what was done, kept with the item.
alter table remittance_unmatched add column resolution varchar(1000);
alter table remittance_unmatched add column resolved_by varchar(100);
alter table remittance_unmatched add column resolved_at timestamp;
