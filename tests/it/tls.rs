//! HTTPS: `local serve --tls-cert/--tls-key`, the client's certificate
//! checks (system roots, `--os-cacert`/`OS_CACERT`/`cacert`, `--insecure`)
//! and its client certificate (`--os-cert`/`--os-key`). Every certificate is
//! made here by the test; nothing leaves 127.0.0.1.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::common::Env;
use crate::common::serve::Serve;
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};

/// A CA and certificates it signed, as PEM files in a directory.
struct Pki {
    dir: tempfile::TempDir,
    ca: CertifiedIssuer<'static, KeyPair>,
}

impl Pki {
    fn new(name: &str) -> Pki {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, format!("{name} test CA"));
        let ca = CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap();
        let pki = Pki {
            dir: tempfile::tempdir().unwrap(),
            ca,
        };
        std::fs::write(pki.path("ca.pem"), pki.ca.pem()).unwrap();
        pki
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `<stem>.pem` and `<stem>.key`, for `names` (DNS names or IPs), signed by the CA.
    fn issue(&self, stem: &str, names: &[&str]) -> (PathBuf, PathBuf) {
        let mut params =
            CertificateParams::new(names.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                .unwrap();
        params.distinguished_name.push(DnType::CommonName, stem);
        let key = KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &self.ca).unwrap();
        let (c, k) = (
            self.path(&format!("{stem}.pem")),
            self.path(&format!("{stem}.key")),
        );
        std::fs::write(&c, cert.pem()).unwrap();
        std::fs::write(&k, key.serialize_pem()).unwrap();
        (c, k)
    }
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// `local serve` over HTTPS: a client that does not trust the certificate
/// fails naming the host; `--os-cacert`, `OS_CACERT` and `cacert:` make it
/// trusted; `--insecure` works and warns. The whole encryption flow (the
/// driver fetching the key out of band included) runs over TLS.
#[test]
fn local_serve_serves_https_and_the_client_checks_the_certificate() {
    let pki = Pki::new("serve");
    let (cert, key) = pki.issue("server", &["localhost", "127.0.0.1"]);
    let mut env = Env::new();
    let state = env.path("state");
    let serve = Serve::start(
        &env,
        &state,
        &["--tls-cert", &s(&cert), "--tls-key", &s(&key)],
    );
    assert!(serve.url.starts_with("https://127.0.0.1:"), "{}", serve.url);
    let yaml = serve.print_clouds_yaml(&mut env);
    assert!(yaml.contains("auth_url: https://127.0.0.1:"), "{yaml}");
    let clouds = env.clouds(&yaml);
    let list = [
        "--os-cloud",
        "sharekeep-demo",
        "secret",
        "list",
        "-f",
        "json",
    ];

    let untrusted = env.run(&list).expect_code(8);
    assert!(
        untrusted.stderr.contains("127.0.0.1") && untrusted.stderr.contains("certificate"),
        "the refusal names the host and the certificate: {}",
        untrusted.stderr
    );

    let ca = s(&pki.path("ca.pem"));
    let mut with_flag = list.to_vec();
    with_flag.extend(["--os-cacert", ca.as_str()]);
    assert_eq!(env.run(&with_flag).ok().json(), serde_json::json!([]));

    env.set("OS_CACERT", &ca);
    env.run(&list).ok();
    env.unset("OS_CACERT");

    let in_file = yaml.replace(
        "    interface: public\n",
        &format!("    interface: public\n    cacert: {ca}\n"),
    );
    assert_ne!(in_file, yaml);
    std::fs::write(&clouds, in_file).unwrap();
    env.run(&list).ok();
    std::fs::write(&clouds, &yaml).unwrap();

    let mut insecure = list.to_vec();
    insecure.push("--insecure");
    let run = env.run(&insecure).ok();
    assert!(
        run.stderr.contains("warning: --insecure") && run.stderr.contains("127.0.0.1"),
        "{}",
        run.stderr
    );

    // The encryption flow over HTTPS: the driver reads the key through TLS too.
    env.set("OS_CACERT", &ca);
    let secret = env.store_key("sharekeep-demo", "k", &[7u8; 32]);
    let mut args = vec!["--os-cloud".to_string(), "sharekeep-demo".to_string()];
    args.extend(crate::common::local::encrypted_create(
        &secret,
        &["--wait", "-f", "json"],
    ));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let share = env.run(&args).ok().json();
    assert_eq!(share["status"], "available", "{share}");
    drop(serve);
}

/// What the test's TLS endpoint saw of each connection.
type Seen = Arc<Mutex<Vec<Option<String>>>>;

/// A one-route HTTPS endpoint on 127.0.0.1 that asks for (but does not
/// demand) a client certificate signed by `pki`'s CA, records the subject
/// it got, and answers every request 401.
fn tls_endpoint(pki: &Pki, cert: &Path, key: &Path) -> (u16, Seen) {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pki.ca.der().clone()).unwrap();
    let verifier = rustls::server::WebPkiClientVerifier::builder(Arc::new(roots))
        .allow_unauthenticated()
        .build()
        .unwrap();
    let chain: Vec<_> = CertificateDer::pem_file_iter(cert)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let config = rustls::ServerConfig::builder()
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, PrivateKeyDer::from_pem_file(key).unwrap())
        .unwrap();
    let config = Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Seen = Arc::default();
    let record = seen.clone();
    std::thread::spawn(move || {
        for tcp in listener.incoming() {
            let Ok(mut tcp) = tcp else { continue };
            let mut conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::Stream::new(&mut conn, &mut tcp);
            let mut buf = [0u8; 8192];
            if tls.read(&mut buf).unwrap_or(0) == 0 {
                record.lock().unwrap().push(None);
                continue;
            }
            let subject = tls.conn.peer_certificates().map(|c| {
                // The CN is in the DER as plain text; enough for a test.
                String::from_utf8_lossy(c[0].as_ref()).to_string()
            });
            record
                .lock()
                .unwrap()
                .push(Some(subject.unwrap_or_default()));
            let body = r#"{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}"#;
            let _ = write!(
                tls,
                "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    (port, seen)
}

/// `--os-cert`/`--os-key` (and `OS_CERT`/`OS_KEY`, `cert`/`key` in
/// clouds.yaml) present a client certificate; without them none is sent;
/// a key without a certificate is a configuration error.
#[test]
fn a_client_certificate_is_sent_where_configured() {
    let pki = Pki::new("mtls");
    let (cert, key) = pki.issue("keystone", &["127.0.0.1"]);
    let (client, client_key) = pki.issue("sharekeep-client", &["client.invalid"]);
    let (port, seen) = tls_endpoint(&pki, &cert, &key);
    let ca = s(&pki.path("ca.pem"));
    let mut env = Env::new();
    env.clouds(&format!(
        "clouds:\n  mtls:\n    auth:\n      auth_url: https://127.0.0.1:{port}/v3\n      username: demo\n      password: planted-password-0451\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n    cacert: {ca}\n  mtls-file:\n    auth:\n      auth_url: https://127.0.0.1:{port}/v3\n      username: demo\n      password: planted-password-0451\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n    cacert: {ca}\n    cert: {}\n    key: {}\n",
        s(&client),
        s(&client_key)
    ));
    let issue = ["--os-cloud", "mtls", "token", "issue"];
    let last = || seen.lock().unwrap().last().cloned().flatten();

    env.run(&issue).expect_code(4);
    assert_eq!(
        last(),
        Some(String::new()),
        "no certificate unless configured"
    );

    let mut flags = issue.to_vec();
    let (c, k) = (s(&client), s(&client_key));
    flags.extend(["--os-cert", c.as_str(), "--os-key", k.as_str()]);
    env.run(&flags).expect_code(4);
    assert!(last().unwrap().contains("sharekeep-client"), "{:?}", last());

    // Certificate and key in one file.
    let both = pki.path("both.pem");
    let mut pem = std::fs::read(&client).unwrap();
    pem.extend(std::fs::read(&client_key).unwrap());
    std::fs::write(&both, pem).unwrap();
    env.set("OS_CERT", s(&both));
    env.run(&issue).expect_code(4);
    assert!(last().unwrap().contains("sharekeep-client"));
    env.unset("OS_CERT");

    env.run(&["--os-cloud", "mtls-file", "token", "issue"])
        .expect_code(4);
    assert!(last().unwrap().contains("sharekeep-client"));

    let run = env.run(&["--os-cloud", "mtls", "--os-key", &k, "token", "issue"]);
    let run = run.expect_code(3);
    assert!(run.stderr.contains("--os-cert"), "{}", run.stderr);
    let mut bad = std::fs::File::create(pki.path("bad.pem")).unwrap();
    bad.write_all(b"not a certificate").unwrap();
    let run = env
        .run(&[
            "--os-cloud",
            "mtls",
            "--os-cert",
            &s(&pki.path("bad.pem")),
            "token",
            "issue",
        ])
        .expect_code(3);
    assert!(run.stderr.contains("bad.pem"), "{}", run.stderr);
    assert!(!run.stderr.contains("planted-password-0451"));
}
