-- Tamper evidence: every event row carries hash = SHA-256(hash of the aggregate's previous event || canonical form of
-- this event), computed by the database at append time, whatever inserts the row. The genesis link is 32 zero bytes.
-- EventChainVerifier (Java) recomputes the same bytes; keep the two in step.
alter table domainevententry add column hash bytea;

create function accelerator_event_field(value text) returns bytea
    language sql immutable as $$
    select int4send(octet_length(convert_to(coalesce(value, ''), 'UTF8'))) || convert_to(coalesce(value, ''), 'UTF8')
$$;

-- canonical form: sequence (8 bytes), then length-prefixed aggregate id, aggregate type, event id, payload type,
-- payload revision, timestamp, payload and metadata (a null metadata counts as empty)
create function accelerator_event_canonical(e domainevententry) returns bytea
    language sql immutable as $$
    select int8send(e.sequencenumber)
        || accelerator_event_field(e.aggregateidentifier)
        || accelerator_event_field(e.type)
        || accelerator_event_field(e.eventidentifier)
        || accelerator_event_field(e.payloadtype)
        || accelerator_event_field(e.payloadrevision)
        || accelerator_event_field(e.timestamp)
        || int4send(length(e.payload)) || e.payload
        || int4send(coalesce(length(e.metadata), 0)) || coalesce(e.metadata, ''::bytea)
$$;

create function accelerator_event_chain() returns trigger
    language plpgsql as $$
declare
    previous bytea;
begin
    if new.sequencenumber = 0 then
        previous := decode(repeat('00', 32), 'hex');
    else
        select hash into previous from domainevententry
         where aggregateidentifier = new.aggregateidentifier and sequencenumber = new.sequencenumber - 1;
        if previous is null then
            raise exception 'event % of aggregate % has no predecessor to chain to',
                new.sequencenumber, new.aggregateidentifier;
        end if;
    end if;
    new.hash := sha256(previous || accelerator_event_canonical(new));
    return new;
end
$$;

-- rows stored before this migration get their links in stream order
do $$
declare
    r record;
    previous bytea;
begin
    for r in select * from domainevententry order by aggregateidentifier, sequencenumber loop
        if r.sequencenumber = 0 then
            previous := decode(repeat('00', 32), 'hex');
        end if;
        previous := sha256(previous || accelerator_event_canonical(r));
        update domainevententry set hash = previous where globalindex = r.globalindex;
    end loop;
end
$$;

alter table domainevententry alter column hash set not null;

create trigger domainevententry_chain before insert on domainevententry
    for each row execute function accelerator_event_chain();

-- events are facts: nobody, the owner included, updates or deletes them through SQL (a superuser can still disable
-- triggers, which is exactly what the chain is there to reveal)
create function accelerator_events_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'event rows are append-only: % refused', tg_op;
end
$$;

create trigger domainevententry_append_only before update or delete on domainevententry
    for each row execute function accelerator_events_append_only();
create trigger domainevententry_no_truncate before truncate on domainevententry
    for each statement execute function accelerator_events_append_only();
