-- The records every other capability reads: patients, payers and their rules, coverage,
-- providers and locations, the drug catalog with effective-dated prices and lots,
-- prescriptions, doses, 42 CFR Part 2 consents and the disclosure log.
-- Sequences start at their increment (EclipseLink pre-allocation, see V1).

create sequence registry_seq start with 50 increment by 50;

create table patient (
    id            bigint       not null primary key,
    mrn           varchar(32)  not null,
    first_name    varchar(60)  not null,
    last_name     varchar(60)  not null,
    birth_date    date         not null,
    sex           varchar(1)   not null,
    address_line1 varchar(55)  not null,
    address_line2 varchar(55),
    city          varchar(30)  not null,
    state         varchar(2)   not null,
    zip           varchar(9)   not null,
    phone         varchar(15),
    version       bigint       not null,
    constraint uq_patient_mrn unique (mrn)
);
create index ix_patient_name on patient (last_name, first_name);

create table payer (
    id                      bigint       not null primary key,
    name                    varchar(60)  not null,
    payer_id_837            varchar(80)  not null,
    payer_id_835            varchar(80)  not null,
    claim_filing_indicator  varchar(2)   not null,
    pa_required_injection   boolean      not null,
    pa_required_oral        boolean      not null,
    requires_jz_jw          boolean      not null,
    ndc_unit                varchar(2)   not null,
    timely_filing_days      integer      not null,
    accepts_frequency_7     boolean      not null,
    pa_approval_days        integer      not null,
    pa_unit_limit           integer      not null,
    pa_unit_period_days     integer      not null,
    pa_fax                  varchar(15),
    version                 bigint       not null,
    constraint uq_payer_837 unique (payer_id_837)
);
create index ix_payer_835 on payer (payer_id_835);

create table coverage (
    id                bigint      not null primary key,
    patient_id        bigint      not null references patient (id),
    payer_id          bigint      not null references payer (id),
    member_id         varchar(80) not null,
    group_number      varchar(50),
    plan_type         varchar(24) not null,
    subscriber_name   varchar(120),
    relationship      varchar(2)  not null,
    effective_from    date        not null,
    effective_to      date,
    cob_order         varchar(10) not null,
    version           bigint      not null
);
create index ix_coverage_patient on coverage (patient_id, cob_order);

create table provider (
    id            bigint       not null primary key,
    kind          varchar(10)  not null,
    organization  varchar(60),
    last_name     varchar(60),
    first_name    varchar(35),
    npi           varchar(10)  not null,
    tin           varchar(9),
    taxonomy      varchar(10)  not null,
    dea           varchar(9),
    address_line1 varchar(55),
    address_line2 varchar(55),
    city          varchar(30),
    state         varchar(2),
    zip           varchar(9),
    version       bigint       not null,
    constraint uq_provider_npi_kind unique (npi, kind)
);

create table location (
    id            bigint       not null primary key,
    name          varchar(60)  not null,
    place_of_service varchar(2) not null,
    is_340b       boolean      not null,
    address_line1 varchar(55)  not null,
    address_line2 varchar(55),
    city          varchar(30)  not null,
    state         varchar(2)   not null,
    zip           varchar(9)   not null,
    version       bigint       not null
);

create table drug (
    id              bigint       not null primary key,
    name            varchar(80)  not null,
    form            varchar(10)  not null,
    ndc11           varchar(11)  not null,
    labeled_ndc     varchar(13)  not null,
    hcpcs           varchar(5),
    billing_units   integer      not null,
    strength        varchar(40)  not null,
    active          boolean      not null,
    version         bigint       not null,
    constraint uq_drug_ndc11 unique (ndc11)
);

-- HCPCS/CPT codes the program bills, with what one unit means.
create table procedure_code (
    code         varchar(5)   not null primary key,
    code_system  varchar(5)   not null,
    description  varchar(200) not null,
    unit_meaning varchar(60)  not null
);

create table drug_price (
    id              bigint        not null primary key,
    drug_id         bigint        not null references drug (id),
    kind            varchar(16)   not null,
    amount          numeric(12,2) not null,
    per_unit        varchar(20)   not null,
    effective_from  date          not null,
    effective_to    date,
    source          varchar(120)  not null
);
create index ix_drug_price on drug_price (drug_id, kind, effective_from);

create table drug_lot (
    id           bigint      not null primary key,
    drug_id      bigint      not null references drug (id),
    lot_number   varchar(30) not null,
    expires_on   date        not null,
    received_on  date        not null,
    is_340b      boolean     not null,
    version      bigint      not null,
    constraint uq_drug_lot unique (drug_id, lot_number)
);

create table prescription (
    id               bigint       not null primary key,
    patient_id       bigint       not null references patient (id),
    drug_id          bigint       not null references drug (id),
    prescriber_id    bigint       not null references provider (id),
    dose             varchar(40)  not null,
    frequency_days   integer      not null,
    route            varchar(20)  not null,
    start_date       date         not null,
    end_date         date,
    version          bigint       not null
);
create index ix_prescription_patient on prescription (patient_id);

create table prescription_diagnosis (
    prescription_id bigint      not null references prescription (id),
    position        integer     not null,
    code            varchar(8)  not null,
    constraint pk_prescription_diagnosis primary key (prescription_id, position)
);

create table dose (
    id               bigint       not null primary key,
    patient_id       bigint       not null references patient (id),
    prescription_id  bigint       not null references prescription (id),
    location_id      bigint       references location (id),
    kind             varchar(12)  not null,
    given_on         date         not null,
    lot_id           bigint       references drug_lot (id),
    ndc11            varchar(11)  not null,
    site             varchar(16),
    administered_by  bigint       references provider (id),
    days_supply      integer,
    waste_mg         integer,
    route            varchar(20)  not null,
    billable         boolean      not null,
    version          bigint       not null
);
create index ix_dose_patient on dose (patient_id, given_on);

create table part2_consent (
    id            bigint       not null primary key,
    patient_id    bigint       not null references patient (id),
    scope         varchar(12)  not null,
    payer_id      bigint       references payer (id),
    purpose       varchar(12)  not null,
    signed_on     date         not null,
    expires_on    date,
    revoked_on    date,
    version       bigint       not null
);
create index ix_consent_patient on part2_consent (patient_id);

create table disclosure_log (
    id             bigint       not null primary key,
    patient_id     bigint       not null references patient (id),
    payer_id       bigint       not null references payer (id),
    consent_id     bigint       not null references part2_consent (id),
    what           varchar(24)  not null,
    reference      varchar(80)  not null,
    disclosed_at   timestamp    not null,
    actor          varchar(64)  not null
);
create index ix_disclosure_patient on disclosure_log (patient_id);

insert into procedure_code (code, code_system, description, unit_meaning) values
  ('J2315', 'HCPCS', 'Injection, naltrexone, depot form, 1 mg', '1 mg (380 units per 380 mg kit)'),
  ('96372', 'CPT', 'Therapeutic, prophylactic or diagnostic injection, subcutaneous or intramuscular', 'one injection'),
  ('G2073', 'HCPCS', 'Medication assisted treatment, naltrexone; weekly bundle (OTP, POS 58)', 'one week');
