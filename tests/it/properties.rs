//! Property tests (proptest): argument parsing keeps every value as typed,
//! each output format parses back to the data it printed (json, yaml, csv,
//! shell through a real `sh`), and secret references normalise to one UUID.

use proptest::prelude::*;
use serde_json::{Map, Value, json};
use sharekeep::api::keymanager::ref_uuid;
use sharekeep::cli::{Command, parse_from};
use sharekeep::output::{Data, Format, FormatArgs, Printer, python_str};

/// Text as users type it: any printable Unicode, quotes, `$`, backslashes,
/// spaces, and now and then a newline or a tab.
fn text() -> impl Strategy<Value = String> {
    prop_oneof!["[ -~]{0,24}", "\\PC{0,16}", "[a-z$`\"'\\\\ \n\t]{0,12}",]
}

/// JSON values as APIs answer them.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1.0e9f64..1.0e9).prop_map(|f| json!(f)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Column names as commands use them: words, spaces, a dash or a colon.
fn columns(max: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::btree_set("[A-Z][a-z]{0,6}( [a-z]{1,5})?", 1..max)
        .prop_map(|s| s.into_iter().collect())
}

/// YAML read as a YAML 1.2 parser reads it (`y`, `n`, `on` are strings):
/// PyYAML, which the `openstack` client's users read it with, takes `y` and
/// `n` for strings too, and sharekeep quotes what PyYAML would not.
fn yaml(text: &str) -> Result<Value, String> {
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    serde_saphyr::from_str_with_options(text, options).map_err(|e| e.to_string())
}

fn printed(format: Format, data: Data) -> String {
    let args = FormatArgs {
        format: Some(format),
        quote: Some(sharekeep::output::Quote::Nonnumeric),
        ..Default::default()
    };
    Printer::new(&args).render(data).unwrap()
}

fn object(columns: &[String], values: &[Value]) -> Value {
    Value::Object(
        columns
            .iter()
            .cloned()
            .zip(values.iter().cloned())
            .collect::<Map<_, _>>(),
    )
}

