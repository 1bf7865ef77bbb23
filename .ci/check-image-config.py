#!/usr/bin/env python3
"""Checks the configuration of the image tarball the SDK wrote (docker-archive or OCI layout):
the entry point runs the conformance CLI and that file is in the image, the user is not root,
and the OCI labels are set. Prints what it checked; exit 1 on any mismatch."""
import gzip, io, json, sys, tarfile

def blob(tar, name):
    return tar.extractfile(name).read()

with tarfile.open(sys.argv[1]) as tar:
    names = tar.getnames()
    if "manifest.json" in names:
        manifest = json.loads(blob(tar, "manifest.json"))[0]
        config = json.loads(blob(tar, manifest["Config"]))
        layers = manifest["Layers"]
    else:
        index = json.loads(blob(tar, "index.json"))
        image = json.loads(blob(tar, "blobs/" + index["manifests"][0]["digest"].replace(":", "/")))
        config = json.loads(blob(tar, "blobs/" + image["config"]["digest"].replace(":", "/")))
        layers = ["blobs/" + layer["digest"].replace(":", "/") for layer in image["layers"]]
    files = set()
    for layer in layers:
        data = blob(tar, layer)
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        with tarfile.open(fileobj=io.BytesIO(data)) as layer_tar:
            files.update("/" + n.lstrip("./") for n in layer_tar.getnames())

c = config.get("config", {})
entry = (c.get("Entrypoint") or []) + (c.get("Cmd") or [])
program = next((part for part in entry if part.endswith("/conformance") or part.endswith("/conformance.dll")), None)
labels = c.get("Labels") or {}
checks = [
    ("entry point runs the CLI", program is not None, entry),
    ("the entry point's file is in the image", program in files, program),
    ("user is not root", c.get("User") not in (None, "", "0", "root", "0:0"), c.get("User")),
    ("user is numeric, the base image's app user (1654)", c.get("User") == "1654", c.get("User")),
    ("label org.opencontainers.image.title", labels.get("org.opencontainers.image.title") == "conformance", labels.get("org.opencontainers.image.title")),
    ("label org.opencontainers.image.description", bool(labels.get("org.opencontainers.image.description")), labels.get("org.opencontainers.image.description")),
    ("label org.opencontainers.image.version", bool(labels.get("org.opencontainers.image.version")), labels.get("org.opencontainers.image.version")),
    ("platform linux/amd64", (config.get("os"), config.get("architecture")) == ("linux", "amd64"), (config.get("os"), config.get("architecture"))),
    ("the fixtures travel in the image", "/app/fixtures/apis/finum/openapi.yaml" in files, "/app/fixtures/apis/finum/openapi.yaml"),
]
failed = 0
for name, ok, value in checks:
    print(f"  {'ok  ' if ok else 'FAIL'} {name}: {value}")
    failed += not ok
print(f"image configuration: {len(checks) - failed} of {len(checks)} checks passed")
sys.exit(1 if failed else 0)
