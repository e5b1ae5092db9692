-- Remittance in (issue 5): 835 files kept byte for byte, each transaction set (payment) posted
-- once, claim and service-line payments with their adjustments and remarks, the provider ledger
-- (PLB), the unmatched and denial queues, and the CARC/RARC reference tables.

create sequence remittance_seq start with 50 increment by 50;

-- Appeal window per payer (days after the payment date); null = billing.remittance.appeal-days.
alter table payer add column appeal_days integer;

create table remittance_file (
    id           bigint        not null primary key,
    file_name    varchar(200)  not null,
    sha256       varchar(64)   not null,
    size_bytes   bigint        not null,
    content      bytea         not null,
    source       varchar(10)   not null,
    received_at  timestamp     not null,
    received_by  varchar(64)   not null,
    interchanges integer       not null,
    transactions integer       not null,
    claims       integer       not null,
    -- The same bytes twice are one file.
    constraint uq_remittance_file_sha256 unique (sha256)
);

create table remittance_transaction (
    id               bigint        not null primary key,
    file_id          bigint        not null references remittance_file (id),
    position         integer       not null,
    payer_id         bigint        references payer (id),
    payer_identifier varchar(80)   not null,
    payer_name       varchar(60),
    payee_npi        varchar(15),
    trace_number     varchar(50)   not null,
    -- TRN02 again, but only while POSTED: a rejected payment may come again (corrected) and post.
    posted_trace     varchar(50),
    isa13            varchar(9)    not null,
    gs06             varchar(9)    not null,
    st02             varchar(9)    not null,
    handling_code    varchar(2),
    total_payment    numeric(14,2),
    credit_debit     varchar(1),
    payment_method   varchar(3),
    payment_date     date,
    production_date  date,
    status           varchar(10)   not null,
    reason           varchar(4000),
    claims           integer       not null,
    claims_posted    integer       not null,
    claims_denied    integer       not null,
    claims_unmatched integer       not null,
    claims_reversed  integer       not null,
    total_paid       numeric(14,2) not null,
    total_plb        numeric(14,2) not null,
    received_at      timestamp     not null,
    -- An 835 is identified by payer + trace + ISA13/GS06/ST02: never stored twice.
    constraint uq_remittance_tx_envelope unique (payer_identifier, trace_number, isa13, gs06, st02),
    -- The same payment (payer + TRN02) is posted once, whatever file it comes in.
    constraint uq_remittance_tx_payment unique (payer_identifier, posted_trace)
);
create index ix_remittance_tx_file on remittance_transaction (file_id, position);

create table remittance_claim_payment (
    id                     bigint        not null primary key,
    transaction_id         bigint        not null references remittance_transaction (id),
    claim_id               bigint        references claim (id),
    position               integer       not null,
    patient_control_number varchar(38)   not null,
    status_code            varchar(2)    not null,
    charge                 numeric(14,2),
    paid                   numeric(14,2),
    patient_responsibility numeric(14,2),
    filing_indicator       varchar(2),
    payer_claim_number     varchar(50),
    frequency              varchar(1),
    outcome                varchar(10)   not null,
    paid_date              date          not null,
    reverses_id            bigint        references remittance_claim_payment (id),
    reversed_by_id         bigint        references remittance_claim_payment (id),
    allowed                numeric(14,2) not null,
    deductible             numeric(14,2) not null,
    coinsurance            numeric(14,2) not null,
    copay                  numeric(14,2) not null,
    other_pr               numeric(14,2) not null,
    contractual            numeric(14,2) not null,
    denied                 numeric(14,2) not null,
    other_adjustments      numeric(14,2) not null
);
create index ix_remittance_cp_tx on remittance_claim_payment (transaction_id, position);
create index ix_remittance_cp_claim on remittance_claim_payment (claim_id);
create index ix_remittance_cp_icn on remittance_claim_payment (payer_claim_number);

create table remittance_service_payment (
    id                  bigint        not null primary key,
    claim_payment_id    bigint        not null references remittance_claim_payment (id),
    claim_line_id       bigint        references claim_line (id),
    position            integer       not null,
    procedure_text      varchar(80)   not null,
    procedure_code      varchar(48)   not null,
    original_procedure  varchar(80),
    charge              numeric(14,2),
    paid                numeric(14,2),
    units_paid          numeric(12,3),
    service_date        date,
    line_control_number varchar(50),
    allowed             numeric(14,2) not null,
    deductible          numeric(14,2) not null,
    coinsurance         numeric(14,2) not null,
    copay               numeric(14,2) not null,
    other_pr            numeric(14,2) not null,
    contractual         numeric(14,2) not null,
    denied              numeric(14,2) not null,
    other_adjustments   numeric(14,2) not null
);
create index ix_remittance_sp_cp on remittance_service_payment (claim_payment_id);

