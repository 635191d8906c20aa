//! What a transaction reads and writes: rows by kind, ID, project, name and the searchable columns, and their decoding.

use super::*;

/// The operations on `objects` inside a transaction.
pub struct Tx<'a>(pub &'a Transaction<'a>);

pub(super) const COLUMNS: &str = "kind, id, project_id, name, status, parent_id, key_ref, match_key, expires_at, pool, gigabytes, body";

impl Tx<'_> {
    /// Insert or replace a row (its place in listings is kept on replace).
    pub fn put(&self, row: &Row) -> Result<(), LocalError> {
        let body = serde_json::to_string(&row.body)?;
        self.0.execute(
            "INSERT INTO objects (kind, id, project_id, name, status, parent_id, key_ref,
                                  match_key, expires_at, pool, gigabytes, seq, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,
                     (SELECT coalesce(max(seq), 0) + 1 FROM objects), ?12)
             ON CONFLICT (kind, id) DO UPDATE SET project_id = ?3, name = ?4, status = ?5,
                     parent_id = ?6, key_ref = ?7, match_key = ?8, expires_at = ?9,
                     pool = ?10, gigabytes = ?11, body = ?12",
            params![
                row.kind,
                row.id,
                row.project_id,
                row.name,
                row.status,
                row.parent_id,
                row.key_ref,
                row.match_key,
                row.expires_at,
                row.pool,
                row.gigabytes,
                body
            ],
        )?;
        Ok(())
    }

    pub fn get(&self, kind: &'static str, id: &str) -> Result<Option<Row>, LocalError> {
        let found = self
            .0
            .query_row(
                &format!("SELECT {COLUMNS} FROM objects WHERE kind = ?1 AND id = ?2"),
                params![kind, id],
                |r| decode(kind, r),
            )
            .optional()?;
        found.transpose()
    }

    pub fn delete(&self, kind: &'static str, id: &str) -> Result<bool, LocalError> {
        Ok(self.0.execute(
            "DELETE FROM objects WHERE kind = ?1 AND id = ?2",
            params![kind, id],
        )? > 0)
    }

    /// Rows of a kind, oldest first: all of them, or one project's.
    pub fn list(&self, kind: &'static str, project: Option<&str>) -> Result<Vec<Row>, LocalError> {
        match project {
            Some(p) => self.select(kind, "project_id = ?2", params![kind, p]),
            None => self.select(kind, "1", params![kind]),
        }
    }

    /// One page of a kind's rows (one project's, or all), newest first when
    /// `newest_first`: read with the index, without touching the others.
    pub fn page(
        &self,
        kind: &'static str,
        project: Option<&str>,
        newest_first: bool,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<Row>, LocalError> {
        let order = if newest_first { "DESC" } else { "ASC" };
        let (filter, project) = match project {
            Some(p) => ("project_id = ?2", p),
            None => ("?2 = ?2", ""),
        };
        let mut stmt = self.0.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM objects WHERE kind = ?1 AND {filter}
             ORDER BY seq {order} LIMIT ?3 OFFSET ?4"
        ))?;
        let rows = stmt.query_map(params![kind, project, limit as i64, offset as i64], |r| {
            decode(kind, r)
        })?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }

    /// The rows of a kind that belong to `parent` (a share's access rules
    /// and messages, a share network's subnets).
    pub fn children(&self, kind: &'static str, parent: &str) -> Result<Vec<Row>, LocalError> {
        self.select(kind, "parent_id = ?2", params![kind, parent])
    }

    /// The shares (or another kind's rows) that hold the key ref `key`.
    pub fn by_key_ref(&self, kind: &'static str, key: &str) -> Result<Vec<Row>, LocalError> {
        self.select(kind, "key_ref = ?2", params![kind, key])
    }

    /// The rows of a kind matched by `key` (share servers, role assignments).
    pub fn by_match_key(&self, kind: &'static str, key: &str) -> Result<Vec<Row>, LocalError> {
        self.select(kind, "match_key = ?2", params![kind, key])
    }

    /// Rows of a kind with this exact name (in a project, when given).
    pub fn by_name(
        &self,
        kind: &'static str,
        name: &str,
        project: Option<&str>,
    ) -> Result<Vec<Row>, LocalError> {
        match project {
            Some(p) => self.select(
                kind,
                "name = ?2 AND project_id = ?3",
                params![kind, name, p],
            ),
            None => self.select(kind, "name = ?2", params![kind, name]),
        }
    }

    fn select(
        &self,
        kind: &'static str,
        filter: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<Row>, LocalError> {
        let mut stmt = self.0.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM objects WHERE kind = ?1 AND ({filter}) ORDER BY seq"
        ))?;
        let rows = stmt.query_map(args, |r| decode(kind, r))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }

    /// How many rows of a kind a project has, and the sum of their gigabytes.
    pub fn count(
        &self,
        kind: &'static str,
        project: &str,
        except_status: &[&str],
    ) -> Result<(i64, i64), LocalError> {
        let mut n = 0;
        let mut sum: i64 = 0;
        let mut stmt = self.0.prepare_cached(
            "SELECT status, count(*), coalesce(sum(gigabytes), 0) FROM objects
             WHERE kind = ?1 AND project_id = ?2 GROUP BY status",
        )?;
        let groups = stmt.query_map(params![kind, project], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for g in groups {
            let (status, c, s) = g?;
            if status.is_some_and(|s| except_status.contains(&s.as_str())) {
                continue;
            }
            n += c;
            sum = sum.saturating_add(s);
        }
        Ok((n, sum))
    }

    /// The distinct key refs of a kind (one project's, or all), outside status `except`.
    pub fn distinct_key_refs(
        &self,
        kind: &'static str,
        project: Option<&str>,
        except: &str,
    ) -> Result<Vec<String>, LocalError> {
        let (filter, project) = match project {
            Some(p) => ("project_id = ?2", p),
            None => ("?2 = ?2", ""),
        };
        let mut stmt = self.0.prepare_cached(&format!(
            "SELECT DISTINCT key_ref FROM objects INDEXED BY objects_usage
             WHERE kind = ?1 AND {filter} AND key_ref IS NOT NULL AND status IS NOT ?3"
        ))?;
        let refs = stmt
            .query_map(params![kind, project, except], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(refs)
    }

    /// Delete rows of a kind that expire before `bound` (tokens).
    pub fn purge_expired(&self, kind: &'static str, bound: &str) -> Result<usize, LocalError> {
        Ok(self.0.execute(
            "DELETE FROM objects WHERE kind = ?1 AND expires_at < ?2",
            params![kind, bound],
        )?)
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, LocalError> {
        Ok(self
            .0
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), LocalError> {
        self.0.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = ?2",
            params![key, value],
        )?;
        Ok(())
    }

    /// The gigabytes of a kind's rows summed by pool (what each pool has allocated).
    pub fn gigabytes_by_pool(&self, kind: &'static str) -> Result<Vec<(String, i64)>, LocalError> {
        let mut stmt = self.0.prepare_cached(
            "SELECT pool, sum(gigabytes) FROM objects WHERE kind = ?1 AND pool IS NOT NULL GROUP BY pool",
        )?;
        let rows = stmt.query_map([kind], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Rows of a kind whose JSON `field` equals `value` (a scan: for rare
    /// questions, such as which shares a server holds before deleting it).
    pub fn by_field(
        &self,
        kind: &'static str,
        field: &str,
        value: &str,
    ) -> Result<Vec<Row>, LocalError> {
        self.select(
            kind,
            "json_extract(body, ?2) = ?3",
            params![kind, format!("$.{field}"), value],
        )
    }

    /// The rows of a kind whose record's `field` is set and at most `bound`
    /// (times in Manila's format compare as text).
    pub fn field_at_most(
        &self,
        kind: &'static str,
        field: &str,
        bound: &str,
    ) -> Result<Vec<Row>, LocalError> {
        self.select(
            kind,
            "json_extract(body, ?2) <= ?3",
            params![kind, format!("$.{field}"), bound],
        )
    }

    /// The first rows of a kind in one of these statuses, oldest first,
    /// but for those an administrator's reset holds (`held` in the body:
    /// `share::rows::reset_status`).
    pub fn pending(
        &self,
        kind: &'static str,
        statuses: &[&str],
        limit: usize,
    ) -> Result<Vec<Row>, LocalError> {
        let mut out = Vec::new();
        for s in statuses {
            let mut stmt = self.0.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM objects WHERE kind = ?1 AND status = ?2 \
                 AND json_extract(body, '$.held') IS NULL ORDER BY seq LIMIT ?3"
            ))?;
            let rows = stmt.query_map(params![kind, s, limit as i64], |r| decode(kind, r))?;
            for row in rows {
                out.push(row??);
            }
        }
        Ok(out)
    }

    /// Every kind and how many rows it has (for `local status`).
    pub fn census(&self) -> Result<Vec<(String, i64)>, LocalError> {
        let mut stmt = self
            .0
            .prepare("SELECT kind, count(*) FROM objects GROUP BY kind ORDER BY kind")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

pub(super) fn decode(
    kind: &'static str,
    r: &rusqlite::Row<'_>,
) -> rusqlite::Result<Result<Row, LocalError>> {
    let body = match serde_json::from_slice(r.get_ref(11)?.as_bytes()?) {
        Ok(b) => b,
        Err(e) => return Ok(Err(LocalError::from(e))),
    };
    Ok(Ok(Row {
        kind,
        id: r.get(1)?,
        project_id: r.get(2)?,
        name: r.get(3)?,
        status: r.get(4)?,
        parent_id: r.get(5)?,
        key_ref: r.get(6)?,
        match_key: r.get(7)?,
        expires_at: r.get(8)?,
        pool: r.get(9)?,
        gigabytes: r.get(10)?,
        body,
    }))
}
