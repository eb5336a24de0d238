-- The register of providers and locations (DOMAIN.md section 3).
create extension if not exists pg_trgm;

create sequence person_id_seq increment by 50;
create table person (
    id           bigint primary key default nextval('person_id_seq'),
    title        varchar(20),
    given_name   varchar(100) not null,
    family_name  varchar(100) not null,
    email        varchar(254),
    phone        varchar(30)
);

create table provider (
    id                      varchar(12) primary key check (id ~ '^1-[0-9]{9,10}$'),
    name                    varchar(200) not null,
    provider_type           varchar(20) not null check (provider_type in ('INDIVIDUAL', 'PARTNERSHIP', 'ORGANISATION')),
    companies_house_number  varchar(8),
    charity_number          varchar(10),
    address_line1           varchar(200) not null,
    address_line2           varchar(200),
    town_city               varchar(100) not null,
    county                  varchar(100),
    postcode                varchar(10) not null,
    postcode_key            varchar(10) not null,
    region                  varchar(30) not null,
    local_authority         varchar(100) not null,
    phone                   varchar(30),
    website                 varchar(300),
    email                   varchar(254),
    registration_status     varchar(20) not null check (registration_status in ('REGISTERED', 'DEREGISTERED')),
    registration_date       date not null,
    deregistration_date     date,
    nominated_individual_id bigint references person (id),
    version                 integer not null default 0
);
create index provider_name_trgm on provider using gin (lower(name) gin_trgm_ops);
create index provider_name_id on provider (name, id);
create index provider_postcode_key on provider (postcode_key text_pattern_ops);
create index provider_region on provider (region);

create table provider_partner (
    provider_id varchar(12) not null references provider (id),
    person_id   bigint not null references person (id),
    primary key (provider_id, person_id)
);

create table location (
    id                  varchar(12) primary key check (id ~ '^1-[0-9]{9,10}$'),
    provider_id         varchar(12) not null references provider (id),
    name                varchar(200) not null,
    also_known_as       varchar(200),
    address_line1       varchar(200) not null,
    address_line2       varchar(200),
    town_city           varchar(100) not null,
    county              varchar(100),
    postcode            varchar(10) not null,
    postcode_key        varchar(10) not null,
    region              varchar(30) not null,
    local_authority     varchar(100) not null,
    phone               varchar(30),
    website             varchar(300),
    care_home           boolean not null default false,
    dormant             boolean not null default false,
    beds                integer check (beds is null or beds between 0 and 2000),
    registration_status varchar(20) not null check (registration_status in ('REGISTERED', 'DEREGISTERED')),
    registration_date   date not null,
    deregistration_date date,
    version             integer not null default 0
);
create index location_provider on location (provider_id, name);
create index location_name_trgm on location using gin (lower(name) gin_trgm_ops);
create index location_name_id on location (name, id);
create index location_postcode_key on location (postcode_key text_pattern_ops);
create index location_region_name on location (region, name, id);

create table location_service_type (
    location_id  varchar(12) not null references location (id),
    service_type varchar(40) not null,
    primary key (location_id, service_type)
);
create index location_service_type_by_type on location_service_type (service_type, location_id);

create table location_specialism (
    location_id varchar(12) not null references location (id),
    specialism  varchar(40) not null,
    primary key (location_id, specialism)
);

create table location_activity (
    location_id   varchar(12) not null references location (id),
    activity      varchar(60) not null,
    registered_on date not null,
    manager_id    bigint references person (id),
    primary key (location_id, activity)
);
create index location_activity_by_activity on location_activity (activity, location_id);
create index location_activity_manager on location_activity (manager_id);

create sequence registration_condition_id_seq increment by 50;
create table registration_condition (
    id          bigint primary key default nextval('registration_condition_id_seq'),
    provider_id varchar(12) not null references provider (id),
    location_id varchar(12) references location (id),
    text        varchar(2000) not null,
    imposed_on  date not null,
    removed_on  date
);
create index registration_condition_provider on registration_condition (provider_id);
create index registration_condition_location on registration_condition (location_id);
