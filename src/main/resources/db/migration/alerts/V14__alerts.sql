-- Alerts: the daily e-mail digest.
-- The per-user choice "recibir resumen diario por correo" is app_user.email_alerts (V4, default on),
-- owned by identity and changed on "Mi cuenta" or through /api/v1/me/notification-preferences.

-- One row per user and day the digest was attempted. The primary key is the "at most once a day"
-- guarantee across nodes and re-runs: a node claims the row before sending; only a FAILED row may be
-- claimed again the same day. No child data here: only how many alerts the e-mail counted.
create table alert_digest (
    user_id      uuid not null references app_user (id) on delete cascade,
    sent_on      date not null,
    alert_count  integer not null check (alert_count >= 0),
    status       varchar(10) not null check (status in ('SENDING', 'SENT', 'FAILED')),
    attempted_at timestamptz not null,
    error        varchar(500),
    primary key (user_id, sent_on)
);
-- Reading a day's run (how many sent, how many failed) without scanning every user's history.
create index alert_digest_day_idx on alert_digest (sent_on, status);
