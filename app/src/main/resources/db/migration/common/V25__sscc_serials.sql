-- The last serial reference given out per GS1 company prefix, so that every SSCC Lotline prints is new, also when
-- several application instances print at once (the update takes the row lock).
create table sscc_serials (
    company_prefix varchar(12) primary key,
    last_serial    bigint      not null
);