/// Numbers compared as numbers (YAML gives `1.0` back as a float, JSON may
/// print `1e300`): everything else exactly.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// `share create` keeps names, descriptions and properties exactly as
    /// given, whatever they hold.
    #[test]
    fn share_create_arguments_are_kept_as_typed(
        name in text(),
        description in text(),
        size in 1u32..100_000,
        properties in prop::collection::vec(("[a-z][a-z0-9_.:-]{0,10}", text()), 0..4),
    ) {
        let mut args: Vec<String> = vec![
            "sharekeep".into(), "share".into(), "create".into(), "NFS".into(), size.to_string(),
            format!("--name={name}"), format!("--description={description}"),
        ];
        for (k, v) in &properties {
            args.push(format!("--property={k}={v}"));
        }
        let argv: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
        let cli = parse_from(&argv).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let Command::Share(share) = cli.command else { panic!("not a share command") };
        let sharekeep::cli::share::ShareCommand::Create(create) = *share else { panic!("not share create") };
        prop_assert_eq!(create.size, size);
        prop_assert_eq!(create.name.as_deref(), Some(name.as_str()));
        prop_assert_eq!(create.description.as_deref(), Some(description.as_str()));
        prop_assert_eq!(create.properties, properties);
    }

    /// `-f json` and `-f yaml` of one resource parse back to its data.
    #[test]
    fn json_and_yaml_of_one_resource_parse_back(cols in columns(6), seed in prop::collection::vec(value(), 6)) {
        let values: Vec<Value> = seed.into_iter().take(cols.len()).collect();
        let cols: Vec<String> = cols.into_iter().take(values.len()).collect();
        let want = object(&cols, &values);
        let data = Data::One { columns: cols.clone(), values: values.clone() };
        let json: Value = serde_json::from_str(&printed(Format::Json, data.clone())).unwrap();
        prop_assert!(same(&json, &want), "json {json} != {want}");
        let text = printed(Format::Yaml, data);
        let yaml: Value = yaml(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        prop_assert!(same(&yaml, &want), "yaml {yaml} != {want}\n{text}");
    }

    /// `-f json`, `-f yaml` and `-f csv` of a list parse back to its rows
    /// (csv cells as the value is shown, Python's `str()`, and null as an
    /// empty cell, as Python's csv module writes None).
    #[test]
    fn json_yaml_and_csv_of_a_list_parse_back(
        cols in columns(5),
        cells in prop::collection::vec(prop::collection::vec(value(), 5), 0..5),
    ) {
        let rows: Vec<Vec<Value>> = cells.into_iter().map(|r| r.into_iter().take(cols.len()).collect()).collect();
        let data = Data::List { columns: cols.clone(), rows: rows.clone() };
        let want = Value::Array(rows.iter().map(|r| object(&cols, r)).collect());
        let json: Value = serde_json::from_str(&printed(Format::Json, data.clone())).unwrap();
        prop_assert!(same(&json, &want));
        let text = printed(Format::Yaml, data.clone());
        let yaml: Value = yaml(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        prop_assert!(same(&yaml, &want), "yaml {yaml} != {want}\n{text}");
        let text = printed(Format::Csv, data);
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
        prop_assert_eq!(&header, &cols);
        let back: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
        let cell = |v: &Value| if v.is_null() { String::new() } else { python_str(v) };
        let shown: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(cell).collect()).collect();
        prop_assert_eq!(back, shown, "csv:\n{}", text);
    }

    /// `eval "$(sharekeep … -f shell)"` sets each variable to the value as
    /// shown, and runs nothing, whatever the values hold.
    #[test]
    fn shell_output_evaluates_back_to_the_values(
        cols in columns(5),
        seed in prop::collection::vec(value(), 5),
        prefix in "[a-z]{0,3}_?",
    ) {
        let values: Vec<Value> = seed.into_iter().take(cols.len()).collect();
        let cols: Vec<String> = cols.into_iter().take(values.len()).collect();
        let args = FormatArgs { format: Some(Format::Shell), prefix: prefix.clone(), ..Default::default() };
        let text = Printer::new(&args).render(Data::One { columns: cols.clone(), values: values.clone() }).unwrap();
        let names: Vec<String> = cols.iter().map(|c| format!("{prefix}{}", c.to_lowercase().replace([' ', ':', '-'], "_"))).collect();
        let script = format!(
            "eval \"$SHELL_OUTPUT\" || exit 99\n{}",
            names.iter().map(|n| format!("printf '%s\\0' \"${n}\"\n")).collect::<String>()
        );
        let out = std::process::Command::new("sh")
            .args(["-c", &script])
            .env("SHELL_OUTPUT", &text)
            .env_remove("ENV")
            .output()
            .unwrap();
        prop_assert!(out.status.success(), "sh failed on:\n{}\n{}", text, String::from_utf8_lossy(&out.stderr));
        let got: Vec<String> = String::from_utf8(out.stdout).unwrap().split('\0').filter(|_| true).map(str::to_string).collect();
        let want: Vec<String> = values.iter().map(python_str).collect();
        prop_assert_eq!(&got[..want.len()], &want[..], "shell text:\n{}", text);
    }

    /// A secret given as a UUID in any form or as an href under any
    /// endpoint is the same lowercase hyphenated UUID.
    #[test]
    fn secret_references_normalise_to_one_uuid(
        bytes in any::<[u8; 16]>(),
        scheme in prop_oneof![Just("http"), Just("https")],
        host in "[a-z][a-z0-9.-]{0,20}",
        port in prop::option::of(1u16..),
        prefix in prop::collection::vec("[a-z0-9_-]{1,8}", 0..3),
        slash in any::<bool>(),
        upper in any::<bool>(),
    ) {
        let u = uuid::Uuid::from_bytes(bytes);
        let want = u.hyphenated().to_string();
        let port = port.map(|p| format!(":{p}")).unwrap_or_default();
        let path: String = prefix.iter().map(|p| format!("/{p}")).collect();
        let shown = if upper { want.to_uppercase() } else { want.clone() };
        let href = format!("{scheme}://{host}{port}{path}/v1/secrets/{shown}{}", if slash { "/" } else { "" });
        for input in [href.clone(), shown.clone(), u.simple().to_string(), format!(" {shown} ")] {
            prop_assert_eq!(ref_uuid(&input, "secrets").ok(), Some(want.clone()), "{}", input);
        }
        // The same href is not an order's.
        prop_assert!(ref_uuid(&href, "orders").is_err());
    }

    /// Anything that is not a UUID or an href of the collection is refused
    /// as a usage error (exit 2), never taken for something else.
    #[test]
    fn what_is_not_a_reference_is_refused(input in text()) {
        prop_assume!(uuid::Uuid::try_parse(input.trim().trim_end_matches('/').rsplit('/').next().unwrap_or("")).is_err());
        let e = ref_uuid(&input, "secrets").unwrap_err();
        prop_assert_eq!(e.kind.exit_code(), 2);
    }
}
