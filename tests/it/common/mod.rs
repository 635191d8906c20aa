//! Running the built binary in an isolated environment: its own HOME, config,
//! cache and working directory, and none of the caller's `OS_*` variables.

#![allow(dead_code)]

pub mod cloud;
pub mod fixture;
pub mod local;
pub mod proxy;
pub mod serve;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::time::Duration;

/// Whether the slow tests run in full (`SHAREKEEP_SLOW_TESTS=1`, as CI does):
/// every differential scenario, the kill test's full count.
pub fn slow_tests() -> bool {
    std::env::var("SHAREKEEP_SLOW_TESTS").is_ok_and(|v| v == "1")
}

pub struct Env {
    pub dir: tempfile::TempDir,
    vars: Vec<(String, String)>,
    stdin: Option<Vec<u8>>,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub raw_stdout: Vec<u8>,
}

impl Run {
    /// Panic with the whole story when the exit code is not the expected one.
    pub fn expect_code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "exit code {} (expected {code})\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }
    pub fn ok(self) -> Run {
        self.expect_code(0)
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["home", "config", "cache", "work"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        Env {
            dir,
            vars: Vec::new(),
            stdin: None,
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn cache_dir(&self) -> PathBuf {
        self.path("cache")
    }

    pub fn set(&mut self, key: &str, value: impl AsRef<str>) -> &mut Env {
        self.vars.retain(|(k, _)| k != key);
        self.vars
            .push((key.to_string(), value.as_ref().to_string()));
        self
    }

    pub fn unset(&mut self, key: &str) -> &mut Env {
        self.vars.retain(|(k, _)| k != key);
        self
    }

    pub fn stdin(&mut self, bytes: &[u8]) -> &mut Env {
        self.stdin = Some(bytes.to_vec());
        self
    }

    /// Point the D-Bus session at a socket nobody listens on, so that the OS
    /// keyring (Secret Service) is unusable whatever the machine runs.
    pub fn without_secret_service(&mut self) -> &mut Env {
        let socket = self.path("no-dbus-session");
        self.set(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}", socket.display()),
        )
    }

    /// Write a clouds.yaml into the temp dir and point OS_CLIENT_CONFIG_FILE at it.
    pub fn clouds(&mut self, yaml: &str) -> PathBuf {
        let p = self.path("clouds.yaml");
        std::fs::write(&p, yaml).unwrap();
        self.set("OS_CLIENT_CONFIG_FILE", p.display().to_string());
        p
    }

    pub fn command(&self, program: &Path, args: &[&str]) -> Command {
        let mut cmd = Command::new(program);
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_CACHE_HOME", self.path("cache"))
            .current_dir(self.path("work"));
        for (k, v) in &self.vars {
            cmd.env(k, v);
        }
        cmd
    }

    pub fn run(&mut self, args: &[&str]) -> Run {
        let bin = PathBuf::from(env!("CARGO_BIN_EXE_sharekeep"));
        self.run_program(&bin, args)
    }

    /// Store `key` (raw bytes, from standard input, never in argv) on
    /// `cloud` as a 256-bit AES secret named `name`; its href.
    pub fn store_key(&mut self, cloud: &str, name: &str, key: &[u8]) -> String {
        self.stdin(key);
        let args = [
            "--os-cloud",
            cloud,
            "secret",
            "store",
            "--name",
            name,
            "--secret-type",
            "symmetric",
            "--algorithm",
            "aes",
            "--bit-length",
            "256",
            "--file",
            "-",
            "-f",
            "value",
            "-c",
            "Secret href",
        ];
        self.run(&args).ok().stdout.trim().to_string()
    }

    /// Run the binary under `umask` (e.g. `"000"`), through `/bin/sh`: the
    /// modes of the files it creates then come from sharekeep alone, not from
    /// the caller's umask.
    #[cfg(unix)]
    pub fn run_with_umask(&mut self, umask: &str, args: &[&str]) -> Run {
        let script = format!("umask {umask} && exec \"$0\" \"$@\"");
        let mut all = vec!["-c", script.as_str(), env!("CARGO_BIN_EXE_sharekeep")];
        all.extend_from_slice(args);
        self.run_program(Path::new("/bin/sh"), &all)
    }

    pub fn run_program(&mut self, program: &Path, args: &[&str]) -> Run {
        let mut cmd = self.command(program, args);
        cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
        if let Some(bytes) = self.stdin.take() {
            let mut si = child.stdin.take().unwrap();
            si.write_all(&bytes).unwrap();
        }
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().unwrap();
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            raw_stdout: stdout,
        }
    }
}

/// A loopback port that nothing listens on (bound, then released).
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// What a [`FakeKeystone`] answers to a request that is not Keystone's:
/// `(method, path, how many such requests came before)` -> `(status, extra
/// headers, body)`.
pub type Script = fn(&str, &str, usize) -> (u16, Vec<(String, String)>, String);

/// A stand-in for Keystone on a loopback port. `POST …/v3/auth/tokens` gets
/// a 201 with [`FakeKeystone::token`] (valid for an hour, a catalog whose
/// key-manager and sharev2 endpoints are this same server); `GET
/// …/v3/auth/tokens` (validation) a 200 when the subject is that token;
/// anything else what the script says (404 without one). It counts every
/// request by method and path, and serves until the test process ends.
pub struct FakeKeystone {
    /// The auth URL to put in clouds.yaml (`http://127.0.0.1:PORT/v3`).
    pub url: String,
    /// The token it hands out (the `X-Subject-Token` header).
    pub token: String,
    requests: Arc<std::sync::Mutex<Vec<String>>>,
}

impl FakeKeystone {
    pub fn start() -> FakeKeystone {
        Self::with_script(|_, _, _| (404, Vec::new(), String::new()))
    }

