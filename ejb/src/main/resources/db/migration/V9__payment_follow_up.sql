-- Cost of access follows posted 835 payments after the import commits, page by page; drains on
-- several threads or instances take turns on this row (PaymentFollowUpQueue).
insert into job_lock (name) values ('payment-follow-up');
