//! `--wait`: poll a resource with backoff until it reaches a wanted state,
//! an error state, disappears, or the time runs out. A spinner with the live
//! status on a terminal; plain status lines on stderr otherwise.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::api::share::{self, Collection};
use crate::error::{Error, Kind, Result};
use crate::output::Print;
use crate::session::Session;

/// What ends the wait.
#[derive(Debug, Clone, Copy)]
pub enum Until<'a> {
    /// The `status` field reaches one of these.
    Status {
        success: &'a [&'a str],
        failure: &'a [&'a str],
    },
    /// The resource is gone (404).
    Gone { failure: &'a [&'a str] },
}

/// Polls every [`FAST_INTERVAL`] for the first [`FAST_PHASE`], then ×1.5 up to
/// [`MAX_INTERVAL`]. Most share operations finish within seconds, and a
/// command should return within a quarter second of the change; a `GET` of
/// one share is one indexed read for Manila, so four a second from one client
/// (at most 40 in the fast phase, then at most one every 5 s) is a light load,
/// no more than a dashboard that refreshes a page.
const FAST_INTERVAL: Duration = Duration::from_millis(250);
const FAST_PHASE: Duration = Duration::from_secs(10);
const MAX_INTERVAL: Duration = Duration::from_secs(5);

/// How long to sleep before the next poll, `elapsed` into the wait.
fn next_interval(previous: Duration, elapsed: Duration) -> Duration {
    if elapsed < FAST_PHASE {
        FAST_INTERVAL
    } else {
        (previous * 3 / 2).min(MAX_INTERVAL)
    }
}

/// Progress on stderr, through the session's [`crate::output::Ui`].
struct Progress {
    ui: crate::output::Ui,
    bar: Option<indicatif::ProgressBar>,
    last: String,
}

impl Progress {
    fn new(ui: crate::output::Ui) -> Self {
        Progress {
            bar: ui.spinner(),
            ui,
            last: String::new(),
        }
    }

    /// Show `what: status`; a terminal gets a live spinner with the elapsed
    /// time, anything else one line per change of status (none with -q).
    fn status(&mut self, what: &str, status: &str, elapsed: u64) {
        match &self.bar {
            Some(bar) => bar.set_message(format!("{what}: {status} ({elapsed} s)")),
            None if status != self.last => self.ui.notice(&format!("{what}: {status}")),
            None => {}
        }
        self.last = status.to_string();
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Wait for `id` in `c`; returns the last state seen (`Null` when gone).
pub async fn wait(
    session: &mut Session,
    c: Collection,
    id: &str,
    until: Until<'_>,
    timeout: Duration,
) -> Result<Value> {
    let started = Instant::now();
    let mut interval = FAST_INTERVAL;
    let mut progress = Progress::new(session.ui());
    let result = loop {
        let current = match share::get(session, c, id).await {
            Ok(v) => Some(v),
            Err(e) if e.kind == Kind::NotFound => None,
            Err(e) => break Err(e),
        };
        let status = current
            .as_ref()
            .and_then(|v| v.get("status"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let elapsed = started.elapsed().as_secs();
        progress.status(
            &format!("{} {id}", c.noun),
            if current.is_some() {
                &status
            } else {
                "deleted"
            },
            elapsed,
        );
        match (until, current) {
            (Until::Gone { .. }, None) => break Ok(Value::Null),
            (Until::Status { .. }, None) => {
                break Err(Error::new(
                    Kind::NotFound,
                    format!("{} {id} disappeared while waiting for it", c.noun),
                ));
            }
            (Until::Status { success, failure }, Some(v)) => {
                if success.contains(&status.as_str()) {
                    break Ok(v);
                }
                if failure.contains(&status.as_str()) {
                    break Err(failed(session, c, id, &status).await);
                }
            }
            (Until::Gone { failure }, Some(_)) => {
                if failure.contains(&status.as_str()) {
                    break Err(failed(session, c, id, &status).await);
                }
            }
        }
        if started.elapsed() >= timeout {
            break Err(Error::new(
                Kind::Timeout,
                format!(
                    "{} {id} is still `{status}` after {} s",
                    c.noun,
                    timeout.as_secs()
                ),
            )
            .with_hint(
                "wait longer with --wait-timeout SECONDS, or look again later with `show`",
            ));
        }
        tokio::time::sleep(interval.min(timeout.saturating_sub(started.elapsed()))).await;
        interval = next_interval(interval, started.elapsed());
    };
    progress.finish();
    result
}

/// The error for a resource that ended in an error state, with Manila's user
/// messages about it (the reason the API itself never says).
async fn failed(session: &mut Session, c: Collection, id: &str, status: &str) -> Error {
    let mut err = Error::new(
        Kind::ResourceError,
        format!("{} {id} ended in status `{status}`", c.noun),
    );
    match share::messages_for(session, id).await {
        Ok(messages) if !messages.is_empty() => {
            for m in messages.iter().take(3) {
                if let Some(text) = m.get("user_message").and_then(Value::as_str) {
                    err.message.push_str(&format!("\n  Manila: {text}"));
                }
            }
            err = err.with_hint(format!("`sharekeep share message list --resource-id {id}` shows all messages"));
        }
        Ok(_) => err = err.with_hint("Manila recorded no user message about it; an administrator finds the cause in the service logs"),
        Err(e) => err = err.with_hint(format!("the user messages could not be read: {}", e.message)),
    }
    err
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polls_fast_for_ten_seconds_then_backs_off_to_five() {
        let mut i = FAST_INTERVAL;
        let mut t = Duration::ZERO;
        let mut polls = 0;
        while t < FAST_PHASE {
            i = next_interval(i, t);
            assert_eq!(i, Duration::from_millis(250));
            t += i;
            polls += 1;
        }
        assert_eq!(polls, 40, "at most 40 polls in the first 10 s");
        let later: Vec<u128> = (0..6)
            .map(|_| {
                i = next_interval(i, t);
                t += i;
                i.as_millis()
            })
            .collect();
        assert_eq!(later, [375, 562, 843, 1265, 1898, 2847]);
        for _ in 0..10 {
            i = next_interval(i, t);
        }
        assert_eq!(i, MAX_INTERVAL);
    }
}
