//! oslo.policy's check language: parsed once, evaluated per request.
//!
//! The grammar is oslo.policy's (`_parser.py`, 6.0): checks separated by
//! whitespace, `not` binding tighter than `and`, `and` tighter than `or`,
//! parentheses only at the start or end of a whitespace-separated word (so
//! that `%(project_id)s` is part of a check), and an empty rule always
//! passes. A check is `@` (always), `!` (never), `rule:NAME`, `role:NAME`,
//! or `KIND:MATCH`, where MATCH may name target fields as `%(field)s` and
//! KIND is a literal (`True`, `'read'`, `1`) compared with MATCH, or a
//! credential (`project_id`, `user_id`, `is_admin`). Where oslo.policy logs a
//! rule it cannot parse and denies it, this parser refuses it with a reason,
//! so that a bad `policy.yaml` is found at start.

use std::collections::BTreeMap;

/// A parsed rule.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// `@`, or the empty rule.
    Always,
    /// `!`.
    Never,
    /// `rule:NAME`: another rule of the same service.
    Rule(String),
    /// `role:NAME` (NAME may use `%(field)s`): the caller has the role.
    Role(String),
    /// `KIND:MATCH`.
    Generic {
        kind: String,
        matches: String,
    },
    Not(Box<Check>),
    And(Vec<Check>),
    Or(Vec<Check>),
}

/// Who asks: the credentials a rule is checked against.
#[derive(Debug, Clone, Default)]
pub struct Creds {
    /// Role names, implied ones included.
    pub roles: Vec<String>,
    pub project_id: String,
    pub user_id: String,
    /// The service's own idea of an administrator (Manila's
    /// `context_is_admin`); `is_admin:True` checks it.
    pub is_admin: bool,
}

impl Creds {
    /// A credential by name, as oslo.policy's `GenericCheck` looks it up.
    fn get(&self, kind: &str) -> Option<String> {
        match kind {
            "project_id" | "tenant" | "tenant_id" => Some(self.project_id.clone()),
            "user_id" | "user" => Some(self.user_id.clone()),
            "is_admin" => Some(py_bool(self.is_admin).to_string()),
            // Project-scoped tokens have no domain or system scope: checks
            // of those credentials fail, as they do upstream for such tokens.
            _ => None,
        }
    }
}

/// What a rule is checked on: the fields `%(field)s` names, as strings
/// (booleans as Python prints them, `True`/`False`).
pub type Target = BTreeMap<String, String>;

pub fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

#[derive(Debug, PartialEq)]
enum Token {
    Open,
    Close,
    And,
    Or,
    Not,
    Check(Check),
}

/// Parse a check string; `Err` says what is wrong with it.
pub fn parse(text: &str) -> Result<Check, String> {
    let tokens = tokenize(text)?;
    if tokens.is_empty() {
        return Ok(Check::Always);
    }
    let mut p = Parser { tokens, at: 0 };
    let check = p.or()?;
    match p.tokens.get(p.at) {
        None => Ok(check),
        Some(Token::Close) => Err("a `)` closes nothing".into()),
        Some(t) => Err(format!("{} where the rule should end", describe(t))),
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let clean = word.trim_start_matches('(');
        out.extend((0..word.len() - clean.len()).map(|_| Token::Open));
        if clean.is_empty() {
            continue;
        }
        let inner = clean.trim_end_matches(')');
        let trail = clean.len() - inner.len();
        if !inner.is_empty() {
            out.push(match inner.to_ascii_lowercase().as_str() {
                "and" => Token::And,
                "or" => Token::Or,
                "not" => Token::Not,
                _ => Token::Check(check(inner)?),
            });
        }
        out.extend((0..trail).map(|_| Token::Close));
    }
    Ok(out)
}

fn check(word: &str) -> Result<Check, String> {
    match word {
        "@" => return Ok(Check::Always),
        "!" => return Ok(Check::Never),
        _ => {}
    }
    let Some((kind, matches)) = word.split_once(':') else {
        return Err(format!(
            "`{word}` is not a check: write KIND:VALUE (`role:member`, `rule:NAME`, `project_id:%(project_id)s`), `@` or `!`"
        ));
    };
    if kind.is_empty() {
        return Err(format!("`{word}` has no kind before the `:`"));
    }
    template_fields(matches).map_err(|e| format!("`{word}`: {e}"))?;
    Ok(match kind {
        "rule" => Check::Rule(matches.to_string()),
        "role" => Check::Role(matches.to_string()),
        "http" | "https" => {
            return Err(format!(
                "`{word}`: remote checks ({kind}:) are not supported by the local cloud"
            ));
        }
        _ => Check::Generic {
            kind: kind.to_string(),
            matches: matches.to_string(),
        },
    })
}

