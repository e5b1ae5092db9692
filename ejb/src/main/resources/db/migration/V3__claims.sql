-- Claims out: the charge master, authorizations (the part claims need; issue 6 extends it),
-- claims with their lines, scrubber findings and status history, the interchanges they were sent
-- in (control numbers unique forever), and submission runs.

create sequence claim_seq start with 50 increment by 50;

-- X12 control numbers: one value per use, never reused (unique constraints below back this up).
create sequence isa_control_seq start with 1 increment by 1;
create sequence gs_control_seq start with 1 increment by 1;
create sequence st_control_seq start with 1 increment by 1;

create table fee_schedule (
    id              bigint        not null primary key,
    code            varchar(5)    not null,
    amount_per_unit numeric(12,4) not null,
    effective_from  date          not null,
    effective_to    date,
    source          varchar(120)  not null
);
create index ix_fee_schedule on fee_schedule (code, effective_from);

create table authorization_record (
    id              bigint       not null primary key,
    patient_id      bigint       not null references patient (id),
    payer_id        bigint       not null references payer (id),
    drug_code       varchar(11)  not null,
    benefit         varchar(10)  not null,
    status          varchar(12)  not null,
    auth_number     varchar(50),
    approved_from   date,
    approved_to     date,
    approved_units  integer,
    approved_doses  integer,
    channel         varchar(12)  not null,
    version         bigint       not null
);
create index ix_authorization_patient on authorization_record (patient_id, payer_id);

create table interchange (
    id                 bigint       not null primary key,
    direction          varchar(3)   not null,
    kind               varchar(8)   not null,
    payer_id           bigint       references payer (id),
    isa13              varchar(9)   not null,
    gs06               varchar(9),
    usage_indicator    varchar(1)   not null,
    sender_id          varchar(15)  not null,
    receiver_id        varchar(15)  not null,
    file_name          varchar(120),
    content            bytea,
    sha256             varchar(64),
    status             varchar(16)  not null,
    error              varchar(400),
    ack_status         varchar(2),
    ack_detail         varchar(4000),
    created_at         timestamp    not null,
    sent_at            timestamp,
    submission_run_id  bigint,
    version            bigint       not null
);
create unique index uq_interchange_out_isa13 on interchange (direction, sender_id, isa13);
create unique index uq_interchange_out_gs06 on interchange (direction, sender_id, gs06);

create table claim (
    id                         bigint        not null primary key,
    patient_id                 bigint        not null references patient (id),
    coverage_id                bigint        not null references coverage (id),
    payer_id                   bigint        not null references payer (id),
    dose_id                    bigint        not null references dose (id),
    location_id                bigint        references location (id),
    billing_provider_id        bigint        references provider (id),
    rendering_provider_id      bigint        references provider (id),
    authorization_id           bigint        references authorization_record (id),
    patient_control_number     varchar(20)   not null,
    frequency                  varchar(1)    not null,
    replaces_claim_id          bigint        references claim (id),
    payer_claim_number         varchar(50),
    service_date               date          not null,
    place_of_service           varchar(2)    not null,
    prior_auth_number          varchar(50),
    total_charge               numeric(12,2) not null,
    status                     varchar(16)   not null,
    interchange_id             bigint        references interchange (id),
    transaction_control_number varchar(9),
    original_key               varchar(40),
    created_at                 timestamp     not null,
    sent_at                    timestamp,
    version                    bigint        not null,
    constraint uq_claim_pcn unique (patient_control_number),
    -- "dose:coverage" on original (frequency 1) claims, null on replacements and voids: building
    -- claims twice never makes a second original (a partial index would do, but H2 has none).
    constraint uq_claim_original unique (original_key)
);
create index ix_claim_status on claim (status, payer_id, id);
create index ix_claim_patient on claim (patient_id, service_date);
create index ix_claim_interchange on claim (interchange_id);

create table claim_diagnosis (
    claim_id  bigint     not null references claim (id),
    position  integer    not null,
    code      varchar(8) not null,
    constraint pk_claim_diagnosis primary key (claim_id, position)
);

create table claim_line (
    id                   bigint        not null primary key,
    claim_id             bigint        not null references claim (id),
    line_number          integer       not null,
    procedure_code       varchar(5)    not null,
    modifiers            varchar(11),
    charge               numeric(12,2) not null,
    units                numeric(10,3) not null,
    ndc11                varchar(11),
    ndc_quantity         numeric(10,3),
    ndc_unit             varchar(2),
    diagnosis_pointers   varchar(7)    not null,
    line_control_number  varchar(30)   not null,
    constraint uq_claim_line_control unique (line_control_number),
    constraint uq_claim_line_number unique (claim_id, line_number)
);

create table claim_finding (
    id         bigint        not null primary key,
    claim_id   bigint        not null references claim (id),
    code       varchar(40)   not null,
    severity   varchar(8)    not null,
    message    varchar(400)  not null,
    found_at   timestamp     not null
);
create index ix_claim_finding on claim_finding (claim_id);

create table claim_status_change (
    id          bigint        not null primary key,
    claim_id    bigint        not null references claim (id),
    from_status varchar(16),
    to_status   varchar(16)   not null,
    changed_at  timestamp     not null,
    actor       varchar(64)   not null,
    reason      varchar(400)
);
create index ix_claim_status_change on claim_status_change (claim_id, id);

create table submission_run (
    id                bigint       not null primary key,
    job_execution_id  bigint,
    trigger_kind      varchar(10)  not null,
    status            varchar(12)  not null,
    started_at        timestamp    not null,
    ended_at          timestamp,
    claims_built      integer      not null,
    claims_read       integer      not null,
    claims_held       integer      not null,
    claims_written    integer      not null,
    claims_sent       integer      not null,
    interchanges      integer      not null,
    error             varchar(400),
    version           bigint       not null
);
