-- Least privilege. Flyway runs as the owner; the service connects as ${appUser}, which may read and append events
-- but not change or remove them; auditors connect as ${auditorUser}, which may only read.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${appUser}') then
        create role ${appUser} login password '${appPassword}';
    end if;
    if not exists (select 1 from pg_roles where rolname = '${auditorUser}') then
        create role ${auditorUser} login password '${auditorPassword}';
    end if;
end
$$;

revoke all on domainevententry, snapshotevententry, tokenentry from public;

grant select, insert on domainevententry to ${appUser};
grant usage on sequence domainevententry_globalindex_seq to ${appUser};
-- processor tokens and snapshots are bookkeeping, not the record: the service maintains them
grant select, insert, update, delete on tokenentry, snapshotevententry to ${appUser};

grant select on domainevententry, snapshotevententry, tokenentry to ${auditorUser};
