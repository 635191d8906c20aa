//! The differential runner: each scenario in `tests/scenarios/*.yaml` is a
//! command sequence with the cloud role of each step. One runner plays it
//! against the embedded local cloud and against the reference cloud and
//! compares the exit codes, the `-f json` output and the error messages,
//! normalised (IDs numbered by first appearance, times, hosts, hrefs and the
//! run's unique names replaced by placeholders).
//!
//! - `cargo test --test it differential::` (no services): plays the quick
//!   scenarios (`QUICK`; every one with `SHAREKEEP_SLOW_TESTS=1`, as CI does)
//!   on the local cloud and compares them with the reference cloud's recorded
//!   transcript (`tests/scenarios/recorded/<name>.json`).
//! - `cargo test --test it differential:: -- --ignored` (the reference cloud up):
//!   plays every scenario on the reference cloud and compares it with the
//!   record; with the test above (local == record) that makes local ==
//!   reference, without playing the local cloud twice in CI.
//!   `SHAREKEEP_BLESS=1` plays both clouds, compares them with each other,
//!   and rewrites the record.
//! - `SHAREKEEP_SCENARIO=name[,name]` plays only those.
//!
//! A deliberate difference is pinned in the scenario (`differs:` on the step,
//! with its reason and the fields it covers) and in docs/fidelity.md: those
//! fields are replaced by `<differs>` on both sides before comparing.

#![allow(clippy::print_stderr)] // the quick run says how to play the rest

use crate::common::{Env, Run};
use regex::Regex;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod compare;
use compare::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    about: String,
    steps: Vec<Step>,
    /// Run at the end whatever happened (best effort, not compared).
    #[serde(default)]
    cleanup: Vec<Step>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    /// admin, demo, reader (a reader in demo's project) or alt.
    #[serde(rename = "as")]
    role: String,
    run: Vec<String>,
    /// Append `-f json` (default) and compare the output as JSON.
    #[serde(default = "yes")]
    json: bool,
    /// Standard input for the step.
    #[serde(default)]
    stdin: Option<String>,
    /// Variables taken from the output: `name: field` (a field of the
    /// object, or of a list's first row).
    #[serde(default)]
    save: BTreeMap<String, String>,
    /// Fields whose values are not compared (they vary on one cloud for
    /// reasons that are not a difference: capacity, export paths).
    #[serde(default)]
    ignore: Vec<String>,
    /// A pinned difference: its reason, and the fields it covers (none:
    /// the whole step, exit code included, is not compared).
    #[serde(default)]
    differs: Option<Differs>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Differs {
    reason: String,
    #[serde(default)]
    fields: Vec<String>,
}

fn yes() -> bool {
    true
}

fn scenario_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

