#!/usr/bin/env python3
"""A read-only OCI registry on loopback serving one stand-in base image.

Used by .ci/container-check when the real base image (mcr.microsoft.com/dotnet/aspnet) cannot be
pulled: the SDK's container build then runs end to end and writes a real tarball whose own
configuration (entry point, user, working directory, labels) can be checked. The stand-in has one
empty layer and the base image's `app` user conventions; an image built on it does not run.
Usage: standin-registry.py PORT_FILE   (binds 127.0.0.1:0, writes the port to PORT_FILE)
"""
import gzip, hashlib, io, json, sys, tarfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

def sha(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()

tar_bytes = io.BytesIO()
with tarfile.open(fileobj=tar_bytes, mode="w") as tar:
    info = tarfile.TarInfo("home/app")
    info.type, info.mode, info.uid, info.gid = tarfile.DIRTYPE, 0o755, 1654, 1654
    tar.addfile(info)
layer_tar = tar_bytes.getvalue()
layer = gzip.compress(layer_tar, mtime=0)
config = json.dumps({
    "architecture": "amd64", "os": "linux",
    "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "APP_UID=1654"], "WorkingDir": "/", "Labels": {}},
    "rootfs": {"type": "layers", "diff_ids": [sha(layer_tar)]},
    "history": [{"created_by": "stand-in base image for configuration checks"}],
}).encode()
manifest = json.dumps({
    "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
    "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": sha(config), "size": len(config)},
    "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": sha(layer), "size": len(layer)}],
}).encode()
blobs = {sha(config): config, sha(layer): layer}

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, body, content_type, digest=None, send_body=True):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if digest:
            self.send_header("Docker-Content-Digest", digest)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def route(self, send_body):
        path = self.path.split("?")[0]
        if path in ("/v2", "/v2/"):
            return self.answer(b"{}", "application/json", send_body=send_body)
        if "/manifests/" in path:
            return self.answer(manifest, "application/vnd.oci.image.manifest.v1+json", sha(manifest), send_body)
        if "/blobs/" in path and path.rsplit("/", 1)[1] in blobs:
            digest = path.rsplit("/", 1)[1]
            return self.answer(blobs[digest], "application/octet-stream", digest, send_body)
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        self.route(True)

    def do_HEAD(self):
        self.route(False)

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[1], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
