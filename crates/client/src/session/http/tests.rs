use super::*;

#[test]
fn messages_from_each_service() {
    assert_eq!(error_message(br#"{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}"#).as_deref(), Some("The request you have made requires authentication."));
    assert_eq!(
        error_message(
            br#"{"code": 404, "title": "Not Found", "description": "Secret not found."}"#
        )
        .as_deref(),
        Some("Secret not found.")
    );
    assert_eq!(
        error_message(
            br#"{"itemNotFound": {"code": 404, "message": "Share x could not be found."}}"#
        )
        .as_deref(),
        Some("Share x could not be found.")
    );
    assert_eq!(error_message(b"<html>oops</html>"), None);
}

#[test]
fn input_in_a_path_cannot_reach_another_resource() {
    let base = "http://m:8786/v2";
    let url = |segs: Vec<&str>| {
        Request::get(
            Service::Share,
            segs.into_iter().map(str::to_string).collect::<Vec<_>>(),
        )
        .url_under(base)
    };
    for (key, want) in [
        ("../../X", "http://m:8786/v2/shares/S/metadata/..%2F..%2FX"),
        ("a?b=c", "http://m:8786/v2/shares/S/metadata/a%3Fb=c"),
        ("a#frag", "http://m:8786/v2/shares/S/metadata/a%23frag"),
        ("a/b", "http://m:8786/v2/shares/S/metadata/a%2Fb"),
        ("%2e%2e", "http://m:8786/v2/shares/S/metadata/%252e%252e"),
        ("x y", "http://m:8786/v2/shares/S/metadata/x%20y"),
        // The URL parser drops tabs, CRs and LFs (found by the refs fuzz target).
        ("\r", "http://m:8786/v2/shares/S/metadata/%0D"),
        ("a\tb\n", "http://m:8786/v2/shares/S/metadata/a%09b%0A"),
    ] {
        let u = url(vec!["shares", "S", "metadata", key]).unwrap();
        assert_eq!(u.as_str(), want, "key {key:?}");
    }
    for bad in ["..", ".", ""] {
        let e = url(vec!["shares", bad]).unwrap_err();
        assert_eq!(e.kind, Kind::Usage, "segment {bad:?}");
    }
    // A trailing slash on the endpoint adds no empty segment.
    let u = Request::get(Service::Share, ["shares", "S"])
        .url_under("http://m:8786/v2/")
        .unwrap();
    assert_eq!(u.as_str(), "http://m:8786/v2/shares/S");
}

#[test]
fn absolute_urls_must_have_the_endpoints_origin() {
    let ok = Request::url(
        Service::Share,
        reqwest::Method::GET,
        "http://m:8786/v2/shares?marker=1",
    )
    .url_under("http://m:8786/v2");
    assert!(ok.is_ok());
    for other in [
        "http://evil:8786/v2/shares",
        "https://m:8786/v2/shares",
        "http://m:9999/v2/shares",
    ] {
        let e = Request::url(Service::Share, reqwest::Method::GET, other)
            .url_under("http://m:8786/v2")
            .unwrap_err();
        assert!(
            e.message.contains("refusing to send the token"),
            "{other}: {}",
            e.message
        );
    }
}

#[test]
fn only_idempotent_methods_are_retried() {
    use reqwest::Method;
    let r = |m: Method| Request::new(Service::Share, m, ["shares"]);
    assert!(r(Method::GET).is_idempotent());
    assert!(r(Method::PUT).is_idempotent());
    assert!(r(Method::DELETE).is_idempotent());
    assert!(!r(Method::POST).is_idempotent());
    assert!(!r(Method::PATCH).is_idempotent());
}

#[test]
fn api_error_names_service_status_and_request() {
    let e = api_error(
        Service::KeyManager,
        &reqwest::Method::GET,
        "http://b/v1/secrets/x",
        404,
        br#"{"description": "Secret not found."}"#,
    );
    assert_eq!(e.kind, Kind::NotFound);
    assert_eq!(
        e.message,
        "Barbican answered 404 to GET http://b/v1/secrets/x: Secret not found."
    );
    assert_eq!(status_of(&e), Some(404), "the status is kept in the cause");
    assert_eq!(e.causes().len(), 1, "{:?}", e.causes());
    let e = api_error(Service::Share, &reqwest::Method::POST, "u", 502, b"");
    assert_eq!(e.kind, Kind::Server);
    assert!(e.message.ends_with("Bad Gateway"), "{}", e.message);
}
