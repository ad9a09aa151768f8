# -X pycache_prefix=PATH and PYTHONPYCACHEPREFIX: bytecode caches go to a mirror of the source's absolute folder
# under the prefix (no __pycache__ folder next to the source); -X pycache_prefix alone cancels the variable, -E
# ignores it. Paths are printed relative to a temporary folder, the cache tag replaced.
import os
import subprocess
import sys
import tempfile

tag = sys.implementation.cache_tag
with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    src = os.path.join(tmp, "src")
    os.mkdir(src)
    with open(os.path.join(src, "mod.py"), "w") as f:
        f.write("VALUE = 42\n")
    probe = "import sys, mod; print(sys.pycache_prefix and sys.pycache_prefix.replace(%r, '<tmp>'), mod.VALUE, mod.__cached__.replace(%r, '<tmp>').replace(%r, '<tmp>').replace(%r, 'TAG'))" % (tmp, tmp, tmp.lstrip("/"), tag)

    def run(args, env_prefix=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        if env_prefix is not None:
            env["PYTHONPYCACHEPREFIX"] = env_prefix
        r = subprocess.run([sys.executable, *args, "-c", probe], cwd=src, env=env, capture_output=True, text=True)
        print(r.returncode, r.stdout.strip(), r.stderr.strip()[-200:])
        found = []
        for root, dirs, files in os.walk(tmp):
            for name in files:
                if name.endswith(".pyc"):
                    rel = os.path.relpath(os.path.join(root, name), tmp).replace(tmp.lstrip("/"), "<tmp>").replace(tag, "TAG")
                    # Only the test's own module: which stdlib modules are cached depends on the implementation.
                    if rel.endswith("mod.TAG.pyc"):
                        found.append(rel)
        print(sorted(found))

    run(["-X", "pycache_prefix=" + os.path.join(tmp, "cache")])
    run([], env_prefix=os.path.join(tmp, "envcache"))
    run(["-X", "pycache_prefix"], env_prefix=os.path.join(tmp, "cancelled"))
    run(["-E"], env_prefix=os.path.join(tmp, "ignored"))
