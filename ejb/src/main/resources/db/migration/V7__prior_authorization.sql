-- Prior authorization (issue 6): the request lifecycle on the existing authorization_record,
-- its status history, the payer requirement checklists (data, not code) and the evidence attached
-- to a request. Runs on PostgreSQL and on H2 in PostgreSQL mode.

alter table authorization_record add column coverage_id bigint;
alter table authorization_record add column prescription_id bigint;
alter table authorization_record add column units_per_period integer;
alter table authorization_record add column period_days integer;
alter table authorization_record add column requested_from date;
alter table authorization_record add column requested_to date;
alter table authorization_record add column submitted_on date;
alter table authorization_record add column decided_on date;
alter table authorization_record add column appeal_deadline date;
alter table authorization_record add column decision_note varchar(400);
alter table authorization_record add column created_at timestamp;
alter table authorization_record
    add constraint fk_authorization_coverage foreign key (coverage_id) references coverage (id);
alter table authorization_record
    add constraint fk_authorization_prescription
    foreign key (prescription_id) references prescription (id);
create index ix_authorization_status on authorization_record (status, approved_to);

-- Who moved an authorization from which status to which, and when. Append-only.
create table authorization_status_change (
    id                bigint       not null primary key,
    authorization_id  bigint       not null references authorization_record (id),
    from_status       varchar(12),
    to_status         varchar(12)  not null,
    changed_at        timestamp    not null,
    actor             varchar(100) not null,
    note              varchar(400)
);
create index ix_authorization_status_change on authorization_status_change (authorization_id, changed_at);

-- What a payer asks for before it approves a drug. payer_id null is the default list used for
-- every payer that has none of its own for that drug.
--   rule DIAGNOSIS: a prescription diagnosis starts with one of the comma-separated prefixes in
--        parameter; MIN_AGE: the patient is at least parameter years old on the request date;
--   EVIDENCE: an evidence item of one of evidence_kinds (comma-separated), with expected_result
--        when set, observed at most max_age_days before the request date when set.
create table pa_checklist_item (
    id               bigint       not null primary key,
    payer_id         bigint       references payer (id),
    drug_code        varchar(11)  not null,
    code             varchar(30)  not null,
    position         integer      not null,
    label            varchar(200) not null,
    rule_kind        varchar(12)  not null,
    evidence_kinds   varchar(200),
    expected_result  varchar(40),
    max_age_days     integer,
    parameter        varchar(400),
    version          bigint       not null,
    constraint uq_pa_checklist_item unique (payer_id, drug_code, code)
);

-- The default Vivitrol (J2315) checklist, from the payer policies summarised in domain.md 4.1.
-- Ids come from registry_seq so rows added later through JPA never collide with them.
insert into pa_checklist_item (id, payer_id, drug_code, code, position, label, rule_kind,
    evidence_kinds, expected_result, max_age_days, parameter, version)
values (nextval('registry_seq'), null, 'J2315', 'DIAGNOSIS', 1,
    'Diagnosis of opioid or alcohol dependence on the payer''s list', 'DIAGNOSIS',
    null, null, null, 'F10.2,F11.2', 1);
insert into pa_checklist_item (id, payer_id, drug_code, code, position, label, rule_kind,
    evidence_kinds, expected_result, max_age_days, parameter, version)
values (nextval('registry_seq'), null, 'J2315', 'OPIOID_FREE', 2,
    'Opioid-free at least 7 days: negative urine drug screen or naloxone challenge within 7 days',
    'EVIDENCE', 'UDS_RESULT,NALOXONE_CHALLENGE', 'NEGATIVE', 7, null, 1);
insert into pa_checklist_item (id, payer_id, drug_code, code, position, label, rule_kind,
    evidence_kinds, expected_result, max_age_days, parameter, version)
values (nextval('registry_seq'), null, 'J2315', 'LFT', 3,
    'Liver function tests (no acute hepatitis or liver failure) within 90 days', 'EVIDENCE',
    'LFT_RESULT', null, 90, null, 1);
insert into pa_checklist_item (id, payer_id, drug_code, code, position, label, rule_kind,
    evidence_kinds, expected_result, max_age_days, parameter, version)
values (nextval('registry_seq'), null, 'J2315', 'PSYCHOSOCIAL', 4,
    'Enrolled in psychosocial treatment (counselling or a comprehensive program)', 'EVIDENCE',
    'COUNSELLING_ENROLLMENT', null, null, null, 1);
insert into pa_checklist_item (id, payer_id, drug_code, code, position, label, rule_kind,
    evidence_kinds, expected_result, max_age_days, parameter, version)
values (nextval('registry_seq'), null, 'J2315', 'AGE', 5, 'Patient is 18 or older', 'MIN_AGE',
    null, null, null, '18', 1);
insert into pa_checklist_item (id, payer_id, drug_code, code, position, label, rule_kind,
    evidence_kinds, expected_result, max_age_days, parameter, version)
values (nextval('registry_seq'), null, 'J2315', 'NO_AGONIST', 6,
    'Not on opioid analgesics or agonist treatment (methadone, buprenorphine)', 'EVIDENCE',
    'MEDICATION_REVIEW', 'NO_OPIOID_AGONIST', 30, null, 1);
insert into pa_checklist_item (id, payer_id, drug_code, code, position, label, rule_kind,
    evidence_kinds, expected_result, max_age_days, parameter, version)
values (nextval('registry_seq'), null, 'J2315', 'PRIOR_THERAPY', 7,
    'Prior therapies tried (e.g. oral naltrexone, acamprosate, disulfiram) with outcome',
    'EVIDENCE', 'PRIOR_TREATMENT', null, null, null, 1);

-- Clinical evidence attached to an authorization: typed results and dates, free text, or an
-- uploaded document (bytes and content type). item_code ties a document to the checklist item it
-- supports, so a packet takes only what the payer's checklist asks for.
create table authorization_evidence (
    id                bigint        not null primary key,
    authorization_id  bigint        not null references authorization_record (id),
    kind              varchar(30)   not null,
    item_code         varchar(30),
    observed_on       date,
    result            varchar(80),
    detail            varchar(4000),
    file_name         varchar(200),
    content_type      varchar(100),
    content           bytea,
    recorded_at       timestamp     not null,
    recorded_by       varchar(100)  not null,
    version           bigint        not null
);
create index ix_authorization_evidence on authorization_evidence (authorization_id);
