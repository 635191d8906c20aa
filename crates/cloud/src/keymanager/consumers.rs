//! Barbican's secret consumers (key-manager 1.1): the services' resources
//! that use a secret, registered (`POST`), listed (`GET`) and removed
//! (`DELETE`, with the same three fields) under `/v1/secrets/{id}/consumers`.
//! From 1.2 a secret with consumers is deleted only with `force`.

use super::*;

/// `/v1/secrets/{id}/consumers[/{consumer}]`, or `None` for another path.
pub(super) fn route(state: &State, who: &Caller, req: &Req) -> Option<Result<Resp, ApiError>> {
    let path = req.path();
    Some(match (&req.method, path.as_slice()) {
        (&Method::GET, ["v1", "secrets", id, "consumers"]) => list(state, who, id, req),
        (&Method::POST, ["v1", "secrets", id, "consumers"]) => register(state, who, id, req),
        (&Method::DELETE, ["v1", "secrets", id, "consumers"]) => remove(state, who, id, req),
        (_, ["v1", "secrets", _, "consumers"]) => Err(ApiError::new(405, "")),
        (&Method::GET, ["v1", "secrets", id, "consumers", consumer]) => {
            show(state, who, id, consumer)
        }
        _ => return None,
    })
}

/// A secret's consumers, oldest first.
pub(super) fn of_secret(tx: &Tx, secret_id: &str) -> Result<Vec<Consumer>, crate::LocalError> {
    tx.children(Consumer::KIND, secret_id)?
        .iter()
        .map(Consumer::from_row)
        .collect()
}

/// The three fields a secret's consumers are known by, in their order.
const FIELDS: [&str; 3] = ["service", "resource_type", "resource_id"];

/// The body's consumer, checked as Barbican's `Secret Consumer` schema checks it.
fn parse(req: &Req) -> Result<[String; 3], ApiError> {
    let body = json_body(req)?;
    let refuse = |reason: String, property: &str| {
        ApiError::bad_request(format!(
            "Provided object does not match schema 'Secret Consumer': {reason}. Invalid property: '{property}'"
        ))
    };
    // jsonschema's best match: an error at the top (a missing field) before
    // one inside a field.
    if let Some(missing) = FIELDS.iter().find(|f| body.get(**f).is_none()) {
        return Err(refuse(
            format!("'{missing}' is a required property"),
            "None",
        ));
    }
    let mut out: [String; 3] = Default::default();
    for (slot, field) in out.iter_mut().zip(FIELDS) {
        let value = &body[field];
        let Some(text) = value.as_str() else {
            return Err(refuse(
                format!(
                    "{} is not of type 'string'",
                    sharekeep_base::pyrepr::repr(value)
                ),
                field,
            ));
        };
        if text.is_empty() {
            return Err(refuse("'' should be non-empty".into(), field));
        }
        // The schema's maxLength (`resource_id` has none; its column 36).
        if field != "resource_id" && text.chars().count() > 255 {
            return Err(refuse(
                format!("{} is too long", sharekeep_base::pyrepr::repr(value)),
                field,
            ));
        }
        *slot = text.to_string();
    }
    Ok(out)
}

fn list(state: &State, who: &Caller, id: &str, req: &Req) -> Result<Resp, ApiError> {
    secret(
        state,
        who,
        id,
        "secret_consumers:get",
        "SecretConsumers(s) retrieval",
    )?;
    let (offset, limit) = quotas::paging(req);
    let all = state.read(|tx| of_secret(tx, id))?;
    let total = all.len();
    let page: Vec<Value> = all
        .iter()
        .skip(offset)
        .take(limit)
        .map(|c| {
            json!({
                "created": c.created, "updated": c.updated, "status": c.status,
                "service": c.service, "resource_type": c.resource_type,
                "resource_id": c.resource_id,
            })
        })
        .collect();
    let collection = format!("secrets/{id}/consumers");
    let body = quotas::paged(
        state,
        ("consumers", &collection),
        page,
        (offset, limit, total),
    );
    Ok(Resp::ok(body))
}

/// `POST`: the consumer registered (once: the same three fields again change
/// nothing), answered with the secret and its consumers.
fn register(state: &State, who: &Caller, id: &str, req: &Req) -> Result<Resp, ApiError> {
    let operation = "SecretConsumer creation";
    let row = secret(state, who, id, "secret_consumers:post", operation)?;
    let fields = parse(req)?;
    let answer = state.write(|tx| {
        if quotas::full(tx, &who.project_id, "consumers")? {
            return Ok(Err(quotas::reached(operation)));
        }
        let consumers = of_secret(tx, id)?;
        if !consumers.iter().any(|c| c.is(&fields)) {
            tx.put(&Consumer::new(id, &who.project_id, fields).row()?)?;
        }
        Ok(Ok(of_secret(tx, id)?))
    })??;
    let location = format!(
        "{}/key-manager/v1/consumers/{id}/consumers",
        state.base_url()
    );
    Ok(Resp::ok(secret_view(state, &row, Some(&answer))).header("location", location))
}

/// `DELETE`: the consumer these fields name, by the project that registered
/// it or the secret's own.
fn remove(state: &State, who: &Caller, id: &str, req: &Req) -> Result<Resp, ApiError> {
    let row = secret(
        state,
        who,
        id,
        "secret_consumers:delete",
        "SecretConsumer deletion",
    )?;
    let fields = parse(req)?;
    let not_found = || ApiError::not_found("Consumer not found.");
    let answer = state.write(|tx| {
        let consumers = of_secret(tx, id)?;
        let Some(consumer) = consumers.iter().find(|c| c.is(&fields)) else {
            return Ok(Err(not_found()));
        };
        let owns_secret = row.project_id.as_deref() == Some(who.project_id.as_str());
        if consumer.project_id != who.project_id && !owns_secret {
            return Ok(Err(ApiError::forbidden(
                "Not Allowed. Sorry, only the creator of a consumer can delete it.",
            )));
        }
        tx.delete(Consumer::KIND, &consumer.id)?;
        Ok(Ok(of_secret(tx, id)?))
    })??;
    Ok(Resp::ok(secret_view(state, &row, Some(&answer))))
}

/// `GET …/consumers/{id}`: Barbican 23 answers no consumer by ID (its
/// controller takes a valid ID for an invalid one, and its rule
/// `consumer:get` asks for a container); what it answers, by caller.
fn show(state: &State, who: &Caller, id: &str, consumer: &str) -> Result<Resp, ApiError> {
    secret(
        state,
        who,
        id,
        "secret_consumers:get",
        "SecretConsumer retrieval",
    )?;
    let version4 = uuid::Uuid::try_parse(consumer).is_ok_and(|u| u.get_version_num() == 4);
    if !version4 {
        return Err(ApiError::not_found(
            "Not Found. Provided consumer id is invalid.",
        ));
    }
    if !allows(state, who, "consumer:get", &base_target()) {
        return Err(forbidden("SecretConsumer retrieval"));
    }
    Err(ApiError::not_found("Consumer not found."))
}
