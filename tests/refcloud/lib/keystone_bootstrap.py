"""Idempotent keystone setup for sharekeep's reference cloud (tests/refcloud).

Run by up.sh after `keystone-manage bootstrap` (which made admin/admin-secret,
project admin, role admin, the identity service and region RegionOne), with
the client venv's python:
    /opt/refcloud/venv-client/bin/python tests/refcloud/lib/keystone_bootstrap.py
It authenticates as cloud "admin" of ../clouds.yaml (or $OS_CLIENT_CONFIG_FILE)
and creates whatever is missing:
  projects  service, demo, alt
  users     demo/demo-secret               member on demo
            demo-reader/demo-reader-secret reader on demo
            alt/alt-secret                 member on alt
            barbican/barbican-secret, manila/manila-secret
                                           admin + service on service
  catalog   key-manager http://127.0.0.1:9311, sharev2 http://127.0.0.1:8786/v2
            (public/internal/admin, RegionOne; sharev2 is registered even when
            manila is not running)
Passwords of existing users are reset to the values above.
"""
import os
import openstack

os.environ.setdefault("OS_CLIENT_CONFIG_FILE",
                      os.path.join(os.path.dirname(__file__), "..", "clouds.yaml"))
conn = openstack.connect(cloud="admin")
idc = conn.identity
REGION = "RegionOne"
dom = idc.find_domain("default") or idc.find_domain("Default")


def project(name, desc):
    p = idc.find_project(name, domain_id=dom.id)
    return p or idc.create_project(name=name, domain_id=dom.id, description=desc)


def user(name, password, default_project):
    u = idc.find_user(name, domain_id=dom.id)
    if u:
        # keep the password in sync with this recipe
        idc.update_user(u, password=password)
        return u
    return idc.create_user(name=name, password=password, domain_id=dom.id,
                           default_project_id=default_project.id)


def role(name):
    return idc.find_role(name) or idc.create_role(name=name)


def grant(u, p, r):
    if not idc.validate_user_has_project_role(p, u, r):
        idc.assign_project_role_to_user(p, u, r)


def service(name, stype, desc):
    for s in idc.services():
        if s.type == stype and s.name == name:
            return s
    return idc.create_service(name=name, type=stype, description=desc)


def endpoints(svc, url):
    have = {e.interface: e for e in idc.endpoints(service_id=svc.id)}
    for iface in ("public", "internal", "admin"):
        e = have.get(iface)
        if e is None:
            idc.create_endpoint(service_id=svc.id, interface=iface, url=url,
                                region_id=REGION)
        elif e.url != url:
            idc.update_endpoint(e, url=url)


admin_r, member_r, service_r, reader_r = (role(n) for n in
                                           ("admin", "member", "service", "reader"))
svc_proj = project("service", "Service users")
demo_proj = project("demo", "Demo project")
alt_proj = project("alt", "Second member project (isolation tests)")
for name, proj, r in (("demo", demo_proj, member_r),
                      ("demo-reader", demo_proj, reader_r),
                      ("alt", alt_proj, member_r)):
    grant(user(name, name + "-secret", proj), proj, r)
for name in ("barbican", "manila"):
    u = user(name, name + "-secret", svc_proj)
    grant(u, svc_proj, admin_r)
    grant(u, svc_proj, service_r)

endpoints(service("barbican", "key-manager", "Barbican key manager"),
          "http://127.0.0.1:9311")
endpoints(service("manilav2", "sharev2", "Manila shared file systems v2"),
          "http://127.0.0.1:8786/v2")
print("keystone bootstrap ok: projects service/demo/alt, users demo/demo-reader/"
      "alt/barbican/manila, endpoints key-manager + sharev2")
