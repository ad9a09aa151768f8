# A module's bytecode cache is written by one run and read by the next (the .pyc file is read whole from its
# descriptor); a stale, truncated or unreadable cache (a folder in its place) is not used: the source is compiled
# again. Also under a folder whose name is not ASCII.
import os
import subprocess
import sys
import tempfile

tag = sys.implementation.cache_tag
with tempfile.TemporaryDirectory() as tmp:
    for folder in ("plain", "d\u00efr \u00e9t\u00e9"):
        src = os.path.join(tmp, folder)
        os.mkdir(src)
        mod = os.path.join(src, "mod.py")
        cache = os.path.join(src, "__pycache__", "mod." + tag + ".pyc")

        def write(value):
            with open(mod, "w") as f:
                f.write("VALUE = %r\nBIG = 'x' * 40 + %r\n" % (value, value))

        def run():
            env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
            r = subprocess.run([sys.executable, "-c", "import mod; print(mod.VALUE, len(mod.BIG))"], cwd=src, env=env,
                               capture_output=True, text=True)
            print(folder.isascii(), r.returncode, r.stdout.strip(), r.stderr.strip()[-200:], os.path.isfile(cache))

        write("first")
        run()
        run()
        # A new source of another size: the header's size no longer matches.
        write("second value")
        run()
        with open(cache, "rb") as f:
            data = f.read()
        with open(cache, "wb") as f:
            f.write(data[:10])
        run()
        os.remove(cache)
        os.mkdir(cache)
        run()
        os.rmdir(cache)
        run()
