#!/usr/bin/env python3
"""tools/load-serve.py -- load on `sharekeep local serve` from loopback.

CLIENTS threads, each with its own keep-alive connection and its own token
(the demo user), loop for SECONDS: 6 in 10 requests `GET shares/detail?limit=50`,
3 in 10 `GET shares/{id}` of one of its own shares, 1 in 10 `POST shares` (1 GiB,
default type, no --wait). Prints requests per second, p50/p99/max latency
per kind and overall, and the errors (any status other than 200/202, or a
dropped connection). Standard library only.

Usage: tools/load-serve.py URL PASSWORD [CLIENTS [SECONDS]]
  URL       http://127.0.0.1:PORT (the server's base URL)
  PASSWORD  the demo user's password (from `local serve --print-clouds-yaml`)
"""
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse


def token(host, port, password):
    c = http.client.HTTPConnection(host, port, timeout=30)
    body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": "demo", "domain": {"name": "Default"}, "password": password}}},
        "scope": {"project": {"name": "demo", "domain": {"name": "Default"}}}}}
    c.request("POST", "/identity/v3/auth/tokens", json.dumps(body),
              {"Content-Type": "application/json"})
    r = c.getresponse()
    r.read()
    if r.status != 201:
        sys.exit(f"load-serve: no token ({r.status})")
    return r.getheader("X-Subject-Token")


def client(host, port, tok, until, out, seed):
    rnd = random.Random(seed)
    headers = {"X-Auth-Token": tok, "Content-Type": "application/json",
               "X-OpenStack-Manila-API-Version": "2.90"}
    conn = http.client.HTTPConnection(host, port, timeout=30)
    mine = []
    lat = {"list": [], "show": [], "create": []}
    errors = []
    while time.monotonic() < until:
        roll = rnd.random()
        if roll < 0.1 or not mine:
            kind, method, path = "create", "POST", "/share/v2/shares"
            body = json.dumps({"share": {"share_proto": "NFS", "size": 1,
                                         "name": f"load-{seed}-{len(mine)}"}})
        elif roll < 0.4:
            kind, method, path, body = "show", "GET", f"/share/v2/shares/{rnd.choice(mine)}", None
        else:
            kind, method, path, body = "list", "GET", "/share/v2/shares/detail?limit=50", None
        t0 = time.perf_counter()
        try:
            conn.request(method, path, body, headers)
            r = conn.getresponse()
            data = r.read()
        except (OSError, http.client.HTTPException) as e:
            errors.append(f"{kind}: {e.__class__.__name__}")
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
            continue
        lat[kind].append(time.perf_counter() - t0)
        if r.status not in (200, 202):
            errors.append(f"{kind}: HTTP {r.status}")
        elif kind == "create":
            mine.append(json.loads(data)["share"]["id"])
    out.append((lat, errors))


def pct(xs, p):
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    url = urllib.parse.urlsplit(sys.argv[1])
    password = sys.argv[2]
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 16
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 60
    host, port = url.hostname, url.port
    toks = [token(host, port, password) for _ in range(clients)]
    out = []
    start = time.monotonic()
    until = start + seconds
    threads = [threading.Thread(target=client, args=(host, port, toks[i], until, out, i))
               for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - start
    lat = {"list": [], "show": [], "create": []}
    errors = []
    for l, e in out:
        for k in lat:
            lat[k].extend(l[k])
        errors.extend(e)
    every = [x for k in lat for x in lat[k]]
    print(f"clients {clients}, {wall:.1f} s, {len(every)} requests, "
          f"{len(every) / wall:.0f} requests/s, errors {len(errors)}")
    print("| kind | requests | p50 (ms) | p99 (ms) | max (ms) |")
    print("|---|---|---|---|---|")
    for k in ["list", "show", "create"]:
        print(f"| {k} | {len(lat[k])} | {pct(lat[k], 50):.1f} | {pct(lat[k], 99):.1f} | {pct(lat[k], 100):.1f} |")
    print(f"| all | {len(every)} | {pct(every, 50):.1f} | {pct(every, 99):.1f} | {pct(every, 100):.1f} |")
    if errors:
        print("errors:", sorted(set(errors)))
        sys.exit(1)


if __name__ == "__main__":
    main()
