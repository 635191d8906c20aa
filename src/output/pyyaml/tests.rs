use super::*;

/// Inputs and PyYAML 6.0.4's `safe_dump(v, default_flow_style=False,
/// sort_keys=False)` of each, recorded from the reference cloud's client venv.
const CASES: &str = include_str!("../pyyaml_cases.json");

#[test]
fn writes_what_pyyaml_writes() {
    let cases: Vec<(Value, String)> = serde_json::from_str(CASES).unwrap();
    assert!(cases.len() >= 10);
    for (input, want) in cases {
        assert_eq!(dump(&input), want, "for {input}");
    }
}

#[test]
fn implicit_types_are_recognised() {
    for s in ["123", "-1", "0x1F", "1_000", "017", "1:30", "0b101"] {
        assert!(is_int(s), "{s}");
    }
    for s in [
        "1.5", ".5", "1.", "-2.5e+3", "1:30.5", ".inf", "-.Inf", ".nan",
    ] {
        assert!(is_float(s), "{s}");
    }
    for s in ["1e5", "abc", "1.2.3", "-.5", "1:60"] {
        assert!(resolves_to_str(s), "{s}");
    }
    for s in [
        "2026-01-01",
        "2026-11-27T10:00:00.000000",
        "2001-12-14 21:59:43.10 -5",
    ] {
        assert!(is_timestamp(s), "{s}");
    }
    assert!(!is_timestamp("2026-1-1"));
}
