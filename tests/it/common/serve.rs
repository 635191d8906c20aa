//! `sharekeep local serve` as a child process of a test: started on a free
//! loopback port, stopped (SIGTERM, then kill) when dropped.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::Env;

pub struct Serve {
    child: Option<Child>,
    /// The URL it serves (`http://127.0.0.1:PORT`, or its `--public-url`).
    pub url: String,
    /// The port it listens on.
    pub port: u16,
    dir: String,
    /// The options given besides `--port` and `--state`.
    more: Vec<String>,
    stderr: Arc<Mutex<Vec<String>>>,
    stdout: Option<JoinHandle<String>>,
    err_reader: Option<JoinHandle<()>>,
}

/// What a stopped server left.
pub struct Stopped {
    pub code: i32,
    pub stdout: String,
    pub stderr: Vec<String>,
}

impl Serve {
    /// Serve the state `dir` for `env`'s binary on a free port; returns once
    /// it listens.
    pub fn start(env: &Env, dir: &Path, more: &[&str]) -> Serve {
        let bin = Path::new(env!("CARGO_BIN_EXE_sharekeep"));
        let dir = dir.display().to_string();
        let mut args = vec!["local", "serve", "--port", "0", "--state", dir.as_str()];
        args.extend_from_slice(more);
        let mut cmd = env.command(bin, &args);
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("cannot start `sharekeep local serve`");
        let mut out = child.stdout.take().unwrap();
        let stdout = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = out.read_to_string(&mut s);
            s
        });
        let lines = Arc::new(Mutex::new(Vec::new()));
        let err = child.stderr.take().unwrap();
        let sink = lines.clone();
        let err_reader = std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        let mut serve = Serve {
            child: Some(child),
            url: String::new(),
            port: 0,
            dir: dir.clone(),
            more: more.iter().map(|s| s.to_string()).collect(),
            stderr: lines,
            stdout: Some(stdout),
            err_reader: Some(err_reader),
        };
        let started = Instant::now();
        while serve.url.is_empty() {
            if let Some(status) = serve.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("local serve exited ({status}): {:?}", serve.stderr());
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "local serve did not start: {:?}",
                serve.stderr()
            );
            let found = serve.stderr().iter().find_map(|l| {
                let url = l.split("serving ").nth(1)?.split_whitespace().next()?;
                let addr = l.split("(listening on ").nth(1)?.split([',', ')']).next()?;
                let port: u16 = addr.rsplit(':').next()?.parse().ok()?;
                url.contains("://").then(|| (url.to_string(), port))
            });
            match found {
                Some((url, port)) => {
                    serve.port = port;
                    serve.url = url;
                }
                None => std::thread::sleep(Duration::from_millis(20)),
            }
        }
        serve
    }

    /// `local serve --print-clouds-yaml` for this server's port and state.
    pub fn print_clouds_yaml(&self, env: &mut Env) -> String {
        let port = self.port.to_string();
        let mut args = vec![
            "local",
            "serve",
            "--port",
            &port,
            "--state",
            &self.dir,
            "--print-clouds-yaml",
        ];
        args.extend(self.more.iter().map(String::as_str));
        env.run(&args).ok().stdout
    }

    /// The lines written to standard error so far.
    pub fn stderr(&self) -> Vec<String> {
        self.stderr.lock().unwrap().clone()
    }

    /// The access lines so far (those with a quoted request).
    pub fn access_lines(&self) -> Vec<String> {
        self.stderr()
            .into_iter()
            .filter(|l| l.contains(" \"") && l.ends_with(" ms"))
            .collect()
    }

    /// Send `signal` (`TERM`, `INT`) and wait for the exit.
    pub fn stop_with(self, signal: &str) -> Stopped {
        let pid = self.child.as_ref().unwrap().id().to_string();
        let status = std::process::Command::new("kill")
            .args([format!("-{signal}"), pid])
            .status()
            .unwrap();
        assert!(status.success());
        self.wait_exit(&format!("SIG{signal}"))
    }

    /// Wait (30 s at most) for the server to exit by itself, after `what`.
    pub fn wait_exit(mut self, what: &str) -> Stopped {
        let mut child = self.child.take().unwrap();
        let started = Instant::now();
        let code = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s.code().unwrap_or(-1);
            }
            if started.elapsed() > Duration::from_secs(30) {
                let _ = child.kill();
                let _ = child.wait();
                panic!("local serve did not stop after {what}: {:?}", self.stderr());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        self.err_reader.take().unwrap().join().unwrap();
        let stdout = self.stdout.take().unwrap().join().unwrap();
        Stopped {
            code,
            stdout,
            stderr: self.stderr(),
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
