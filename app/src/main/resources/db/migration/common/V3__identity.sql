-- People who sign in. Passwords are stored as one-way hashes (bcrypt by default).
create table users (
    username      varchar(60)  primary key,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    roles         varchar(200) not null,
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);
