//! Tables in the PrettyTable style that cliff uses.

use comfy_table::{
    CellAlignment, ColumnConstraint, ContentArrangement, ContentLineStyle, LineStyle, Table,
    TableStyle, Width,
};
use serde_json::Value;

use super::pyrepr;

/// `+---+` borders, a rule under the header, no rules between rows.
const PRETTYTABLE: TableStyle = TableStyle::new()
    .top_border(LineStyle::new('+', '-', '+', '+'))
    .header_lines(ContentLineStyle::new('|', '|', '|'))
    .header_separator(LineStyle::new('+', '-', '+', '+'))
    .content_lines(ContentLineStyle::new('|', '|', '|'))
    .bottom_border(LineStyle::new('+', '-', '+', '+'));

/// Render rows under `header`. `width` limits the whole table (wrapping cells).
pub fn render(
    header: &[String],
    rows: &[Vec<Value>],
    right_align: &[bool],
    width: Option<u16>,
) -> String {
    let mut table = Table::new();
    table.load_style(PRETTYTABLE);
    table.set_header(header.iter().map(String::as_str));
    for row in rows {
        table.add_row(row.iter().map(pyrepr::display));
    }
    for (i, column) in table.column_iter_mut().enumerate() {
        let align = if right_align.get(i).copied().unwrap_or(false) {
            CellAlignment::Right
        } else {
            CellAlignment::Left
        };
        column.set_cell_alignment(align);
        column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(4)));
    }
    if let Some(w) = width {
        table.set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(w);
    } else {
        table.set_content_arrangement(ContentArrangement::Disabled);
    }
    let mut out = table.to_string();
    out.push('\n');
    out
}

/// cliff right-aligns a list column when its first value is a number.
pub fn numeric_columns(rows: &[Vec<Value>], n: usize) -> Vec<bool> {
    (0..n)
        .map(|i| {
            rows.first()
                .and_then(|r| r.get(i))
                .is_some_and(Value::is_number)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn prettytable_layout() {
        let out = render(
            &["Field".into(), "Value".into()],
            &[
                vec![json!("Name"), json!("k1")],
                vec![json!("Bit length"), json!(256)],
            ],
            &[],
            None,
        );
        let expected = "\
+------------+-------+
| Field      | Value |
+------------+-------+
| Name       | k1    |
| Bit length | 256   |
+------------+-------+
";
        assert_eq!(out, expected);
    }

    #[test]
    fn absurd_widths_do_not_panic() {
        for w in [0, 1, 2, 5, 9] {
            let out = render(
                &["A".into(), "B".into()],
                &[vec![json!("héllo wörld"), json!(null)]],
                &[true, false],
                Some(w),
            );
            assert!(out.contains('|'), "width {w}: {out}");
        }
    }

    #[test]
    fn width_limit_wraps_cells() {
        let long = "x".repeat(80);
        let out = render(
            &["A".into(), "B".into()],
            &[vec![json!("a"), json!(long)]],
            &[],
            Some(40),
        );
        assert!(out.lines().all(|l| l.chars().count() <= 40), "{out}");
    }
}
