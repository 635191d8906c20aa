//! What comes back from a server: error bodies of each service, Manila's
//! version document, and any JSON rendered in every output format.
#![no_main]
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use sharekeep::output::{Data, Format, FormatArgs, Printer};
use sharekeep::session::{http::api_error, microversion, Service};

fuzz_target!(|data: &[u8]| {
    let Some((&first, body)) = data.split_first() else {
        return;
    };
    let status = 400 + u16::from(first) % 200;
    for service in [Service::Identity, Service::KeyManager, Service::Share] {
        let e = api_error(service, &reqwest_method(first), "https://h/v1/x", status, body);
        let _ = e.to_string();
    }
    let Ok(doc) = serde_json::from_slice::<Value>(body) else {
        return;
    };
    let _ = microversion::server_range(&doc);
    let data = match &doc {
        Value::Object(m) => Data::One {
            columns: m.keys().cloned().collect(),
            values: m.values().cloned().collect(),
        },
        Value::Array(rows) => {
            let columns: Vec<String> = rows
                .iter()
                .filter_map(Value::as_object)
                .flat_map(|m| m.keys().cloned())
                .take(8)
                .collect();
            let rows = rows
                .iter()
                .map(|r| columns.iter().map(|c| r.get(c).cloned().unwrap_or(Value::Null)).collect())
                .collect();
            Data::List { columns, rows }
        }
        _ => return,
    };
    let is_list = matches!(data, Data::List { .. });
    for format in [Format::Table, Format::Json, Format::Yaml, Format::Value, Format::Shell, Format::Csv] {
        let args = FormatArgs {
            format: Some(format),
            max_width: u16::from(first) % 3 * 40,
            ..Default::default()
        };
        if args.check(is_list).is_ok() {
            let _ = Printer::new(&args).render(data.clone());
        }
    }
});

fn reqwest_method(b: u8) -> sharekeep::session::http::Method {
    match b % 4 {
        0 => sharekeep::session::http::Method::GET,
        1 => sharekeep::session::http::Method::POST,
        2 => sharekeep::session::http::Method::PUT,
        _ => sharekeep::session::http::Method::DELETE,
    }
}
