-- Users and roles read by the database identity store (passwords are PBKDF2 hashes only),
-- Sequences start at their increment: EclipseLink takes each value as the end of a pre-allocated block.
-- and the append-only audit log. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create sequence app_user_seq start with 1 increment by 1;

create table app_user (
    id            bigint       not null primary key,
    username      varchar(64)  not null,
    password_hash varchar(512) not null,
    active        boolean      not null,
    created_at    timestamp    not null,
    version       bigint       not null,
    constraint uq_app_user_username unique (username)
);

create table app_user_role (
    user_id bigint      not null references app_user (id),
    role    varchar(32) not null,
    constraint pk_app_user_role primary key (user_id, role)
);

create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id          bigint        not null primary key,
    occurred_at timestamp     not null,
    actor       varchar(64)   not null,
    action      varchar(64)   not null,
    entity_type varchar(64)   not null,
    entity_id   varchar(64)   not null,
    detail      varchar(4000)
);

create index ix_audit_entry_entity on audit_entry (entity_type, entity_id);
