-- Cost of access (issue 7): benefits per coverage and plan year (with the deductible and
-- out-of-pocket accumulators that 835 postings move), payer contract rates by effective date,
-- copay assistance programs, patient enrollments and the claims sent to a program (receivables),
-- and what each posted payment showed: estimate against actual, underpayments, margin per dose.
-- Ids come from registry_seq (V2). Amounts are numeric(12,2); rates per unit numeric(12,4).

create table coverage_benefit (
    id                            bigint        not null primary key,
    coverage_id                   bigint        not null references coverage (id),
    plan_year_start               date          not null,
    plan_year_end                 date          not null,
    deductible                    numeric(12,2) not null,
    deductible_met                numeric(12,2) not null,
    coinsurance_percent           numeric(5,2)  not null,
    drug_copay                    numeric(12,2),
    admin_copay                   numeric(12,2),
    oop_max                       numeric(12,2),
    oop_met                       numeric(12,2) not null,
    drug_benefit                  varchar(10)   not null,
    specialty_copay               numeric(12,2),
    specialty_coinsurance_percent numeric(5,2),
    oral_copay                    numeric(12,2),
    covers_primary_deductible     boolean       not null,
    source                        varchar(120)  not null,
    version                       bigint        not null,
    constraint uq_coverage_benefit unique (coverage_id, plan_year_start)
);

create table payer_contract_rate (
    id              bigint        not null primary key,
    payer_id        bigint        not null references payer (id),
    code            varchar(5)    not null,
    basis           varchar(16)   not null,
    rate            numeric(12,4) not null,
    effective_from  date          not null,
    effective_to    date,
    contract_name   varchar(120)  not null,
    version         bigint        not null
);
create index ix_payer_contract_rate on payer_contract_rate (payer_id, code, effective_from);

create table copay_program (
    id                  bigint        not null primary key,
    name                varchar(80)   not null,
    kind                varchar(12)   not null,
    commercial_only     boolean       not null,
    drug_cost_only      boolean       not null,
    per_dose_cap        numeric(12,2),
    annual_cap          numeric(12,2),
    max_doses_per_year  integer,
    lookback_days       integer       not null,
    active              boolean       not null,
    version             bigint        not null,
    constraint uq_copay_program_name unique (name)
);

create table assistance_enrollment (
    id                 bigint        not null primary key,
    patient_id         bigint        not null references patient (id),
    program_id         bigint        not null references copay_program (id),
    enrollment_number  varchar(40)   not null,
    enrolled_on        date          not null,
    ends_on            date,
    opening_year       integer       not null,
    opening_used       numeric(12,2) not null,
    opening_doses      integer       not null,
    version            bigint        not null,
    constraint uq_assistance_enrollment unique (program_id, enrollment_number)
);
create index ix_assistance_enrollment_patient on assistance_enrollment (patient_id);

-- The claim to a program after a posted payment: a receivable of its own until the program pays.
create table assistance_claim (
    id              bigint        not null primary key,
    enrollment_id   bigint        not null references assistance_enrollment (id),
    claim_id        bigint        not null references claim (id),
    posting_id      bigint        not null,
    service_date    date          not null,
    amount          numeric(12,2) not null,
    status          varchar(8)    not null,
    created_at      timestamp     not null,
    paid_on         date,
    paid_amount     numeric(12,2),
    paid_reference  varchar(50),
    version         bigint        not null,
    constraint uq_assistance_claim unique (enrollment_id, posting_id)
);
create index ix_assistance_claim_status on assistance_claim (status, id);

-- One row per claim payment posted (reversals negated): the money of a dose, after the fact.
create table dose_cost (
    id                      bigint        not null primary key,
    posting_id              bigint        not null,
    claim_id                bigint        not null references claim (id),
    dose_id                 bigint        not null references dose (id),
    patient_id              bigint        not null references patient (id),
    payer_id                bigint        not null references payer (id),
    route                   varchar(20)   not null,
    service_date            date          not null,
    paid_date               date          not null,
    reversal                boolean       not null,
    allowed                 numeric(12,2) not null,
    payer_paid              numeric(12,2) not null,
    patient_responsibility  numeric(12,2) not null,
    program_paid            numeric(12,2) not null,
    estimated_patient       numeric(12,2),
    estimate_note           varchar(400),
    acquisition_cost        numeric(12,2),
    recorded_at             timestamp     not null,
    constraint uq_dose_cost_posting unique (posting_id)
);
create index ix_dose_cost_service on dose_cost (service_date, payer_id);
create index ix_dose_cost_dose on dose_cost (dose_id);

create table underpayment (
    id                      bigint        not null primary key,
    posting_id              bigint        not null,
    line_index              integer       not null,
    claim_id                bigint        not null references claim (id),
    claim_line_id           bigint,
    payer_id                bigint        not null references payer (id),
    procedure_code          varchar(5)    not null,
    service_date            date          not null,
    expected_allowed        numeric(12,2) not null,
    paid                    numeric(12,2) not null,
    patient_responsibility  numeric(12,2) not null,
    shortfall               numeric(12,2) not null,
    expected_basis          varchar(300)  not null,
    status                  varchar(10)   not null,
    detected_at             timestamp     not null,
    resolution              varchar(200),
    version                 bigint        not null,
    constraint uq_underpayment unique (posting_id, line_index)
);
create index ix_underpayment_status on underpayment (status, id);
