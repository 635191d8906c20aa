//! A fault-injecting HTTP proxy on 127.0.0.1, started by a test in front of
//! a real server (`local serve`, or a service of the reference cloud). Each
//! request is handled on a connection of its own (`connection: close`), and
//! a rule decides, from the method, the path and how many such requests came
//! before, what the client gets.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the proxy does with one request.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Forward it and relay the answer.
    Pass,
    /// Answer this without forwarding (the server never sees the request).
    Answer {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: String,
    },
    /// Forward it (the server carries it out), then answer this instead:
    /// a gateway that lost the server's answer.
    ForwardThenAnswer { status: u16, body: String },
    /// Forward it, then reset the connection (RST) without a byte of answer.
    ForwardThenReset,
    /// Forward it, relay the head and half the body, then reset the connection.
    ForwardThenCut,
    /// Forward it, relay the head and half the body, then close (FIN): a
    /// body shorter than its content-length.
    ForwardThenTruncate,
    /// Forward it, relay the head, then replace the body with an HTML page.
    ForwardThenHtml,
    /// Read it and never answer (until the client gives up).
    Hang,
    /// Forward it (the server carries it out), then never answer.
    ForwardThenHang,
    /// Wait, then forward and relay.
    Slow(Duration),
}

type Rule = dyn Fn(&str, &str, usize) -> Fault + Send + Sync;

pub struct Proxy {
    pub port: u16,
    upstream: Arc<Mutex<Option<SocketAddr>>>,
    seen: Arc<Mutex<Vec<(String, String)>>>,
    stop: Arc<AtomicBool>,
    rule: Arc<Mutex<Arc<Rule>>>,
}

/// An HTML page such as a load balancer sends.
pub const HTML: &str = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

impl Proxy {
    /// Listen on a free port; requests wait for [`Proxy::upstream`] to be set.
    pub fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let proxy = Proxy {
            port,
            upstream: Arc::default(),
            seen: Arc::default(),
            stop: Arc::default(),
            rule: Arc::new(Mutex::new(Arc::new(|_: &str, _: &str, _: usize| {
                Fault::Pass
            }))),
        };
        let (upstream, seen, stop, rule) = (
            proxy.upstream.clone(),
            proxy.seen.clone(),
            proxy.stop.clone(),
            proxy.rule.clone(),
        );
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (upstream, seen, rule, stop) =
                    (upstream.clone(), seen.clone(), rule.clone(), stop.clone());
                std::thread::spawn(move || {
                    let _ = one(conn, &upstream, &seen, &rule, &stop);
                });
            }
        });
        proxy
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn upstream(&self, addr: SocketAddr) {
        *self.upstream.lock().unwrap() = Some(addr);
    }

    /// From now on, `rule(method, path, earlier)` decides; the count of
    /// requests seen starts again.
    pub fn rule(&self, rule: impl Fn(&str, &str, usize) -> Fault + Send + Sync + 'static) {
        self.seen.lock().unwrap().clear();
        *self.rule.lock().unwrap() = Arc::new(rule);
    }

    /// From now on every request passes; the counts stay.
    pub fn pass(&self) {
        *self.rule.lock().unwrap() = Arc::new(|_: &str, _: &str, _: usize| Fault::Pass);
    }

    /// How many `METHOD` requests for a path ending in `suffix` came since
    /// the rule was set.
    pub fn count(&self, method: &str, suffix: &str) -> usize {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|(m, p)| m == method && p.ends_with(suffix))
            .count()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Read one request: its head (lines) and its body (by content-length).
