-- Idempotency-Key of command requests (RFC draft "The Idempotency-Key HTTP Header Field"). A row is inserted in the
-- same transaction that appends the command's events and completed with the response before that transaction
-- commits, so a key is recorded if and only if its events are. The primary key makes a concurrent duplicate wait
-- for the first request's transaction and then read its response instead of appending again.
create table idempotency_key (
    -- sha-256 (hex) of the caller and the endpoint: keys of different callers or endpoints never collide
    scope                 char(64)     not null,
    idempotency_key       varchar(255) not null,
    caller                text         not null,
    endpoint              text         not null,
    -- sha-256 (hex) of the request body (JSON with its properties sorted): same key + other body is refused
    request_digest        char(64)     not null,
    recorded_at           timestamptz  not null default now(),
    response_status       integer,
    response_location     text,
    response_content_type text,
    response_body         bytea,
    primary key (scope, idempotency_key)
);

revoke all on idempotency_key from public;
-- completed once by the service (insert, then the response); never deleted by it
grant select, insert, update on idempotency_key to ${appUser};
grant select on idempotency_key to ${auditorUser};