fn scenarios() -> Vec<(String, Scenario)> {
    let only: Option<Vec<String>> = std::env::var("SHAREKEEP_SCENARIO")
        .ok()
        .map(|s| s.split(',').map(str::to_string).collect());
    let mut all = Vec::new();
    for entry in std::fs::read_dir(scenario_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        if only.as_ref().is_some_and(|o| !o.contains(&name)) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let scenario: Scenario =
            serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        all.push((name, scenario));
    }
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

/// Where a scenario is played.
enum Cloud {
    /// The embedded local cloud on its own state directory, with back ends
    /// named as the reference cloud's.
    Local(tempfile::TempDir),
    Reference,
}

impl Cloud {
    fn local() -> Cloud {
        let state = tempfile::tempdir().unwrap();
        let cloud = Cloud::Local(state);
        // Named as the reference cloud's: back end `dummy2` (its config
        // section), share_backend_name `DUMMY2`.
        let backend = |name: &str, backend_name: &str, levels: &str| {
            format!(
                "  - name: {name}\n    share_backend_name: {backend_name}\n    driver_handles_share_servers: true\n    encryption_support: {levels}\n    pools:\n      - name: pool0\n        total_capacity_gb: 10000\n"
            )
        };
        let config = format!(
            "backends:\n{}{}{}",
            backend("dummy1", "DUMMY1", "[share_server]"),
            backend("dummy2", "DUMMY2", "[share_server, share]"),
            backend("dummy3", "DUMMY3", "[]")
        );
        let mut admin = cloud.env("admin");
        admin.stdin(config.as_bytes());
        admin.run(&["local", "config", "--file", "-"]).ok();
        // The reference cloud's projects start with no share network; the
        // local cloud seeds one in each, which would count in quotas.
        for role in ["admin", "demo", "alt"] {
            cloud
                .env(role)
                .run(&["share", "network", "delete", "local-net"])
                .ok();
        }
        cloud
    }

    fn env(&self, role: &str) -> Env {
        match self {
            Cloud::Local(state) => {
                let cloud = match role {
                    "admin" => "local",
                    "demo" => "local-demo",
                    "reader" => "local-reader",
                    "alt" => "local-alt",
                    other => panic!("unknown role `{other}` (admin, demo, reader, alt)"),
                };
                let mut e = Env::new();
                e.set(
                    "SHAREKEEP_LOCAL_DIR",
                    state.path().join("state").display().to_string(),
                )
                .set("OS_CLOUD", cloud);
                e
            }
            Cloud::Reference => crate::common::cloud::on(match role {
                "reader" => "demo-reader",
                other => other,
            }),
        }
    }
}

/// One played step, as compared.
fn record(step: &Step, args: &[String], run: &Run) -> Value {
    let stdout = if step.json {
        serde_json::from_str(&run.stdout).unwrap_or_else(|_| json!(run.stdout))
    } else {
        json!(run.stdout)
    };
    // Notices and warnings depend on the machine (keyring, terminal), not on
    // the cloud: errors and their hints are compared.
    // `--wait`'s progress lines depend on timing (the local cloud is done
    // before the first poll).
    let progress = Regex::new(r"^[a-z ]+ \S+: [a-z_]+$").unwrap();
    let stderr: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.starts_with("notice:") && !l.starts_with("warning:"))
        .filter(|l| !progress.is_match(l))
        .collect();
    json!({
        "as": step.role,
        "run": args.join(" "),
        "code": run.code,
        "stdout": stdout,
        "stderr": stderr,
    })
}