create table remittance_adjustment (
    id                 bigint        not null primary key,
    claim_payment_id   bigint        not null references remittance_claim_payment (id),
    service_payment_id bigint        references remittance_service_payment (id),
    group_code         varchar(2)    not null,
    reason_code        varchar(5)    not null,
    amount             numeric(14,2) not null,
    quantity           numeric(12,3)
);
create index ix_remittance_adj_cp on remittance_adjustment (claim_payment_id);

create table remittance_remark (
    id                 bigint        not null primary key,
    claim_payment_id   bigint        not null references remittance_claim_payment (id),
    service_payment_id bigint        references remittance_service_payment (id),
    code               varchar(10)   not null
);
create index ix_remittance_remark_cp on remittance_remark (claim_payment_id);

create table provider_ledger_entry (
    id                  bigint        not null primary key,
    transaction_id      bigint        not null references remittance_transaction (id),
    payer_id            bigint        references payer (id),
    provider_identifier varchar(50)   not null,
    fiscal_period_date  date,
    reason_code         varchar(2)    not null,
    reference           varchar(50),
    amount              numeric(14,2) not null,
    claim_id            bigint        references claim (id),
    posted_at           timestamp     not null
);
create index ix_provider_ledger on provider_ledger_entry (posted_at, id);

create table remittance_unmatched (
    id                     bigint         not null primary key,
    transaction_id         bigint         not null references remittance_transaction (id),
    claim_payment_id       bigint         references remittance_claim_payment (id),
    service_payment_id     bigint         references remittance_service_payment (id),
    kind                   varchar(8)     not null,
    patient_control_number varchar(38)    not null,
    line_control_number    varchar(50),
    segment_position       integer        not null,
    reason                 varchar(2000)  not null,
    -- The claim's segments as read (names included): shown to billers, never logged.
    raw_segments           varchar(20000) not null,
    status                 varchar(8)     not null,
    created_at             timestamp      not null,
    version                bigint         not null
);
create index ix_remittance_unmatched on remittance_unmatched (status, id);

create table remittance_denial (
    id                 bigint         not null primary key,
    claim_payment_id   bigint         not null references remittance_claim_payment (id),
    service_payment_id bigint         references remittance_service_payment (id),
    claim_id           bigint         not null references claim (id),
    payer_id           bigint         references payer (id),
    -- Null for a claim denied without an adjustment code (CLP02 = 4: patient not recognized).
    group_code         varchar(2),
    reason_code        varchar(5),
    remark_codes       varchar(100),
    amount             numeric(14,2)  not null,
    reason_text        varchar(1000)  not null,
    suggested_action   varchar(400)   not null,
    appeal_deadline    date           not null,
    status             varchar(8)     not null,
    created_at         timestamp      not null,
    worked_at          timestamp,
    worked_by          varchar(64),
    note               varchar(1000),
    version            bigint         not null
);
create index ix_remittance_denial on remittance_denial (status, appeal_deadline, id);

-- CARC and RARC reference data, versioned (X12 updates the lists three times a year). Seeded with
-- the codes domain.md 3.3 names; certainty V = checked against the published list, U = not yet.
create table remittance_reason_code (
    code_set         varchar(4)    not null,
    code             varchar(6)    not null,
    list_version     varchar(10)   not null,
    description      varchar(400)  not null,
    suggested_action varchar(400)  not null,
    denial           boolean       not null,
    certainty        varchar(1)    not null,
    deactivated_on   date,
    constraint pk_remittance_reason_code primary key (code_set, code, list_version)
);

insert into remittance_reason_code
    (code_set, code, list_version, description, suggested_action, denial, certainty, deactivated_on)
