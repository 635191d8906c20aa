"""Manila back ends DUMMY2 and DUMMY3 for tests/refcloud (NOT part of the manila wheel).

up.sh --with-manila copies this file to $REFCLOUD_BASE/lib and puts that
directory on venv-manila's path (a .pth file); manila-share loads it as
share_driver = refcloud_dummy.KeyAwareDummyDriver.

The stock manila.tests.share.drivers.dummy.DummyDriver hard-codes
encryption_support = ['share_server'] and inherits
ShareDriver.choose_share_server_compatible_with_share(), which returns
share_servers[0] and ignores encryption_key_ref. With the stock driver a share
with a *different* key therefore lands on the existing share server of the
share network (whose encryption_key_ref is the first key).

KeyAwareDummyDriver only changes those two things:
  * encryption_support = ['share_server', 'share']
  * a server is reusable only if it has the same encryption_key_ref -- the same
    rule the NetApp ONTAP driver applies in _check_reuse_share_server()
    (manila/share/drivers/netapp/dataontap/cluster_mode/lib_multi_svm.py).
Everything else (ACL + application credential handling) is upstream
manila.share.manager code.

NoEncryptionDummyDriver (DUMMY3) reports no encryption support, as a back end
without it would, so that the scheduler's capability match on
encryption_support can be observed.
"""
from manila.tests.share.drivers import dummy


class KeyAwareDummyDriver(dummy.DummyDriver):

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.encryption_support = ['share_server', 'share']

    def choose_share_server_compatible_with_share(self, context, share_servers,
                                                  share, snapshot=None,
                                                  share_group=None,
                                                  encryption_key_ref=None):
        if encryption_key_ref:
            share_servers = [s for s in share_servers or []
                             if s['encryption_key_ref'] == encryption_key_ref]
        return super().choose_share_server_compatible_with_share(
            context, share_servers, share, snapshot=snapshot,
            share_group=share_group, encryption_key_ref=encryption_key_ref)


class NoEncryptionDummyDriver(dummy.DummyDriver):

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.encryption_support = None
