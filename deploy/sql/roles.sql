-- Databases, roles and privileges for the equity accelerator, run once by a PostgreSQL superuser (or a role with
-- CREATEROLE and CREATEDB) before the services start for the first time:
--
--   psql -v ON_ERROR_STOP=1 -v owner_password=... -v app_password=... -v auditor_password=... \
--        -v query_password=... -f deploy/sql/roles.sql postgres
--
-- Re-running it is safe (it creates what is missing and sets the passwords again: that is also how to rotate them).
-- With these roles in place the migration user (accelerator_owner) needs neither CREATEROLE nor superuser: Flyway's
-- V3 only creates accelerator_app and accelerator_auditor when they do not exist yet.
--
--   role                  used by                               may
--   accelerator_owner     command-service's Flyway (DB_OWNER_*)  own the event store tables, grant on them
--   accelerator_app       command-service (DB_APP_*)             read and append events; keep tokens and snapshots
--   accelerator_auditor   the history API (DB_AUDITOR_*)         read only
--   accelerator_query     query-service (DB_USER/DB_PASSWORD)    own the views database (views are derived data)

select format('create role accelerator_owner login password %L', :'owner_password')
 where not exists (select 1 from pg_roles where rolname = 'accelerator_owner') \gexec
select format('create role accelerator_app login password %L', :'app_password')
 where not exists (select 1 from pg_roles where rolname = 'accelerator_app') \gexec
select format('create role accelerator_auditor login password %L', :'auditor_password')
 where not exists (select 1 from pg_roles where rolname = 'accelerator_auditor') \gexec
select format('create role accelerator_query login password %L', :'query_password')
 where not exists (select 1 from pg_roles where rolname = 'accelerator_query') \gexec

-- (re)set the passwords: rotation is re-running this script with new values, then restarting the services with the
-- new DB_*_PASSWORD (PostgreSQL keeps existing sessions; new connections need the new password)
alter role accelerator_owner password :'owner_password';
alter role accelerator_app password :'app_password';
alter role accelerator_auditor password :'auditor_password';
alter role accelerator_query password :'query_password';

select 'create database commands owner accelerator_owner'
 where not exists (select 1 from pg_database where datname = 'commands') \gexec
select 'create database queries owner accelerator_query'
 where not exists (select 1 from pg_database where datname = 'queries') \gexec

-- PostgreSQL 15+ no longer lets every role create in public; the owner of each database owns its schema
\connect commands
alter schema public owner to accelerator_owner;
revoke create on schema public from public;
grant usage on schema public to accelerator_app, accelerator_auditor;
\connect queries
alter schema public owner to accelerator_query;
revoke create on schema public from public;
