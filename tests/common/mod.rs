//! Running the built binary in an isolated environment: its own HOME, config,
//! cache and working directory, and none of the caller's `OS_*` variables.

#![allow(dead_code)]

pub mod cloud;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

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
            use std::io::Write;
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