/// Play `scenario` on `cloud`; the transcript, not yet normalised.
fn play(scenario: &Scenario, cloud: &Cloud) -> Vec<Value> {
    let run_id = format!("d{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    let keys = tempfile::tempdir().unwrap();
    let mut vars: BTreeMap<String, String> = BTreeMap::new();
    let mut transcript = Vec::new();
    let mut aborted = false;
    for step in &scenario.steps {
        let mut args: Vec<String> = step
            .run
            .iter()
            .map(|a| expand(a, &run_id, &vars, keys.path()))
            .collect();
        if step.json && !args.iter().any(|a| a == "-f") {
            args.extend(["-f".into(), "json".into()]);
        }
        let mut env = cloud.env(&step.role);
        if let Some(input) = &step.stdin {
            env.stdin(expand(input, &run_id, &vars, keys.path()).as_bytes());
        }
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = env.run(&argv);
        let shown: Vec<String> = args
            .iter()
            .map(|a| a.replace(&keys.path().display().to_string(), "<keys>"))
            .collect();
        let mut rec = record(step, &shown, &run);
        for (var, field) in &step.save {
            match saved(&rec["stdout"], field) {
                Some(v) => {
                    vars.insert(var.clone(), v);
                }
                // A pinned step may fail on one cloud only: what it would
                // have saved stays unset (its cleanup is skipped).
                None if step.differs.is_some() => {}
                None => {
                    rec["aborted"] = json!(format!("no `{field}` in the output to save as {var}"));
                    aborted = true;
                }
            }
        }
        pin(step, &mut rec);
        transcript.push(rec);
        if aborted {
            break;
        }
    }
    for step in &scenario.cleanup {
        let args: Vec<String> = step
            .run
            .iter()
            .map(|a| expand(a, &run_id, &vars, keys.path()))
            .collect();
        if args.iter().any(|a| a.contains("${")) {
            continue; // a variable the steps never set: nothing to clean
        }
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let _ = cloud.env(&step.role).run(&argv);
    }
    transcript
}

/// What a step does not compare: its `ignore` fields, and its pinned
/// difference (its fields, or the whole step). Applied when playing and again
/// to a record, so that a record made before a pin follows the scenario.
fn pin(step: &Step, rec: &mut Value) {
    mask(&mut rec["stdout"], &step.ignore, "<ignored>");
    if let Some(d) = &step.differs {
        let pinned = format!(
            "<differs: {}>",
            d.reason.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        mask(&mut rec["stdout"], &d.fields, &pinned);
        if d.fields.is_empty() {
            rec["code"] = json!(pinned);
            rec["stdout"] = json!(pinned);
            rec["stderr"] = json!(pinned);
            if let Some(o) = rec.as_object_mut() {
                o.remove("aborted");
            }
        }
    }
}

/// `${name:X}` a unique name, `${key:X}` a file of 32 random bytes,
/// `${X}` a saved variable, `${uuid:X}` the last path segment of one.
fn expand(arg: &str, run_id: &str, vars: &BTreeMap<String, String>, keys: &Path) -> String {
    let re = Regex::new(r"\$\{(?:(name|key|uuid):)?([A-Za-z0-9_-]+)\}").unwrap();
    re.replace_all(arg, |c: &regex::Captures| {
        let var = &c[2];
        match c.get(1).map(|m| m.as_str()) {
            Some("name") => format!("sk-{run_id}-{var}"),
            Some("key") => {
                let path = keys.join(var);
                if !path.exists() {
                    let mut key = [0u8; 32];
                    std::io::Read::read_exact(
                        &mut std::fs::File::open("/dev/urandom").unwrap(),
                        &mut key,
                    )
                    .unwrap();
                    std::fs::write(&path, key).unwrap();
                }
                path.display().to_string()
            }
            Some("uuid") => vars
                .get(var)
                .map(|v| v.rsplit('/').next().unwrap_or(v).to_string())
                .unwrap_or_else(|| c[0].to_string()),
            _ => vars.get(var).cloned().unwrap_or_else(|| c[0].to_string()),
        }
    })
    .into_owned()
}

fn saved(stdout: &Value, field: &str) -> Option<String> {
    let row = match stdout {
        Value::Array(rows) => rows.first()?,
        other => other,
    };
    match row.get(field)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        v => Some(v.to_string()),
    }
}

/// Each played transcript is kept under `target/differential/` for reading
/// when a comparison fails.
fn keep_transcript(name: &str, cloud: &str, transcript: &Value) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential");
    let _ = std::fs::create_dir_all(&dir);
    let text = serde_json::to_string_pretty(transcript).unwrap_or_default();
    let _ = std::fs::write(dir.join(format!("{name}.{cloud}.json")), text + "\n");
}

fn recorded_path(name: &str) -> PathBuf {
    scenario_dir().join("recorded").join(format!("{name}.json"))
}

/// A record, normalised again (idempotent), so that a rule added to the
/// normaliser applies to records made before it.
fn read_record(name: &str, scenario: &Scenario) -> Option<Value> {
    let text = std::fs::read_to_string(recorded_path(name)).ok()?;
    let mut record: Vec<Value> = serde_json::from_str(&text).ok()?;
    for (step, rec) in scenario.steps.iter().zip(record.iter_mut()) {
        pin(step, rec);
    }
    Some(normalise(&record))
}

#[test]
fn at_least_forty_scenarios_each_with_a_record() {
    if std::env::var("SHAREKEEP_SCENARIO").is_ok() {
        return;
    }
    let all = scenarios();
    assert!(all.len() >= 40, "{} scenarios", all.len());
    for (name, scenario) in &all {
        assert!(
            scenario.about.trim().len() > 20,
            "{name}: say what the scenario shows in `about`"
        );
    }
    let missing: Vec<&str> = all
        .iter()
        .filter(|(name, scenario)| read_record(name, scenario).is_none())
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "no record of the reference cloud for {missing:?}: bring it up and run \
         SHAREKEEP_BLESS=1 cargo test --test it differential:: -- --ignored"
    );
}

