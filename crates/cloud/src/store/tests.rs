use super::*;
use serde_json::json;

fn store(dir: &Path) -> Store {
    Store::open(dir, |_| Ok(())).unwrap()
}

#[test]
fn a_refusal_inside_a_write_keeps_nothing_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(dir.path());
    let refused: Result<(), &str> = s
        .write(|tx| {
            tx.put(&Row::new("share", "half", json!({"id": "half"})))?;
            Ok(Err("over quota"))
        })
        .unwrap();
    assert_eq!(refused, Err("over quota"));
    assert!(s.read(|tx| tx.get("share", "half")).unwrap().is_none());
    // An answer that is not a refusal keeps what it wrote.
    let kept: Result<(), &str> = s
        .write(|tx| {
            tx.put(&Row::new("share", "whole", json!({"id": "whole"})))?;
            Ok(Ok(()))
        })
        .unwrap();
    assert_eq!(kept, Ok(()));
    assert!(s.read(|tx| tx.get("share", "whole")).unwrap().is_some());
}