    pub fn with_script(script: Script) -> FakeKeystone {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let token = format!("fake-keystone-token-{port}");
        let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
        let (subject, log) = (token.clone(), requests.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = answer(stream, port, &subject, &log, script);
            }
        });
        FakeKeystone {
            url: format!("http://127.0.0.1:{port}/v3"),
            token,
            requests,
        }
    }

    /// Authentications (`POST /v3/auth/tokens`) so far, counted before the
    /// answer is sent.
    pub fn authentications(&self) -> usize {
        self.count("POST /v3/auth/tokens")
    }

    /// How many requests `METHOD /path` (query left out) came so far.
    pub fn count(&self, request: &str) -> usize {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| *r == request)
            .count()
    }
}

fn answer(
    mut stream: TcpStream,
    port: u16,
    token: &str,
    log: &std::sync::Mutex<Vec<String>>,
    script: Script,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line)? == 0 {
            return Ok(());
        }
        let (mut length, mut subject) = (0usize, String::new());
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 || line.trim_end().is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                let name = name.trim();
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0);
                } else if name.eq_ignore_ascii_case("x-subject-token") {
                    subject = value.trim().to_string();
                }
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or_default().to_string();
        let path = parts
            .next()
            .unwrap_or_default()
            .split('?')
            .next()
            .unwrap_or_default()
            .to_string();
        let request = format!("{method} {path}");
        let before = {
            let mut l = log.lock().unwrap();
            let n = l.iter().filter(|r| **r == request).count();
            l.push(request);
            n
        };
        let tokens = path == "/v3/auth/tokens";
        let (status, headers, text) = if tokens && (method == "POST" || subject == token) {
            let expires_at =
                (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(3600)).to_string();
            let here = format!("http://127.0.0.1:{port}");
            let endpoint = |t: &str, url: String| serde_json::json!({"type": t, "endpoints": [{"interface": "public", "url": url}]});
            let doc = serde_json::json!({"token": {
                "expires_at": expires_at,
                "user": {"id": "fake-user"},
                "project": {"id": "fake-project"},
                "catalog": [endpoint("key-manager", here.clone()), endpoint("sharev2", format!("{here}/v2"))]
            }});
            let status = if method == "POST" { 201 } else { 200 };
            (
                status,
                vec![("X-Subject-Token".to_string(), token.to_string())],
                doc.to_string(),
            )
        } else if tokens {
            (404, Vec::new(), String::new())
        } else {
            script(&method, &path, before)
        };
        let mut head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            text.len()
        );
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        stream.write_all(text.as_bytes())?;
        stream.flush()?;
    }
}

/// Put a local share back in `creating`, unscheduled, as a process that died
/// right after its create would leave it (the local state at `dir`).
pub fn make_share_pending_again(dir: &Path, id: &str) {
    let state = sharekeep::local::State::open(dir).unwrap();
    state
        .write(|tx| {
            let mut row = tx.get("share", id)?.unwrap();
            row.body["status"] = "creating".into();
            row.body["host"] = serde_json::Value::Null;
            row.body["export_locations"] = serde_json::json!([]);
            tx.put(&sharekeep::local::share::rows::share_row(row.body)?)
        })
        .unwrap();
}