/// The field names of a `%(field)s` template, or what is wrong with it.
fn template_fields(t: &str) -> Result<Vec<&str>, String> {
    let mut fields = Vec::new();
    let mut rest = t;
    while let Some(i) = rest.find('%') {
        let after = &rest[i + 1..];
        if let Some(r) = after.strip_prefix('%') {
            rest = r;
            continue;
        }
        let Some(inner) = after.strip_prefix('(') else {
            return Err("a `%` must start `%(field)s` (or be written `%%`)".into());
        };
        let Some(end) = inner.find(")s") else {
            return Err("a `%(` is not closed by `)s`".into());
        };
        fields.push(&inner[..end]);
        rest = &inner[end + 2..];
    }
    Ok(fields)
}

/// `%(field)s` filled from the target; `None` when a field is missing
/// (oslo.policy's `KeyError`: the check fails).
fn fill(t: &str, target: &Target) -> Option<String> {
    let mut out = String::new();
    let mut rest = t;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(r) = after.strip_prefix('%') {
            out.push('%');
            rest = r;
            continue;
        }
        let inner = after.strip_prefix('(')?;
        let end = inner.find(")s")?;
        out.push_str(target.get(&inner[..end])?);
        rest = &inner[end + 2..];
    }
    out.push_str(rest);
    Some(out)
}

/// A KIND that is a Python literal, as `str()` prints it.
fn literal(kind: &str) -> Option<String> {
    let quoted = |q: char| kind.len() >= 2 && kind.starts_with(q) && kind.ends_with(q);
    if quoted('\'') || quoted('"') {
        return Some(kind[1..kind.len() - 1].to_string());
    }
    match kind {
        "True" | "False" | "None" => Some(kind.to_string()),
        _ => kind.parse::<i64>().ok().map(|n| n.to_string()),
    }
}