values
    ('CARC', '1', '2025-1', 'Deductible amount', 'Patient statement or secondary claim; feeds the deductible accumulator', false, 'V', null),
    ('CARC', '2', '2025-1', 'Coinsurance amount', 'Patient statement or secondary claim', false, 'V', null),
    ('CARC', '3', '2025-1', 'Co-payment amount', 'Patient statement or secondary claim', false, 'V', null),
    ('CARC', '4', '2025-1', 'The procedure code is inconsistent with the modifier used, or a required modifier is missing', 'Fix the modifier (e.g. JZ/JW) and send a corrected claim', true, 'V', null),
    ('CARC', '11', '2025-1', 'The diagnosis is inconsistent with the procedure', 'Check the F10/F11 diagnosis and send a corrected claim', true, 'V', null),
    ('CARC', '15', '2025-1', 'The authorization number is missing, invalid, or does not apply to the billed services or provider', 'Old code (deactivated around 2018): fix the authorization and resubmit', true, 'U', date '2018-01-01'),
    ('CARC', '16', '2025-1', 'Claim/service lacks information or has submission/billing error(s); see the remark code', 'Correct what the remark code names and resubmit', true, 'V', null),
    ('CARC', '18', '2025-1', 'Exact duplicate claim/service', 'No action (duplicate)', false, 'V', null),
    ('CARC', '22', '2025-1', 'This care may be covered by another payer per coordination of benefits', 'COB queue: verify primary coverage', true, 'V', null),
    ('CARC', '23', '2025-1', 'The impact of prior payer(s) adjudication including payments and/or adjustments', 'Post the secondary', false, 'V', null),
    ('CARC', '27', '2025-1', 'Expenses incurred after coverage terminated', 'Re-verify eligibility; self-pay or other coverage', true, 'V', null),
    ('CARC', '29', '2025-1', 'The time limit for filing has expired', 'Appeal with proof of timely submission, else write off by hand', true, 'V', null),
    ('CARC', '45', '2025-1', 'Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement', 'Contractual write-off; compare with the expected fee schedule', false, 'V', null),
    ('CARC', '50', '2025-1', 'These are non-covered services because this is not deemed a medical necessity by the payer', 'Appeal with the letter of medical necessity', true, 'V', null),
    ('CARC', '96', '2025-1', 'Non-covered charge(s); see the remark code', 'Check the benefit (pharmacy vs medical)', true, 'V', null),
    ('CARC', '97', '2025-1', 'The benefit for this service is included in the payment/allowance for another service already adjudicated', 'Check modifier 25 / bundling', true, 'V', null),
    ('CARC', '109', '2025-1', 'Claim/service not covered by this payer/contractor; send the claim to the correct payer', 'Re-route to the correct payer', true, 'V', null),
    ('CARC', '119', '2025-1', 'Benefit maximum for this time period or occurrence has been reached', 'PA or quantity-limit problem: check the authorization units', true, 'V', null),
    ('CARC', '151', '2025-1', 'Payment adjusted because the payer deems the information submitted does not support this many/frequency of services', 'Injection given sooner than 28 days? Appeal with the dosing record', true, 'V', null),
    ('CARC', '197', '2025-1', 'Precertification/authorization/notification/pre-treatment absent', 'Obtain a retro-authorization or appeal', true, 'V', null),
    ('CARC', '198', '2025-1', 'Precertification/notification/authorization/pre-treatment exceeded', 'Check authorization unit tracking; request more units', true, 'V', null),
    ('CARC', '242', '2025-1', 'Services not provided by network/primary care providers', 'Check network status', true, 'V', null),
    ('CARC', '252', '2025-1', 'An attachment/other documentation is required to adjudicate this claim/service', 'Send the attachment (275 or portal)', true, 'V', null),
    ('CARC', '253', '2025-1', 'Sequestration - reduction in federal payment', 'Contractual write-off; never bill the patient', false, 'V', null),
    ('CARC', '284', '2025-1', 'Precertification/authorization number may be valid but does not apply to the billed services', 'Fix the authorization-to-claim mapping', true, 'V', null),
    ('CARC', '296', '2025-1', 'Precertification/authorization number may be valid but does not apply to the provider', 'Fix the authorization-to-claim mapping', true, 'V', null),
    ('CARC', '302', '2025-1', 'Precertification/notification/authorization/pre-treatment time limit has expired', 'Renew the authorization and appeal', true, 'V', null),
    ('CARC', 'B7', '2025-1', 'This provider was not certified/eligible to be paid for this procedure/service on this date of service', 'Credentialing / enrollment queue', true, 'V', null),
    ('RARC', 'N54', '2025-1', 'Claim information is inconsistent with pre-certified/authorized services', 'Compare the claim with the authorization', false, 'V', null),
    ('RARC', 'M119', '2025-1', 'Missing/incomplete/invalid/deactivated/withdrawn National Drug Code (NDC)', 'Fix the NDC (11 digits, 5-4-2) and resubmit', false, 'V', null),
    ('RARC', 'N290', '2025-1', 'Missing/incomplete/invalid rendering provider primary identifier', 'Fix the rendering provider NPI and resubmit', false, 'V', null),
    ('RARC', 'MA01', '2025-1', 'Appeal rights notice (Medicare)', 'Information only', false, 'U', null);
