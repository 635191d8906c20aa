//! The local Manila's routes: (method, path) → (policy rule, handler), in
//! one table, matched once. A route names the rule of Manila's default
//! policy that upstream's controller checks (`manila/policies/*.py`); an
//! action route (`POST …/action`) names one rule per action, as Manila's
//! action methods each carry their own. The rule is checked with Manila's
//! default target (the caller's project and user), or the project in the
//! path where the resource is a project (`quota-sets/{project_id}`).
//! `tests`: every route and action names a rule Manila has.

use super::*;
use crate::policy::{Creds, Service, Target};

/// A matched route's path fields.
pub(in crate::share) struct Params<'a> {
    named: Vec<(&'static str, &'a str)>,
    rest: Vec<&'a str>,
}

impl<'a> Params<'a> {
    /// The segment matched by `{name}` (empty if the route has none).
    pub fn get(&self, name: &str) -> &'a str {
        self.named
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .unwrap_or_default()
    }

    /// The segments matched by a final `{*rest}`.
    pub fn rest(&self) -> &[&'a str] {
        &self.rest
    }
}

type Handler = fn(&State, &Ctx, &Req, &Params) -> Result<Resp, ApiError>;

/// What a route checks before its handler runs.
pub(super) enum Rule {
    /// One rule of Manila's policy.
    Named(&'static str),
    /// `POST …/action`: the rule of the action the body names (its only
    /// key, `os-` prefix or not); an action not listed is the handler's to
    /// refuse.
    ByAction(&'static [(&'static str, &'static str)]),
    /// Upstream checks no policy here: any valid token.
    Unchecked,
}

pub(super) struct Route {
    pub method: &'static str,
    /// `/`-separated segments; `{name}` matches one, a final `{*rest}` any number.
    pub path: &'static str,
    pub rule: Rule,
    /// The path field that names the target project, if not the caller's.
    pub target: Option<&'static str>,
    /// The microversion (2.N) the resource appeared in: 404 below it.
    pub since: u16,
    /// The last microversion (2.N) that serves it: 404 above it.
    pub until: u16,
    pub handler: Handler,
}

const fn route(
    method: &'static str,
    path: &'static str,
    rule: &'static str,
    handler: Handler,
) -> Route {
    Route {
        method,
        path,
        rule: Rule::Named(rule),
        target: None,
        since: 0,
        until: u16::MAX,
        handler,
    }
}

const fn action(
    path: &'static str,
    actions: &'static [(&'static str, &'static str)],
    handler: Handler,
) -> Route {
    Route {
        method: "POST",
        path,
        rule: Rule::ByAction(actions),
        target: None,
        since: 0,
        until: u16::MAX,
        handler,
    }
}

impl Route {
    const fn on_project(mut self, field: &'static str) -> Route {
        self.target = Some(field);
        self
    }
    const fn since(mut self, minor: u16) -> Route {
        self.since = minor;
        self
    }
    const fn until(mut self, minor: u16) -> Route {
        self.until = minor;
        self
    }
    /// Whether the request's microversion is in the route's range.
    fn serves(&self, ctx: &Ctx) -> bool {
        ctx.at(self.since) && (self.until == u16::MAX || !ctx.at(self.until + 1))
    }
    const fn unchecked(mut self) -> Route {
        self.rule = Rule::Unchecked;
        self
    }
}

const SHARE_ACTIONS: &[(&str, &str)] = &[
    ("extend", "share:extend"),
    ("shrink", "share:shrink"),
    ("allow_access", "share:allow_access"),
    ("deny_access", "share:deny_access"),
    ("access_list", "share:access_get_all"),
    ("soft_delete", "share:soft_delete"),
    ("restore", "share:restore"),
    ("force_delete", "share:force_delete"),
    ("reset_status", "share:reset_status"),
    ("reset_task_state", "share:reset_task_state"),
    ("unmanage", "share:unmanage"),
];

const TYPE_ACTIONS: &[(&str, &str)] = &[
    ("addProjectAccess", "share_type:add_project_access"),
    ("removeProjectAccess", "share_type:remove_project_access"),
];

const NETWORK_ACTIONS: &[(&str, &str)] = &[
    ("add_security_service", "share_network:add_security_service"),
    (
        "add_security_service_check",
        "share_network:add_security_service_check",
    ),
    (
        "update_security_service_check",
        "share_network:update_security_service_check",
    ),
    (
        "share_network_subnet_create_check",
        "share_network:subnet_create_check",
    ),
    ("reset_status", "share_network:reset_status"),
    (
        "remove_security_service",
        "share_network:remove_security_service",
    ),
];

const SERVER_ACTIONS: &[(&str, &str)] = &[
    ("reset_status", "share_server:reset_status"),
    (
        "reset_task_state",
        "share_server:share_server_reset_task_state",
    ),
];

const SNAPSHOT_ACTIONS: &[(&str, &str)] = &[
    ("force_delete", "share_snapshot:force_delete"),
    ("reset_status", "share_snapshot:reset_status"),
];

/// Every route of the local Manila, most specific first where two match.
#[rustfmt::skip]
pub(super) static ROUTES: &[Route] = &[
    // No back end here replicates: every share has no replicas.
    route("GET", "share-replicas", "share_replica:get_all", no_replicas),
    route("GET", "share-replicas/detail", "share_replica:get_all", no_replicas),
    route("POST", "shares", "share:create", |s, c, r, _| create_share(s, c, r)),
    route("POST", "shares/manage", "share:manage", |_, _, _, _| Err(not_emulated("manage"))).since(7),
    route("GET", "shares", "share:get_all", |s, c, r, _| list_shares(s, c, r, false)),
    route("GET", "shares/detail", "share:get_all", |s, c, r, _| list_shares(s, c, r, true)),
    route("GET", "shares/{id}", "share:get", show_share),
    route("PUT", "shares/{id}", "share:update", |s, c, r, p| update_share(s, c, r, p.get("id"))),
    route("DELETE", "shares/{id}", "share:delete", |s, c, _, p| delete_share(s, c, p.get("id"), false)),
    action("shares/{id}/action", SHARE_ACTIONS, |s, c, r, p| share_action(s, c, r, p.get("id"))),
    route("GET", "shares/{id}/metadata/{*rest}", "share:get_share_metadata", share_metadata),
    route("POST", "shares/{id}/metadata/{*rest}", "share:update_share_metadata", share_metadata),
    route("PUT", "shares/{id}/metadata/{*rest}", "share:update_share_metadata", share_metadata),
    route("DELETE", "shares/{id}/metadata/{*rest}", "share:delete_share_metadata", share_metadata),
    route("GET", "shares/{id}/export_locations", "share_export_location:index", list_export_locations),
    route("GET", "shares/{id}/export_locations/{el}", "share_export_location:show", show_export_location),
    route("GET", "share-access-rules", "share_access_rule:index", list_access_rules),
    route("GET", "share-access-rules/{id}", "share_access_rule:get", show_access_rule),
    route("PUT", "share-access-rules/{id}", "share_access_rule:update", update_access_rule),
    route("GET", "share-access-rules/{id}/metadata/{*rest}", "share_access_rule:get", access_rule_metadata),
    route("POST", "share-access-rules/{id}/metadata/{*rest}", "share_access_metadata:update", access_rule_metadata),
    route("PUT", "share-access-rules/{id}/metadata/{*rest}", "share_access_metadata:update", access_rule_metadata),
    route("DELETE", "share-access-rules/{id}/metadata/{*rest}", "share_access_metadata:delete", access_rule_metadata),
    route("GET", "types", "share_type:index", list_types),
    route("GET", "types/default", "share_type:default", default_type_show),
    route("POST", "types", "share_type:create", create_type_route),
    route("GET", "types/{id}", "share_type:show", show_type),
    route("PUT", "types/{id}", "share_type:update", update_type),
    route("DELETE", "types/{id}", "share_type:delete", delete_type),
    route("GET", "types/{id}/extra_specs", "share_types_extra_spec:index", list_extra_specs),
    route("POST", "types/{id}/extra_specs", "share_types_extra_spec:create", create_extra_specs),
    route("GET", "types/{id}/extra_specs/{key}", "share_types_extra_spec:show", show_extra_spec),
    route("PUT", "types/{id}/extra_specs/{key}", "share_types_extra_spec:update", set_extra_spec),
    route("DELETE", "types/{id}/extra_specs/{key}", "share_types_extra_spec:delete", delete_extra_spec),
    route("GET", "types/{id}/share_type_access", "share_type:list_project_access", list_type_access),
    action("types/{id}/action", TYPE_ACTIONS, type_action),
    route("GET", "share-networks", "share_network:index", |s, c, r, p| list_networks(s, c, r, p, false)),
    route("GET", "share-networks/detail", "share_network:detail", |s, c, r, p| list_networks(s, c, r, p, true)),
    route("POST", "share-networks", "share_network:create", create_network),
    route("GET", "share-networks/{id}", "share_network:show", show_network),
    route("PUT", "share-networks/{id}", "share_network:update", update_network),
    route("DELETE", "share-networks/{id}", "share_network:delete", delete_network),
    action("share-networks/{id}/action", NETWORK_ACTIONS, network_action),
    route("GET", "share-networks/{id}/subnets", "share_network_subnet:index", list_subnets),
    route("POST", "share-networks/{id}/subnets", "share_network_subnet:create", create_subnet),
    route("GET", "share-networks/{id}/subnets/{sid}", "share_network_subnet:show", show_subnet),
    route("DELETE", "share-networks/{id}/subnets/{sid}", "share_network_subnet:delete", delete_subnet),
    route("GET", "share-networks/{id}/subnets/{sid}/metadata/{*rest}", "share_network_subnet:get_metadata", subnet_metadata),
    route("POST", "share-networks/{id}/subnets/{sid}/metadata/{*rest}", "share_network_subnet:update_metadata", subnet_metadata),
    route("PUT", "share-networks/{id}/subnets/{sid}/metadata/{*rest}", "share_network_subnet:update_metadata", subnet_metadata),
    route("DELETE", "share-networks/{id}/subnets/{sid}/metadata/{*rest}", "share_network_subnet:delete_metadata", subnet_metadata),
    route("GET", "security-services", "security_service:index", |s, c, r, p| security::list_security_services(s, c, r, p, false)),
    route("GET", "security-services/detail", "security_service:detail", |s, c, r, p| security::list_security_services(s, c, r, p, true)),
    route("POST", "security-services", "security_service:create", security::create_security_service),
    route("GET", "security-services/{id}", "security_service:show", security::show_security_service),
    route("PUT", "security-services/{id}", "security_service:update", security::update_security_service),
    route("DELETE", "security-services/{id}", "security_service:delete", security::delete_security_service),
    route("GET", "share-servers", "share_server:index", list_servers),
    route("GET", "share-servers/{id}", "share_server:show", show_server),
    route("GET", "share-servers/{id}/details", "share_server:details", show_server_details),
    route("DELETE", "share-servers/{id}", "share_server:delete", delete_server),
    action("share-servers/{id}/action", SERVER_ACTIONS, resets::server_action),
    // `os-quota-sets` to 2.6, `quota-sets` from 2.7, as Manila's two controllers.
    route("GET", "quota-sets/{project}/{*rest}", "quota_set:show", show_quotas) .on_project("project").since(7),
    route("PUT", "quota-sets/{project}", "quota_set:update", update_quotas) .on_project("project").since(7),
    route("DELETE", "quota-sets/{project}", "quota_set:delete", delete_quotas) .on_project("project").since(7),
    route("GET", "os-quota-sets/{project}/{*rest}", "quota_set:show", show_quotas) .on_project("project").until(6),
    route("PUT", "os-quota-sets/{project}", "quota_set:update", update_quotas) .on_project("project").until(6),
    route("DELETE", "os-quota-sets/{project}", "quota_set:delete", delete_quotas) .on_project("project").until(6),
    route("GET", "scheduler-stats/pools", "scheduler_stats:pools:index", |s, c, r, _| pools(s, c, r, false)),
    route("GET", "scheduler-stats/pools/detail", "scheduler_stats:pools:detail", |s, c, r, _| pools(s, c, r, true)),
    route("GET", "messages", "message:get_all", list_messages).since(37),
    route("GET", "messages/{id}", "message:get", show_message).since(37),
    route("DELETE", "messages/{id}", "message:delete", delete_message).since(37),
    route("GET", "availability-zones", "availability_zone:index", availability_zones).since(7),
    route("GET", "os-availability-zone", "availability_zone:index", availability_zones).until(6),
    // Manila's limits controller checks no policy.
    route("GET", "limits", "", |s, c, _, _| limits(s, c)).unchecked(),
    route("GET", "snapshots", "share_snapshot:get_all_snapshots", |s, c, r, p| list_snapshots(s, c, r, p, false)),
    route("GET", "snapshots/detail", "share_snapshot:get_all_snapshots", |s, c, r, p| list_snapshots(s, c, r, p, true)),
    route("POST", "snapshots", "share:create_snapshot", create_snapshot),
    route("GET", "snapshots/{id}", "share_snapshot:get_snapshot", show_snapshot),
    route("PUT", "snapshots/{id}", "share:snapshot_update", update_snapshot),
    route("DELETE", "snapshots/{id}", "share:delete_snapshot", delete_snapshot),
    action("snapshots/{id}/action", SNAPSHOT_ACTIONS, snapshot_action),
    route("GET", "snapshots/{id}/export-locations", "share_snapshot_export_location:index", snapshot_export_locations),
    route("GET", "snapshots/{id}/metadata/{*rest}", "share_snapshot:get_metadata", snapshot_metadata),
    route("POST", "snapshots/{id}/metadata/{*rest}", "share_snapshot:update_metadata", snapshot_metadata),
    route("PUT", "snapshots/{id}/metadata/{*rest}", "share_snapshot:update_metadata", snapshot_metadata),
    route("DELETE", "snapshots/{id}/metadata/{*rest}", "share_snapshot:delete_metadata", snapshot_metadata),
];

/// `path`'s fields if it matches `pattern`.
fn matches<'a>(pattern: &'static str, path: &[&'a str]) -> Option<Params<'a>> {
    let mut params = Params {
        named: Vec::new(),
        rest: Vec::new(),
    };
    let segments: Vec<&'static str> = pattern.split('/').collect();
    for (i, seg) in segments.iter().enumerate() {
        if *seg == "{*rest}" {
            params.rest = path.get(i..)?.to_vec();
            return Some(params);
        }
        let have = path.get(i)?;
        match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => params.named.push((name, have)),
            None if seg == have => {}
            None => return None,
        }
    }
    (path.len() == segments.len()).then_some(params)
}

/// The credentials Manila's policy sees for the caller.
pub(super) fn creds(ctx: &Ctx) -> Creds {
    Creds {
        roles: ctx.caller.roles.clone(),
        project_id: ctx.caller.project_id.clone(),
        user_id: ctx.caller.user_id.clone(),
        is_admin: ctx.admin(),
    }
}

/// Whether Manila's rule `name` lets the caller act on `project`'s resources.
pub(super) fn may(state: &State, ctx: &Ctx, name: &str, project: &str) -> bool {
    let target: Target = [
        ("project_id".to_string(), project.to_string()),
        ("user_id".to_string(), ctx.caller.user_id.clone()),
    ]
    .into();
    state
        .policy
        .allows(Service::Manila, name, &creds(ctx), &target)
}

/// The action a `POST …/action` body names: its first key, without `os-`.
fn action_of(req: &Req) -> Option<String> {
    let body: Value = serde_json::from_slice(&req.body).ok()?;
    let key = body.as_object()?.keys().next()?;
    Some(key.strip_prefix("os-").unwrap_or(key).to_string())
}

/// Find the route, check its rule, run its handler.
pub(super) fn dispatch(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    path: &[&str],
) -> Result<Resp, ApiError> {
    let method = req.method.as_str();
    let Some((route, params)) = ROUTES
        .iter()
        .filter(|r| r.method == method && r.serves(ctx))
        .find_map(|r| matches(r.path, path).map(|p| (r, p)))
    else {
        return Err(not_found());
    };
    if ctx.foreign_url_project {
        return Err(ApiError::bad_request("Malformed request url"));
    }
    let project = match route.target {
        Some(field) => params.get(field),
        None => ctx.caller.project_id.as_str(),
    };
    let rule = match &route.rule {
        Rule::Named(name) => Some(*name),
        Rule::ByAction(actions) => action_of(req).and_then(|a| {
            actions
                .iter()
                .find(|(name, _)| *name == a)
                .map(|(_, rule)| *rule)
        }),
        Rule::Unchecked => None,
    };
    if let Some(rule) = rule
        && !may(state, ctx, rule, project)
    {
        return Err(denied());
    }
    (route.handler)(state, ctx, req, &params)
}

fn no_replicas(_: &State, _: &Ctx, _: &Req, _: &Params) -> Result<Resp, ApiError> {
    Ok(Resp::ok(json!({"share_replicas": []})))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(r: &Route) -> Vec<&'static str> {
        match &r.rule {
            Rule::Named(n) => vec![*n],
            Rule::ByAction(a) => a.iter().map(|(_, r)| *r).collect(),
            Rule::Unchecked => Vec::new(),
        }
    }

    #[test]
    fn every_route_names_a_rule_manila_has() {
        let policy = crate::policy::Policy::defaults();
        for r in ROUTES {
            let names = rules(r);
            assert!(
                !names.is_empty() || r.path == "limits",
                "{} {} checks no rule",
                r.method,
                r.path
            );
            for n in names {
                assert!(
                    policy.knows(Service::Manila, n),
                    "{} {}: unknown rule {n}",
                    r.method,
                    r.path
                );
            }
        }
    }

    #[test]
    fn no_route_is_hidden_behind_an_earlier_one() {
        // A concrete path for each pattern must reach that route first.
        for (i, r) in ROUTES.iter().enumerate() {
            let path: Vec<&str> = r
                .path
                .split('/')
                .filter(|s| *s != "{*rest}")
                .map(|s| if s.starts_with('{') { "x" } else { s })
                .collect();
            let first = ROUTES
                .iter()
                .position(|o| o.method == r.method && matches(o.path, &path).is_some());
            assert_eq!(
                first,
                Some(i),
                "{} {} is reached as {:?}",
                r.method,
                r.path,
                first.map(|f| ROUTES[f].path)
            );
        }
    }

    #[test]
    fn patterns_capture_fields_and_the_rest() {
        let p = matches(
            "shares/{id}/metadata/{*rest}",
            &["shares", "S", "metadata", "k"],
        )
        .unwrap();
        assert_eq!(p.get("id"), "S");
        assert_eq!(p.rest(), ["k"]);
        assert!(matches("shares/{id}", &["shares"]).is_none());
        assert!(matches("shares/{id}", &["shares", "S", "x"]).is_none());
        assert!(matches("shares/detail", &["shares", "S"]).is_none());
    }
}
