//! Who may do what, as data: each service's default policy (the rules
//! upstream ships, name → check string) overridden by `policy.yaml` in the
//! state directory, in oslo.policy's syntax, so that an operator can try
//! their cloud's custom policy offline.
//!
//! `policy.yaml` is optional; it has one section per service:
//!
//! ```yaml
//! manila:
//!   share:create: "rule:context_is_admin"
//! barbican:
//!   secrets:post: "role:admin"
//! ```
//!
//! Every process that opens the state reads it; a rule that does not parse,
//! a rule the service does not have, a `rule:` naming an unknown rule, and
//! rules that depend on themselves are refused with the line and what is
//! wrong. `sharekeep local policy` prints the effective policy.

use std::collections::BTreeMap;
use std::path::Path;

use crate::LocalError;

mod barbican;
mod check;
mod keystone;
mod manila;

pub use check::{Check, Creds, Target, py_bool};

pub const FILE: &str = "policy.yaml";

/// A service with a policy of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Service {
    Keystone,
    Barbican,
    Manila,
}

impl Service {
    pub const ALL: [Service; 3] = [Service::Keystone, Service::Barbican, Service::Manila];

    /// The section name in `policy.yaml`.
    pub fn name(self) -> &'static str {
        match self {
            Service::Keystone => "keystone",
            Service::Barbican => "barbican",
            Service::Manila => "manila",
        }
    }

    fn defaults(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Service::Keystone => keystone::DEFAULTS,
            Service::Barbican => barbican::DEFAULTS,
            Service::Manila => manila::DEFAULTS,
        }
    }
}

/// One rule in effect.
#[derive(Debug, Clone)]
pub struct Rule {
    pub text: String,
    pub check: Check,
    /// The line of `policy.yaml` that set it; `None` for the default.
    pub line: Option<u64>,
}

/// The effective policy of the three services.
#[derive(Debug, Clone)]
pub struct Policy {
    rules: BTreeMap<Service, BTreeMap<String, Rule>>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy::defaults()
    }
}

impl Policy {
    /// The services' default policies.
    pub fn defaults() -> Policy {
        let rules = Service::ALL
            .iter()
            .map(|&s| {
                let rules = s
                    .defaults()
                    .iter()
                    .map(|(name, text)| {
                        // Every default parses (a unit test checks); were one
                        // not to, it would deny, as oslo.policy does.
                        let check = check::parse(text).unwrap_or(Check::Never);
                        let rule = Rule {
                            text: text.to_string(),
                            check,
                            line: None,
                        };
                        (name.to_string(), rule)
                    })
                    .collect();
                (s, rules)
            })
            .collect();
        Policy { rules }
    }

    /// The defaults overridden by `policy.yaml`'s text; `Err` names the line
    /// and what is wrong.
    pub fn parse(text: &str) -> Result<Policy, String> {
        type Sections = BTreeMap<String, Option<BTreeMap<String, serde_saphyr::Spanned<String>>>>;
        let mut policy = Policy::defaults();
        let sections: Option<Sections> = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
        for (section, rules) in sections.unwrap_or_default() {
            let Some(service) = Service::ALL.into_iter().find(|s| s.name() == section) else {
                let line = text
                    .lines()
                    .position(|l| l.starts_with(&format!("{section}:")))
                    .map_or(String::new(), |n| format!("line {}: ", n + 1));
                return Err(format!(
                    "{line}`{section}` is not a service: the sections are keystone, barbican and manila"
                ));
            };
            let known = policy.rules.entry(service).or_default();
            for (name, value) in rules.unwrap_or_default() {
                let line = value.defined.line();
                let at =
                    |what: String| format!("line {line}: {} rule `{name}`: {what}", service.name());
                if !known.contains_key(&name) {
                    return Err(at(format!(
                        "{} has no such rule (`sharekeep local policy --service {}` lists them)",
                        service.name(),
                        service.name()
                    )));
                }
                let check = check::parse(&value.value).map_err(at)?;
                known.insert(
                    name,
                    Rule {
                        text: value.value,
                        check,
                        line: Some(line),
                    },
                );
            }
        }
        for (service, rules) in &policy.rules {
            for (name, rule) in rules {
                let at = |what: String| {
                    let line = rule.line.map_or("default".into(), |l| format!("line {l}"));
                    format!("{line}: {} rule `{name}`: {what}", service.name())
                };
                for named in rule.check.rules() {
                    if !rules.contains_key(named) {
                        return Err(at(format!(
                            "`rule:{named}` names a rule {} does not have",
                            service.name()
                        )));
                    }
                }
                if let Some(path) = cycle(rules, name) {
                    return Err(at(format!("depends on itself ({path})")));
                }
            }
        }
        Ok(policy)
    }