fn read_request(
    reader: &mut BufReader<TcpStream>,
) -> std::io::Result<Option<(Vec<String>, Vec<u8>)>> {
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim_end_matches(['\r', '\n']).to_string();
        if line.is_empty() {
            break;
        }
        head.push(line);
    }
    let length = head
        .iter()
        .find_map(|h| {
            let (k, v) = h.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(Some((head, body)))
}

fn one(
    client: TcpStream,
    upstream: &Mutex<Option<SocketAddr>>,
    seen: &Mutex<Vec<(String, String)>>,
    rule: &Mutex<Arc<Rule>>,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(client.try_clone()?);
    let mut client = client;
    let Some((head, body)) = read_request(&mut reader)? else {
        return Ok(());
    };
    let mut words = head[0].split(' ');
    let method = words.next().unwrap_or("").to_string();
    let path = words
        .next()
        .unwrap_or("")
        .split('?')
        .next()
        .unwrap_or("")
        .to_string();
    let earlier = {
        let mut seen = seen.lock().unwrap();
        let n = seen
            .iter()
            .filter(|(m, p)| *m == method && *p == path)
            .count();
        seen.push((method.clone(), path.clone()));
        n
    };
    let fault = (rule.lock().unwrap().clone())(&method, &path, earlier);
    let forward = |head: &[String], body: &[u8]| -> std::io::Result<Vec<u8>> {
        let addr = loop {
            if let Some(a) = *upstream.lock().unwrap() {
                break a;
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let mut up = TcpStream::connect(addr)?;
        let mut out = String::new();
        for line in head {
            if !line.to_ascii_lowercase().starts_with("connection:") {
                out.push_str(line);
                out.push_str("\r\n");
            }
        }
        out.push_str("connection: close\r\n\r\n");
        up.write_all(out.as_bytes())?;
        up.write_all(body)?;
        let mut answer = Vec::new();
        up.read_to_end(&mut answer)?;
        Ok(answer)
    };
    let split = |answer: &[u8]| -> (Vec<u8>, Vec<u8>) {
        match answer.windows(4).position(|w| w == b"\r\n\r\n") {
            Some(i) => (answer[..i + 4].to_vec(), answer[i + 4..].to_vec()),
            None => (answer.to_vec(), Vec::new()),
        }
    };
    let answer_with = |status: u16, headers: &[(&str, String)], body: &str| {
        let mut out = format!(
            "HTTP/1.1 {status} Injected\r\ncontent-length: {}\r\nconnection: close\r\n",
            body.len()
        );
        for (k, v) in headers {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str("\r\n");
        out.push_str(body);
        out
    };
    match fault.clone() {
        Fault::Pass => {
            let answer = forward(&head, &body)?;
            client.write_all(&answer)?;
        }
        Fault::Slow(wait) => {
            std::thread::sleep(wait);
            let answer = forward(&head, &body)?;
            client.write_all(&answer)?;
        }
        Fault::Answer {
            status,
            headers,
            body,
        } => {
            client.write_all(answer_with(status, &headers, &body).as_bytes())?;
        }
        Fault::ForwardThenAnswer { status, body: page } => {
            forward(&head, &body)?;
            let ct = if page.starts_with('<') {
                "text/html"
            } else {
                "application/json"
            };
            client
                .write_all(answer_with(status, &[("content-type", ct.into())], &page).as_bytes())?;
        }
        Fault::ForwardThenReset => {
            forward(&head, &body)?;
            return reset(client);
        }
        Fault::ForwardThenCut => {
            let (h, b) = split(&forward(&head, &body)?);
            client.write_all(&h)?;
            client.write_all(&b[..b.len() / 2])?;
            return reset(client);
        }
        Fault::ForwardThenTruncate => {
            let (h, b) = split(&forward(&head, &body)?);
            client.write_all(&h)?;
            client.write_all(&b[..b.len() / 2])?;
        }
        Fault::ForwardThenHtml => {
            let (h, _) = split(&forward(&head, &body)?);
            let text = String::from_utf8_lossy(&h);
            let mut out = String::new();
            for line in text.split("\r\n").filter(|l| !l.is_empty()) {
                let lower = line.to_ascii_lowercase();
                if !lower.starts_with("content-length:") && !lower.starts_with("content-type:") {
                    out.push_str(line);
                    out.push_str("\r\n");
                }
            }
            out.push_str(&format!(
                "content-type: text/html\r\ncontent-length: {}\r\n\r\n{HTML}",
                HTML.len()
            ));
            client.write_all(out.as_bytes())?;
        }
        Fault::Hang | Fault::ForwardThenHang => {
            if matches!(fault, Fault::ForwardThenHang) {
                forward(&head, &body)?;
            }
            while !stop.load(Ordering::SeqCst) {
                let mut byte = [0u8; 1];
                client.set_read_timeout(Some(Duration::from_millis(200)))?;
                match client.read(&mut byte) {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(_) => {}
                }
            }
        }
    }
    let _ = client.shutdown(Shutdown::Both);
    Ok(())
}

/// Close with a TCP reset: linger 0, then drop.
fn reset(client: TcpStream) -> std::io::Result<()> {
    let socket = socket2::Socket::from(client);
    socket.set_linger(Some(Duration::ZERO))?;
    drop(socket);
    Ok(())
}