fn describe(t: &Token) -> String {
    match t {
        Token::Open => "`(`".into(),
        Token::Close => "`)`".into(),
        Token::And => "`and`".into(),
        Token::Or => "`or`".into(),
        Token::Not => "`not`".into(),
        Token::Check(_) => "a check".into(),
    }
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn eat(&mut self, t: &Token) -> bool {
        if self.tokens.get(self.at) == Some(t) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Result<Check, String> {
        let mut terms = vec![self.and()?];
        while self.eat(&Token::Or) {
            terms.push(self.and()?);
        }
        Ok(if terms.len() == 1 {
            terms.remove(0)
        } else {
            Check::Or(terms)
        })
    }

    fn and(&mut self) -> Result<Check, String> {
        let mut terms = vec![self.unary()?];
        while self.eat(&Token::And) {
            terms.push(self.unary()?);
        }
        Ok(if terms.len() == 1 {
            terms.remove(0)
        } else {
            Check::And(terms)
        })
    }

    fn unary(&mut self) -> Result<Check, String> {
        let Some(t) = self.tokens.get(self.at) else {
            return Err("the rule ends where a check should follow".into());
        };
        match t {
            Token::Not => {
                self.at += 1;
                Ok(Check::Not(Box::new(self.unary()?)))
            }
            Token::Open => {
                self.at += 1;
                let inner = self.or()?;
                if !self.eat(&Token::Close) {
                    return Err("a `(` is not closed".into());
                }
                Ok(inner)
            }
            Token::Check(c) => {
                let c = c.clone();
                self.at += 1;
                Ok(c)
            }
            other => Err(format!("{} where a check should be", describe(other))),
        }
    }
}

impl Check {
    /// The rules this one names with `rule:`.
    pub fn rules(&self) -> Vec<&str> {
        match self {
            Check::Rule(r) => vec![r.as_str()],
            Check::Not(c) => c.rules(),
            Check::And(cs) | Check::Or(cs) => cs.iter().flat_map(Check::rules).collect(),
            _ => Vec::new(),
        }
    }

    /// Whether `creds` pass on `target`; `rule` looks a named rule up
    /// (`None`: unknown, which fails as in oslo.policy).
    pub fn passes<'a>(
        &self,
        creds: &Creds,
        target: &Target,
        rule: &dyn Fn(&str) -> Option<&'a Check>,
    ) -> bool {
        match self {
            Check::Always => true,
            Check::Never => false,
            Check::Rule(name) => rule(name).is_some_and(|c| c.passes(creds, target, rule)),
            Check::Role(m) => fill(m, target).is_some_and(|want| {
                creds
                    .roles
                    .iter()
                    .any(|r| r.to_lowercase() == want.to_lowercase())
            }),
            Check::Generic { kind, matches } => {
                let Some(want) = fill(matches, target) else {
                    return false;
                };
                match literal(kind) {
                    Some(lit) => lit == want,
                    None => creds.get(kind).is_some_and(|have| have == want),
                }
            }
            Check::Not(c) => !c.passes(creds, target, rule),
            Check::And(cs) => cs.iter().all(|c| c.passes(creds, target, rule)),
            Check::Or(cs) => cs.iter().any(|c| c.passes(creds, target, rule)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creds(roles: &[&str]) -> Creds {
        Creds {
            roles: roles.iter().map(|r| r.to_string()).collect(),
            project_id: "p1".into(),
            user_id: "u1".into(),
            is_admin: roles.contains(&"admin"),
        }
    }

    fn target(project: &str) -> Target {
        [("project_id".to_string(), project.to_string())].into()
    }

    fn eval(rule: &str, c: &Creds, t: &Target) -> bool {
        parse(rule).unwrap().passes(c, t, &|_| None)
    }

    #[test]
    fn and_binds_tighter_than_or_and_not_tighter_than_and() {
        // `a or b and c` is `a or (b and c)`.
        let c = parse("role:a or role:b and role:c").unwrap();
        assert_eq!(
            c,
            Check::Or(vec![
                Check::Role("a".into()),
                Check::And(vec![Check::Role("b".into()), Check::Role("c".into())]),
            ])
        );
        let n = parse("not role:a and role:b").unwrap();
        assert_eq!(
            n,
            Check::And(vec![
                Check::Not(Box::new(Check::Role("a".into()))),
                Check::Role("b".into())
            ])
        );
    }

    #[test]
    fn parentheses_are_only_at_the_edges_of_words() {
        let c = parse("(role:admin) or (role:member and project_id:%(project_id)s)").unwrap();
        let t = target("p1");
        assert!(c.passes(&creds(&["member"]), &t, &|_| None));
        assert!(!c.passes(&creds(&["member"]), &target("p2"), &|_| None));
        assert!(c.passes(&creds(&["admin"]), &target("p2"), &|_| None));
        assert!(!c.passes(&creds(&["reader"]), &t, &|_| None));
    }

    #[test]
    fn literals_compare_with_the_filled_match() {
        let mut t = target("p1");
        t.insert("target.secret.read_project_access".into(), "True".into());
        t.insert("target.secret.read".into(), "read".into());
        let c = creds(&[]);
        assert!(eval("True:%(target.secret.read_project_access)s", &c, &t));
        assert!(!eval(
            "'False':%(target.secret.read_project_access)s",
            &c,
            &t
        ));
        assert!(eval("'read':%(target.secret.read)s", &c, &t));
        // A missing field fails the check, never the request.
        assert!(!eval("True:%(target.secret.nothing)s", &c, &t));
        assert!(eval("is_admin:True", &creds(&["admin"]), &t));
        assert!(!eval("is_admin:True", &c, &t));
        assert!(!eval("domain_id:%(project_id)s", &c, &t));
    }

    #[test]
    fn always_never_and_the_empty_rule() {
        let c = creds(&[]);
        let t = Target::new();
        assert!(eval("", &c, &t));
        assert!(eval("@", &c, &t));
        assert!(!eval("!", &c, &t));
        assert!(eval("not !", &c, &t));
        assert!(eval("ROLE:x or @", &c, &t), "KIND is any word");
    }

    #[test]
    fn roles_match_without_case() {
        let t = Target::new();
        assert!(eval("role:Member", &creds(&["member"]), &t));
    }

    #[test]
    fn malformed_rules_are_refused_with_the_reason() {
        for (bad, says) in [
            ("role:admin or", "ends where a check"),
            ("(role:admin", "not closed"),
            ("role:admin)", "closes nothing"),
            ("admin", "is not a check"),
            ("role:a role:b", "where the rule should end"),
            ("and role:a", "`and` where a check"),
            ("project_id:%(project_id", "not closed by `)s`"),
            ("project_id:%d", "must start `%(field)s`"),
            ("http:example.org", "remote checks"),
            (":x", "no kind"),
        ] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }

    #[test]
    fn named_rules_are_looked_up_and_unknown_ones_fail() {
        let admin = parse("role:admin").unwrap();
        let look = |n: &str| (n == "context_is_admin").then_some(&admin);
        let c = parse("rule:context_is_admin or rule:nothing").unwrap();
        assert!(c.passes(&creds(&["admin"]), &Target::new(), &look));
        assert!(!c.passes(&creds(&["member"]), &Target::new(), &look));
        assert_eq!(c.rules(), ["context_is_admin", "nothing"]);
    }
}