/// The scenarios a plain `cargo test` plays on the local cloud: the
/// encryption flow's core, a few seconds each. `SHAREKEEP_SLOW_TESTS=1`
/// (CI) plays all of them, `SHAREKEEP_SCENARIO=a,b` the ones named.
const QUICK: &[&str] = &[
    "enc-same-key-one-server",
    "enc-other-key-new-server",
    "enc-missing-secret",
    "enc-quota-encryption-keys",
    "enc-share-level-keys",
    "enc-preflight-dry-run",
    "snap-encrypted-share",
    "share-create-show-delete",
];

#[test]
fn the_local_cloud_plays_every_scenario_as_the_reference_cloud_did() {
    let every = crate::common::slow_tests() || std::env::var("SHAREKEEP_SCENARIO").is_ok();
    let all: Vec<(String, Scenario)> = scenarios()
        .into_iter()
        .filter(|(name, _)| every || QUICK.contains(&name.as_str()))
        .collect();
    if !every {
        eprintln!(
            "the local cloud plays {} quick scenarios; SHAREKEEP_SLOW_TESTS=1 plays all",
            all.len()
        );
    }
    // Each scenario has its own state: two at a time (the machine kind's cores).
    let next = std::sync::atomic::AtomicUsize::new(0);
    let found = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some((name, scenario)) = all.get(i) else {
                        break;
                    };
                    let record = read_record(name, scenario);
                    if record.is_none() && std::env::var("SHAREKEEP_SCENARIO").is_err() {
                        continue; // reported by at_least_forty_scenarios_each_with_a_record
                    }
                    let record = record.unwrap_or_else(|| json!([]));
                    let local = normalise(&play(scenario, &Cloud::local()));
                    keep_transcript(name, "local", &local);
                    let d = compare(name, "local", &local, "reference (recorded)", &record);
                    found.lock().unwrap().push((i, d));
                }
            });
        }
    });
    let mut found = found.into_inner().unwrap();
    found.sort_by_key(|(i, _)| *i);
    let diffs: Vec<String> = found.into_iter().flat_map(|(_, d)| d).collect();
    assert!(
        diffs.is_empty(),
        "\n{}\n(transcripts in {}/differential)\n",
        diffs.join("\n"),
        env!("CARGO_TARGET_TMPDIR")
    );
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh --with-manila"]
fn the_reference_cloud_plays_every_scenario_as_recorded() {
    let bless = std::env::var("SHAREKEEP_BLESS").is_ok_and(|v| v == "1");
    let mut diffs = Vec::new();
    for (name, scenario) in scenarios() {
        let mut reference = normalise(&play(&scenario, &Cloud::Reference));
        // The reference cloud is real services with real hiccups (a rule
        // that a busy manila-share applies late): a scenario that differs
        // from its record is played once more; the first try is kept.
        if !bless
            && let Some(record) = read_record(&name, &scenario)
            && !compare(&name, "reference", &reference, "record", &record).is_empty()
        {
            // Kept beside the others, for reading: `<name>.reference-first-try.json`.
            keep_transcript(&name, "reference-first-try", &reference);
            reference = normalise(&play(&scenario, &Cloud::Reference));
        }
        keep_transcript(&name, "reference", &reference);
        if bless {
            // A new record must be what the local cloud plays too.
            let local = normalise(&play(&scenario, &Cloud::local()));
            keep_transcript(&name, "local", &local);
            diffs.extend(compare(&name, "local", &local, "reference", &reference));
            std::fs::create_dir_all(scenario_dir().join("recorded")).unwrap();
            let text = serde_json::to_string_pretty(&reference).unwrap() + "\n";
            std::fs::write(recorded_path(&name), text).unwrap();
        } else {
            match read_record(&name, &scenario) {
                Some(record) => diffs.extend(compare(
                    &name,
                    "reference",
                    &reference,
                    "reference (recorded)",
                    &record,
                )),
                None => diffs.push(format!("{name}: no record (SHAREKEEP_BLESS=1 writes it)")),
            }
        }
    }
    assert!(diffs.is_empty(), "\n{}\n", diffs.join("\n"));
}