    /// The state directory's policy: the defaults, overridden by its
    /// `policy.yaml` if there is one.
    pub fn load(dir: &Path) -> Result<Policy, LocalError> {
        let path = dir.join(FILE);
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Policy::defaults()),
            Err(e) => return Err(LocalError::Io { path, source: e }),
        };
        Policy::parse(&text).map_err(|message| LocalError::Policy { path, message })
    }

    /// Whether `service` has the rule `name`.
    pub fn knows(&self, service: Service, name: &str) -> bool {
        self.rules
            .get(&service)
            .is_some_and(|r| r.contains_key(name))
    }

    /// Whether `creds` pass `service`'s rule `name` on `target` (an unknown
    /// rule denies).
    pub fn allows(&self, service: Service, name: &str, creds: &Creds, target: &Target) -> bool {
        let Some(rules) = self.rules.get(&service) else {
            return false;
        };
        let look = |n: &str| rules.get(n).map(|r| &r.check);
        look(name).is_some_and(|c| c.passes(creds, target, &look))
    }

    /// The rules of `service` in effect, by name.
    pub fn rules(&self, service: Service) -> impl Iterator<Item = (&str, &Rule)> {
        self.rules
            .get(&service)
            .into_iter()
            .flat_map(|r| r.iter().map(|(n, r)| (n.as_str(), r)))
    }
}

/// `a → b → a` when `start` reaches itself through `rule:` references.
fn cycle(rules: &BTreeMap<String, Rule>, start: &str) -> Option<String> {
    fn walk<'a>(
        rules: &'a BTreeMap<String, Rule>,
        at: &'a str,
        start: &str,
        path: &mut Vec<&'a str>,
        seen: &mut std::collections::BTreeSet<&'a str>,
    ) -> bool {
        let Some(rule) = rules.get(at) else {
            return false;
        };
        for next in rule.check.rules() {
            if next == start {
                path.push(next);
                return true;
            }
            if seen.insert(next) {
                path.push(next);
                if walk(rules, next, start, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start];
    let mut seen = std::collections::BTreeSet::new();
    walk(rules, start, start, &mut path, &mut seen).then(|| {
        path.iter()
            .map(|r| format!("rule:{r}"))
            .collect::<Vec<_>>()
            .join(" → ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(project: &str) -> Creds {
        Creds {
            roles: vec!["member".into(), "reader".into()],
            project_id: project.into(),
            user_id: "u".into(),
            is_admin: false,
        }
    }

    fn own(project: &str) -> Target {
        [("project_id".to_string(), project.to_string())].into()
    }

    #[test]
    fn every_default_rule_parses_and_names_known_rules() {
        for s in Service::ALL {
            for (name, text) in s.defaults() {
                let c = check::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
                for r in c.rules() {
                    assert!(Policy::defaults().knows(s, r), "{name} names {r}");
                }
            }
        }
        // And the whole default policy loads.
        Policy::parse("").unwrap();
    }

    #[test]
    fn manilas_defaults_let_members_create_and_only_admins_make_types() {
        let p = Policy::defaults();
        let m = member("p");
        assert!(p.allows(Service::Manila, "share:create", &m, &own("p")));
        assert!(!p.allows(Service::Manila, "share:create", &m, &own("q")));
        assert!(!p.allows(Service::Manila, "share_type:create", &m, &own("p")));
        let admin = Creds {
            roles: vec!["admin".into()],
            is_admin: true,
            ..member("p")
        };
        assert!(p.allows(Service::Manila, "share_type:create", &admin, &own("p")));
    }

    #[test]
    fn an_override_replaces_the_default_and_says_where_it_came_from() {
        let p = Policy::parse("manila:\n  share:create: \"rule:context_is_admin\"\n").unwrap();
        assert!(!p.allows(Service::Manila, "share:create", &member("p"), &own("p")));
        let (_, rule) = p
            .rules(Service::Manila)
            .find(|(n, _)| *n == "share:create")
            .unwrap();
        assert_eq!(rule.line, Some(2));
        assert_eq!(rule.text, "rule:context_is_admin");
    }

    #[test]
    fn bad_files_are_refused_with_the_line_and_the_reason() {
        for (text, says) in [
            (
                "manila:\n  share:create: \"role:admin or\"\n",
                "line 2: manila rule `share:create`: the rule ends",
            ),
            (
                "manila:\n  share:creat: \"role:admin\"\n",
                "line 2: manila rule `share:creat`: manila has no such rule",
            ),
            (
                "manila:\n  share:create: \"rule:nothing\"\n",
                "`rule:nothing` names a rule manila does not have",
            ),
            ("nova:\n  x: \"@\"\n", "line 1: `nova` is not a service"),
            (
                "manila:\n  context_is_admin: \"rule:admin_api\"\n  admin_api: \"rule:context_is_admin\"\n",
                "depends on itself (rule:admin_api → rule:context_is_admin → rule:admin_api)",
            ),
            ("manila: [1, 2]\n", ""),
        ] {
            let e = Policy::parse(text).unwrap_err();
            assert!(e.contains(says), "{text}: {e}");
        }
    }

    #[test]
    fn an_absent_file_is_the_defaults_and_an_empty_one_too() {
        let dir = tempfile::tempdir().unwrap();
        let p = Policy::load(dir.path()).unwrap();
        assert!(p.rules(Service::Manila).all(|(_, r)| r.line.is_none()));
        std::fs::write(dir.path().join(FILE), "# nothing yet\n").unwrap();
        Policy::load(dir.path()).unwrap();
        std::fs::write(dir.path().join(FILE), "manila:\n").unwrap();
        Policy::load(dir.path()).unwrap();
    }
}
